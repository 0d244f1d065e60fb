package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.gradientlab.format.Numbers;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;

/**
 * The optimizer lab's pictures: the slide (title, formula and settings, the landscape drawn large,
 * a sentence per optimizer on how its run ended), the landscape with a title and legend, the loss
 * charts, the window, and the run step by step. A 2-D landscape's heat map is rendered at the
 * target resolution off the FX thread.
 */
final class LabPictures implements WorkspacePictures {

  private final LabView lab;

  LabPictures(LabView lab) {
    this.lab = lab;
  }

  @Override
  public String pictureName() {
    return "optimizer lab";
  }

  @Override
  public String label(Part part) {
    return switch (part) {
      case SLIDE -> "Slide";
      case MAIN_PLOT -> "Landscape only";
      case CHARTS -> "Charts";
      case WINDOW -> "Whole window";
      case SURFACE -> "3-D surface";
    };
  }

  @Override
  public String whyNot(Part part) {
    SceneResult r = lab.result();
    return r == null ? "the lab has no run yet"
        : "no 3-D surface of " + r.objective().name() + ": the 3-D view shows landscapes of two variables, "
            + "this one has " + r.objective().dimension();
  }

  @Override
  public boolean offers(Part part) {
    return part != Part.SURFACE || (lab.result() != null && lab.result().objective().dimension() == 2);
  }

  private SceneResult result() {
    SceneResult r = lab.result();
    if (r == null) {
      throw new IllegalStateException("nothing to export yet: the lab has no result");
    }
    return r;
  }

  private boolean twoD() {
    return lab.landscapeView().isVisible();
  }

  @Override
  public Picture picture(Part part, Options o, Node window) {
    return switch (part) {
      case SLIDE -> slide(o);
      case MAIN_PLOT -> mainPlot(o);
      case SURFACE -> surface(o);
      case CHARTS -> {
        Node charts = lab.lossChart();
        // Through Snapshots, which draws the charts' curves again at the export's scale.
        yield () -> Snapshots.of(charts, o.scale(), lab.plotStyleProperty().get().background(), Map.of());
      }
      case WINDOW -> {
        Picture landscape = plot(o.scale(), lab.plotStyleProperty().get(), -1, -1);
        // The flat surface drawn again at the export's scale, and complete however recent the run.
        SurfaceView surface = lab.surfaceView();
        Picture flat = surface.isVisible() && !surface.supported()
            ? flatSurface(o.scale(), lab.plotStyleProperty().get()) : null;
        yield new Picture() {
          @Override
          public void prepare(BooleanSupplier cancelled) {
            landscape.prepare(cancelled);
            if (flat != null) {
              flat.prepare(cancelled);
            }
          }

          @Override
          public WritableImage paint() {
            Node shown = twoD() ? lab.landscapeView() : lab.curveView();
            Map<Node, WritableImage> redrawn = new java.util.HashMap<>();
            redrawn.put(shown, landscape.paint());
            if (flat != null) {
              redrawn.put(surface.flatNode(), flat.paint());
            }
            return Snapshots.of(window, o.scale(), lab.plotStyleProperty().get().background(), redrawn);
          }
        };
      }
    };
  }

  /**
   * The landscape (or curve) at the current step in a {@code w × h} picture (the view's own size
   * when negative) in style {@code s}: for 2-D the heat map is rendered in {@code prepare}.
   */
  private Picture plot(double scale, PlotStyle s, double w, double h) {
    int frame = lab.modelFrame();
    return frames(scale, s, w, h).at(frame);
  }

  /** Drawing the run at any step, one heat map for all of them. */
  private FramePainter frames(double scale, PlotStyle s, double w, double h) {
    result();
    if (!twoD()) {
      CurveView curve = lab.curveView();
      double cw = w > 0 ? w : Math.max(200, curve.getWidth());
      double ch = h > 0 ? h : Math.max(150, curve.getHeight());
      return new FramePainter(null, step -> curve.paintExport(scale, step, cw, ch, s));
    }
    LandscapeView view = lab.landscapeView();
    LandscapeView.ExportJob job = w > 0
        ? view.exportJob(scale, w, h, s)
        : view.exportJob(scale, Math.max(200, view.getWidth()), Math.max(150, view.getHeight()), s);
    FramePainter[] self = new FramePainter[1];
    self[0] = new FramePainter(job, step -> view.paintExport(job, self[0].map, self[0].mapImage(), step));
    return self[0];
  }

  /** The heat map once, then any step painted over it. */
  private static final class FramePainter {
    private final LandscapeView.ExportJob job;
    private final java.util.function.IntFunction<WritableImage> paint;
    private volatile Heatmap map;
    private WritableImage mapImage;

    FramePainter(LandscapeView.ExportJob job, java.util.function.IntFunction<WritableImage> paint) {
      this.job = job;
      this.paint = paint;
    }

    synchronized void render(BooleanSupplier cancelled) {
      if (job != null && map == null) {
        Heatmap m = job.renderHeatmap(cancelled);
        if (cancelled.getAsBoolean()) {
          throw new CancellationException();
        }
        map = m;
      }
    }

    WritableImage mapImage() {
      if (mapImage == null) {
        mapImage = HeatmapPainter.toImage(map);
      }
      return mapImage;
    }

    Picture at(int step) {
      return new Picture() {
        @Override
        public void prepare(BooleanSupplier cancelled) {
          render(cancelled);
        }

        @Override
        public WritableImage paint() {
          return paint.apply(step);
        }
      };
    }
  }

  /** The landscape with its title and, below it, how each optimizer's run ended (unless plain). */
  private Picture mainPlot(Options o) {
    PlotStyle s = lab.plotStyleProperty().get();
    Picture plot = plot(o.scale(), s, -1, -1);
    if (o.plain()) {
      return plot;
    }
    SceneResult r = result();
    return withLegend(plot, o, s, o.title() != null ? o.title() : r.objective().name(), settingsLine(r),
        outcomeKeys(r, s));
  }

  /** {@code plot} with {@code title} and {@code settings} above it and {@code keys} below. */
  private static Picture withLegend(Picture plot, Options o, PlotStyle s, String title, String settings,
      List<PlotLegend.Key> keys) {
    return new Picture() {
      @Override
      public void prepare(BooleanSupplier cancelled) {
        plot.prepare(cancelled);
      }

      @Override
      public WritableImage paint() {
        return PlotLegend.compose(plot.paint(), o.scale(), s, title, settings, keys);
      }
    };
  }

  /**
   * The 3-D surface from the view's angle, with the title and legend unless plain: the view's own
   * picture where the platform draws 3-D and it is on screen, else drawn flat ({@link
   * org.gradientlab.plot.SurfaceRaster}) off the FX thread — the surface computed for the map's
   * current heat map if it is hidden — at the view's size (the map's while it is hidden).
   */
  private Picture surface(Options o) {
    SceneResult r = result();
    if (!offers(Part.SURFACE)) {
      throw new IllegalStateException(whyNot(Part.SURFACE));
    }
    SurfaceView view = lab.surfaceView();
    PlotStyle s = lab.plotStyleProperty().get();
    Picture bare;
    if (view.supported() && view.isVisible() && view.shownSurface() != null) {
      bare = () -> view.snapshot(o.scale(), s.background());
    } else {
      bare = flatSurface(o.scale(), s);
    }
    if (o.plain()) {
      return bare;
    }
    return withLegend(bare, o, s, o.title() != null ? o.title() : r.objective().name() + " in 3-D",
        settingsLine(r), pathKeys(r, s));
  }

  /**
   * The surface drawn flat at the view's size (the map's while it is hidden) at {@code scale}: the
   * surface computed for the map's current heat map if the view has none of it.
   */
  private Picture flatSurface(double scale, PlotStyle s) {
    SceneResult r = result();
    SurfaceView view = lab.surfaceView();
    org.gradientlab.plot.Heatmap map = view.model().currentHeatmap();
    if (map == null || map.objective() != r.objective()) {
      throw new IllegalStateException("the landscape is not drawn yet: wait for its map, then export");
    }
    boolean shown = view.isVisible() && view.pictureWidth() >= 1;
    double w = shown ? view.pictureWidth() : Math.max(200, lab.landscapeView().getWidth());
    double h = shown ? view.pictureHeight() : Math.max(150, lab.landscapeView().getHeight());
    org.gradientlab.plot.SurfaceCamera camera = view.camera(Math.round(w * scale), Math.round(h * scale));
    int at = lab.modelFrame();
    org.gradientlab.viewmodel.SurfaceModel model = view.model();
    return new Picture() {
      private org.gradientlab.viewmodel.SurfaceModel.FlatPicture flat;

      @Override
      public void prepare(BooleanSupplier cancelled) {
        org.gradientlab.viewmodel.SurfaceModel.Surface surface = model.surfaceFor(map, cancelled);
        flat = new org.gradientlab.viewmodel.SurfaceModel.FlatRequest(surface,
            SurfaceView.flatPaths(r, surface.frame(), at), camera, SurfaceView.style(s.background())).render();
      }

      @Override
      public WritableImage paint() {
        return SurfaceView.image(flat);
      }
    };
  }

  /** "η = 0.1, λ = 0.5, 200 steps". */
  private static String settingsLine(SceneResult r) {
    List<String> parts = racingSettings(r.scene(), OptimizerCatalog.standard(), isData(r.objective()));
    if (!r.scene().schedule().isConstant()) {
      parts.add(Math.min(1, parts.size()), "η schedule: " + r.scene().schedule().describe());
    }
    if (r.scene().lambda() > 0) {
      parts.add(Math.min(1, parts.size()), "λ = " + Numbers.compact(r.scene().lambda()));
    }
    parts.add(r.scene().steps() + " steps");
    return String.join(",  ", parts);
  }

  private static List<PlotLegend.Key> outcomeKeys(SceneResult r, PlotStyle s) {
    List<PlotLegend.Key> keys = pathKeys(r, s);
    keys.add(PlotLegend.Key.of(PlotLegend.Symbol.RING, s.minimum(), "start"));
    if (!r.objective().knownMinima().isEmpty()) {
      keys.add(PlotLegend.Key.of(PlotLegend.Symbol.CROSS, s.minimum(), "minimum"));
    }
    return keys;
  }

  /** A key per optimizer, with how its run ended (the surface draws paths only: no start or minimum). */
  private static List<PlotLegend.Key> pathKeys(SceneResult r, PlotStyle s) {
    List<PlotLegend.Key> keys = new ArrayList<>();
    for (Trajectory t : r.trajectories()) {
      keys.add(PlotLegend.Key.optimizer(t.optimizer().kind(), s,
          t.optimizer().kind().label() + ": " + OutcomeText.summary(t, r.view())));
    }
    return keys;
  }

  private Picture slide(Options o) {
    SceneResult r = result();
    PlotStyle screen = lab.plotStyleProperty().get();
    String title = o.title() != null ? o.title() : r.objective().name();
    Slide slide = new Slide(screen, title, r.objective().formula() + "     " + settingsLine(r),
        outcomeKeys(r, Slide.styleFor(screen)));
    Picture plot = plot(o.scale(), slide.style(), slide.contentWidth(), slide.contentHeight());
    return new Picture() {
      @Override
      public void prepare(BooleanSupplier cancelled) {
        plot.prepare(cancelled);
      }

      @Override
      public WritableImage paint() {
        return slide.render(Slide.view(plot.paint(), o.scale()), o.scale());
      }
    };
  }

  @Override
  public Animation animation(double scale, int maxFrames) {
    SceneResult r = lab.result();
    if (r == null) {
      return null;
    }
    PlotStyle s = lab.plotStyleProperty().get();
    int[] steps = frameSteps(lab.lastStep(), maxFrames);
    FramePainter painter = frames(scale, s, -1, -1);
    List<PlotLegend.Key> keys = new ArrayList<>();
    for (Trajectory t : r.trajectories()) {
      keys.add(PlotLegend.Key.optimizer(t.optimizer().kind(), s, t.optimizer().kind().label()));
    }
    keys.add(PlotLegend.Key.of(PlotLegend.Symbol.RING, s.minimum(), "start"));
    String title = r.objective().name() + ":  " + settingsLine(r);
    int last = lab.lastStep();
    return new Animation() {
      @Override
      public int frameCount() {
        return steps.length;
      }

      @Override
      public Picture frame(int index) {
        Picture p = painter.at(steps[index]);
        return new Picture() {
          @Override
          public void prepare(BooleanSupplier cancelled) {
            p.prepare(cancelled);
          }

          @Override
          public WritableImage paint() {
            return PlotLegend.compose(p.paint(), scale, s, title, "step " + steps[index] + " of " + last, keys);
          }
        };
      }
    };
  }

  @Override
  public String noAnimationReason() {
    return "the lab has no run yet";
  }

  /** The steps a run of {@code lastStep} steps is shown at in n ≤ maxFrames frames: 0, …, lastStep. */
  static int[] frameSteps(int lastStep, int maxFrames) {
    int n = Math.max(1, Math.min(lastStep + 1, maxFrames));
    int[] steps = new int[n];
    for (int i = 0; i < n; i++) {
      steps[i] = n == 1 ? 0 : (int) Math.round((double) i * lastStep / (n - 1));
    }
    return steps;
  }

  /**
   * The hyperparameters of the optimizers in the race, so a slide says what produced it: each key
   * once when the racing optimizers that take it agree ("α = 0.9"), the most common value with the
   * exceptions when they do not ("η = 0.1 (Adam 0.01)"); SGD's σ or batch only where it applies.
   */
  static List<String> racingSettings(Scene scene, OptimizerCatalog catalog, boolean data) {
    List<String> parts = new ArrayList<>();
    for (Hyperparameter h : catalog.hyperparameters()) {
      if (!h.applies().on(data)) {
        continue;
      }
      double common = scene.settings().mostCommon(h.key(), scene.optimizers());
      if (Double.isNaN(common)) {
        continue;
      }
      List<String> exceptions = new ArrayList<>();
      for (OptimizerKind k : scene.optimizers()) {
        if (k.has(h.key()) && scene.settings().value(k, h.key()) != common) {
          exceptions.add(k.label() + " " + Numbers.compact(scene.settings().value(k, h.key())));
        }
      }
      parts.add(h.symbol() + " = " + Numbers.compact(common)
          + (exceptions.isEmpty() ? "" : " (" + String.join(", ", exceptions) + ")"));
    }
    return parts;
  }

  private static boolean isData(Objective f) {
    return RegularizedObjective.baseOf(f) instanceof FiniteSumObjective;
  }
}
