package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.gradientlab.format.Numbers;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.viewmodel.NetModel;

/**
 * The neural-net workspace's pictures: the slide (the decision boundary over the data, the loss on
 * the slice of weight space with the training path, the training curves), the decision boundary
 * alone, the charts, the window, and training as an animation — the decision boundary at evenly
 * spaced points of the run, with the loss curve growing beside it.
 */
final class NetPictures implements WorkspacePictures {

  private final NetModel model;
  private final ObservableValue<PlotStyle> style;
  private final DecisionView decision;
  private final SliceView slice;
  private final List<Node> charts;

  NetPictures(NetModel model, ObservableValue<PlotStyle> style, DecisionView decision, SliceView slice,
      List<Node> charts) {
    this.model = model;
    this.style = style;
    this.decision = decision;
    this.slice = slice;
    this.charts = List.copyOf(charts);
  }

  @Override
  public String pictureName() {
    return "neural-net workspace";
  }

  @Override
  public String label(Part part) {
    return switch (part) {
      case SLIDE -> "Slide";
      case MAIN_PLOT -> "Main plot (decision boundary)";
      case CHARTS -> "Charts (training curves, gradient norms)";
      case WINDOW -> "Whole window";
      case SURFACE -> "3-D surface (optimizer lab only)";
    };
  }

  private TrainingSnapshot snapshot() {
    TrainingSnapshot s = model.snapshotProperty().get();
    if (s == null || model.decisionProperty().get() == null) {
      throw new IllegalStateException("nothing to export yet: the net has not been trained");
    }
    return s;
  }

  /** "2–12–12–1 tanh net on spirals". */
  private String netTitle() {
    return model.layoutProperty().get().describe() + " net on " + model.dataProperty().get().name();
  }

  /**
   * The settings that made the picture: "Adam η = 0.02, β₁ = 0.9 · batch 200 of n = 200 · λ = 0 ·
   * Xavier initialisation · 300 updates = 300 epochs".
   */
  String settingsLine(TrainingSnapshot s) {
    OptimizerKind k = model.optimizerProperty().get();
    List<String> values = new ArrayList<>();
    for (Hyperparameter h : k.hyperparameters()) {
      if (h.applies() == Hyperparameter.Applies.ALWAYS) {
        values.add(h.symbol() + " = " + Numbers.compact(model.settingsProperty().get().value(k, h.key())));
      }
    }
    int n = model.dataProperty().get().size();
    int b = Math.min(n, model.batchSizeProperty().get());
    NetLayout l = model.layoutProperty().get();
    return k.label() + " " + String.join(", ", values)
        + "  ·  batch " + b + " of n = " + n + (b == n ? " (full batch)" : "")
        + "  ·  λ = " + Numbers.compact(model.lambdaProperty().get())
        + "  ·  " + model.initializationProperty().get().label() + " initialisation, "
        + l.parameterCount() + " weights"
        + "  ·  " + s.updates() + " updates = " + Numbers.compact(Math.round(s.epochs() * 10) / 10.0) + " epochs";
  }

  /** "loss 0.052 · accuracy 99.5 %" or the divergence. */
  private static String outcome(TrainingSnapshot s) {
    if (s.diverged()) {
      return "diverged after " + s.updates() + " updates";
    }
    return "loss " + Numbers.compact(HeatmapPainter.round3(s.loss())) + "  ·  accuracy "
        + Numbers.compact(Math.round(s.accuracy() * 1000) / 10.0) + " %";
  }

  private List<PlotLegend.Key> keys(PlotStyle s, boolean withSlice) {
    Color path = OptimizerColors.forStyle(model.optimizerProperty().get(), s);
    List<PlotLegend.Key> keys = new ArrayList<>(List.of(
        PlotLegend.Key.of(PlotLegend.Symbol.SWATCH, DecisionView.CLASS_0, "class 0"),
        PlotLegend.Key.of(PlotLegend.Symbol.SWATCH, DecisionView.CLASS_1, "class 1"),
        PlotLegend.Key.of(PlotLegend.Symbol.LINE, s.minimum(), "decision boundary P = ½")));
    if (withSlice) {
      keys.add(PlotLegend.Key.of(PlotLegend.Symbol.LINE, path, "training path on the slice"));
      keys.add(PlotLegend.Key.of(PlotLegend.Symbol.RING, s.minimum(), "start"));
      keys.add(PlotLegend.Key.of(PlotLegend.Symbol.DOT, path, "weights now"));
    } else {
      keys.add(PlotLegend.Key.of(PlotLegend.Symbol.LINE, path, model.optimizerProperty().get().label() + " training"));
    }
    return keys;
  }

  @Override
  public Picture picture(Part part, Options o, Node window) {
    TrainingSnapshot snap = snapshot();
    PlotStyle screen = style.getValue();
    return switch (part) {
      case SLIDE -> slide(o, snap);
      case MAIN_PLOT -> () -> {
        WritableImage plot = decision.paintImage(o.scale());
        return o.plain() ? plot : PlotLegend.compose(plot, o.scale(), screen,
            o.title() != null ? o.title() : netTitle(), outcome(snap), keys(screen, false).subList(0, 3));
      };
      case CHARTS -> () -> {
        List<WritableImage> parts = new ArrayList<>();
        for (Node n : charts) {
          parts.add(Snapshots.of(n, o.scale(), screen.background(), Map.of()));
        }
        return Snapshots.sideBySide(parts, 8, o.scale(), screen.background());
      };
      case WINDOW -> () -> Snapshots.of(window, o.scale(), screen.background(), Map.of());
      case SURFACE -> throw new IllegalArgumentException("the neural-net workspace has no 3-D surface: "
          + "that is the optimizer lab's picture of a 2-D landscape");
    };
  }

  /** Decision boundary, slice and training curves side by side, drawn for the slide. */
  private Picture slide(Options o, TrainingSnapshot snap) {
    PlotStyle screen = style.getValue();
    Slide frame = new Slide(screen, o.title() != null ? o.title() : "A " + netTitle(),
        settingsLine(snap) + "  ·  " + outcome(snap), keys(Slide.styleFor(screen), true));
    PlotStyle s = frame.style();
    double h = frame.contentHeight();
    double w = frame.contentWidth();
    double wDecision = Math.min(h + 40, w * 0.32);
    double wSlice = Math.min(h + 110, w * 0.42);
    double wCurves = w - wDecision - wSlice;
    TrainingCurvePainter curves = new TrainingCurvePainter(model.history());
    Color path = OptimizerColors.forStyle(model.optimizerProperty().get(), s);
    int last = model.history().size() - 1;
    return () -> {
      double k = o.scale();
      WritableImage d = decision.paintImage(wDecision, h, k, s);
      WritableImage sl = slice.paintImage(wSlice, h, k, s);
      WritableImage c = canvas(wCurves, h, k, s, gc -> curves.paint(gc, wCurves, h, s, path, last));
      HBox row = new HBox(Slide.view(d, k), Slide.view(sl, k), Slide.view(c, k));
      return frame.render(row, k);
    };
  }

  /** A w × h picture at {@code scale} painted by {@code painter} (FX thread). */
  static WritableImage canvas(double w, double h, double scale, PlotStyle s,
      java.util.function.Consumer<GraphicsContext> painter) {
    Canvas c = new Canvas(Math.round(w * scale), Math.round(h * scale));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(scale, scale);
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    painter.accept(gc);
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setFill(s.background());
    return c.snapshot(params, null);
  }

  @Override
  public Animation animation(double scale, int maxFrames) {
    List<NetModel.Point> run = List.copyOf(model.history());
    Function<double[], NetModel.Decision> pictures = model.decisionPictures();
    if (run.size() < 2 || pictures == null) {
      return null;
    }
    PlotStyle s = style.getValue();
    int[] shown = LabPictures.frameSteps(run.size() - 1, maxFrames);
    TrainingCurvePainter curves = new TrainingCurvePainter(run);
    Color path = OptimizerColors.forStyle(model.optimizerProperty().get(), s);
    String title = netTitle() + ":  " + model.optimizerProperty().get().label() + ", η = "
        + Numbers.compact(model.etaProperty().get()) + ", batch " + Math.min(model.batchSizeProperty().get(),
            model.dataProperty().get().size());
    List<PlotLegend.Key> keys = keys(s, false);
    long lastUpdate = run.get(run.size() - 1).updates();
    List<OptimizerKind> race = List.copyOf(model.optimizersProperty().get());
    // 1× frames of 720 × 360 (plus title and legend): training changes the decision picture
    // everywhere, so its area is what a GIF of it costs (about 1.7 MB for 120 frames).
    double w = 360;
    double h = 360;
    return new Animation() {
      @Override
      public int frameCount() {
        return shown.length;
      }

      @Override
      public Picture frame(int index) {
        NetModel.Point p = run.get(shown[index]);
        NetModel.Decision[] at = new NetModel.Decision[1];
        return new Picture() {
          @Override
          public void prepare(BooleanSupplier cancelled) {
            at[0] = pictures.apply(p.theta());
          }

          @Override
          public WritableImage paint() {
            WritableImage scratch = new WritableImage(NetModel.GRID, NetModel.GRID);
            return PlotLegend.compose(2 * w, h, scale, s, title, "update " + p.updates() + " of " + lastUpdate,
                keys, gc -> {
                  DecisionView.paint(gc, w, h, s, at[0], DecisionView.titles(Double.isFinite(p.loss())
                      ? p.accuracy() : Double.NaN, p.validationAccuracy(), race, at[0].heldOut() != null), scratch,
                      new ArrayList<>(), new ArrayList<>());
                  gc.translate(w, 0);
                  curves.paint(gc, w, h, s, path, shown[index]);
                });
          }
        };
      }
    };
  }

  @Override
  public String noAnimationReason() {
    return "the net has not been trained yet: press Train or step first";
  }
}
