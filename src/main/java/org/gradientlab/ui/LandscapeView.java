package org.gradientlab.ui;

import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LatestWinsComputation;

/**
 * A 2-D landscape: heat map of f (viridis, log-scaled where the range is wide) with labelled
 * contours, axes and a colour bar, the known minima, and every optimizer's path with its current
 * iterate. Click or drag to move the start point; scroll to zoom about the pointer; drag with
 * Shift or the right button to pan.
 *
 * <p>Two layers: the heat map is rendered off the FX thread once per (objective, view, size) and
 * the previous image stays on screen, stretched into place, until the new one is ready; the paths
 * layer is cheap and redrawn on every result.
 */
public final class LandscapeView extends Region {

  private static final double ZOOM_PER_WHEEL_UNIT = 0.0025;

  private final LabModel model;
  private final Canvas background = new Canvas();
  private final Canvas overlay = new Canvas();
  private final ObjectProperty<PlotStyle> style = new SimpleObjectProperty<>(PlotStyle.DARK);
  private final BooleanProperty showGradient = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Heatmap> heatmap = new ReadOnlyObjectWrapper<>();
  private final CoalescingRedraw backgroundRedraw = new CoalescingRedraw(this::redrawBackground);
  private final CoalescingRedraw overlayRedraw = new CoalescingRedraw(this::redrawOverlay);
  private final ExecutorService heatWorker = LatestWinsComputation.newWorker("heatmap");
  private final LatestWinsComputation<HeatRequest, Heatmap> heatComputation;
  private WritableImage heatImage;
  private Viewport viewport;
  private Point hover;
  private double dragX;
  private double dragY;
  private boolean panning;

  private record HeatRequest(Objective objective, Domain view, int width, int height) {}

  public LandscapeView(LabModel model) {
    this.model = model;
    getStyleClass().add("landscape-view");
    getChildren().addAll(background, overlay);
    heatComputation =
        new LatestWinsComputation<>(
            (r, stale) -> Heatmap.render(r.objective(), r.view(), r.width(), r.height(), stale),
            heatWorker,
            javafx.application.Platform::runLater,
            h -> {
              heatImage = toImage(h);
              heatmap.set(h);
              backgroundRedraw.request();
            },
            // LatestWinsComputation logs the failure, which the status bar then shows; the
            // last good picture stays.
            e -> backgroundRedraw.request());
    model.resultProperty().addListener((o, a, b) -> {
      if (a == null || b == null || a.objective() != b.objective()) {
        refreshHeatmap();
      }
      overlayRedraw.request();
    });
    model.viewProperty().addListener((o, a, b) -> refreshHeatmap());
    model.playback().frameProperty().addListener((o, a, b) -> overlayRedraw.request());
    style.addListener((o, a, b) -> {
      backgroundRedraw.request();
      overlayRedraw.request();
    });
    showGradient.addListener((o, a, b) -> overlayRedraw.request());
    installMouse();
    setMinSize(200, 150);
    setPrefSize(1000, 700);
  }

  public ObjectProperty<PlotStyle> plotStyleProperty() {
    return style;
  }

  public BooleanProperty showGradientProperty() {
    return showGradient;
  }

  /** The heat map on screen (for tests and exports). */
  public ReadOnlyObjectProperty<Heatmap> heatmapProperty() {
    return heatmap.getReadOnlyProperty();
  }

  /** The pixel mapping of the last layout. */
  public Viewport viewport() {
    return viewport;
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (background.getWidth() != w || background.getHeight() != h) {
      background.setWidth(w);
      background.setHeight(h);
      overlay.setWidth(w);
      overlay.setHeight(h);
      refreshHeatmap();
      redrawBackground();
      redrawOverlay();
    }
  }

  // ---- geometry -----------------------------------------------------------------------------

  /** The plot area inside a w × h canvas, with the data box widened to equal x and y scales. */
  static Viewport layout(Domain requested, double w, double h, PlotStyle s) {
    double k = s.scale();
    double left = 62 * k;
    double top = 24 * k;
    double right = 92 * k; // colour bar and its labels
    double bottom = 50 * k;
    double pw = Math.max(10, w - left - right);
    double ph = Math.max(10, h - top - bottom);
    double unitsPerPixel = Math.max(requested.width() / pw, requested.height() / ph);
    double halfW = unitsPerPixel * pw / 2;
    double halfH = unitsPerPixel * ph / 2;
    Domain view = new Domain(requested.centerX() - halfW, requested.centerX() + halfW,
        requested.centerY() - halfH, requested.centerY() + halfH);
    return new Viewport(view, left, top, pw, ph);
  }

  private Domain requestedView(SceneResult r) {
    Domain v = model.viewProperty().get();
    return v != null ? v : r.objective().domain();
  }

  // ---- heat map -----------------------------------------------------------------------------

  private void refreshHeatmap() {
    SceneResult r = model.getResult();
    double w = background.getWidth();
    double h = background.getHeight();
    if (r == null || r.objective().dimension() != 2 || w < 50 || h < 50) {
      return;
    }
    Viewport vp = layout(requestedView(r), w, h, style.get());
    heatComputation.submit(new HeatRequest(r.objective(), vp.view(),
        (int) Math.round(vp.width()), (int) Math.round(vp.height())));
    backgroundRedraw.request();
  }

  static WritableImage toImage(Heatmap h) {
    return HeatmapPainter.toImage(h);
  }

  // ---- painting -----------------------------------------------------------------------------

  private void redrawBackground() {
    paintBackground(background.getGraphicsContext2D(), background.getWidth(),
        background.getHeight(), heatmap.get(), heatImage);
  }

  private void redrawOverlay() {
    GraphicsContext gc = overlay.getGraphicsContext2D();
    gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    paintOverlay(gc, overlay.getWidth(), overlay.getHeight(), model.playback().getFrame());
  }

  /** Heat map, contours, axes and colour bar for a w × h canvas. */
  public void paintBackground(GraphicsContext gc, double w, double h, Heatmap map, WritableImage image) {
    PlotStyle s = style.get();
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 2 || w < 50 || h < 50) {
      return;
    }
    Viewport vp = layout(requestedView(r), w, h, s);
    viewport = vp;
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    if (map != null && image != null && map.objective() == r.objective()) {
      // The image covers map.view(); placed into this viewport it stretches while zooming.
      HeatmapPainter.paint(gc, vp, map, image, s);
      HeatmapPainter.paintColorBar(gc, vp, map, s);
    }
    List<String> names = r.objective().parameterNames();
    AxesPainter.paintFrame(gc, vp, s, names.get(0), names.get(1));
  }

  /** Paths, minima, start, current iterates and arrows, for iterates 0 … frame. */
  public void paintOverlay(GraphicsContext gc, double w, double h, int frame) {
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 2 || w < 50 || h < 50) {
      return;
    }
    PlotStyle s = style.get();
    Viewport vp = layout(requestedView(r), w, h, s);
    viewport = vp;
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    for (Minimum m : r.objective().knownMinima()) {
      MarkerPainter.minimum(gc, vp.toPixelX(m.coordinate(0)), vp.toPixelY(m.coordinate(1)), s);
    }
    for (Trajectory t : r.trajectories()) {
      paintPath(gc, vp, t, Math.min(frame, t.lastStep()), s);
    }
    double[] start = r.settings().start();
    MarkerPainter.start(gc, vp.toPixelX(start[0]), vp.toPixelY(start[1]), s);
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
      double px = vp.toPixelX(t.theta(last, 0));
      double py = vp.toPixelY(t.theta(last, 1));
      if (vp.containsPixel(px, py)) {
        if (showGradient.get()) {
          paintGradientArrow(gc, vp, r, t.theta(last), t.optimizer().learningRate(), c, s);
        }
        MarkerShapes.current(gc, px, py, t.optimizer().kind().style().marker(), c, s);
      }
    }
    gc.restore();
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      MarkerPainter.exitArrow(gc, vp, vp.toPixelX(t.theta(last, 0)), vp.toPixelY(t.theta(last, 1)),
          OptimizerColors.forStyle(t.optimizer().kind(), s), s);
    }
    paintHover(gc, vp, r, s);
  }

  private static void paintPath(GraphicsContext gc, Viewport vp, Trajectory t, int last, PlotStyle s) {
    Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    for (int pass = 0; pass < 2; pass++) {
      gc.setStroke(pass == 0 ? s.halo() : c);
      gc.setLineWidth(pass == 0 ? s.lineWidth() + 2.5 * s.scale() : s.lineWidth());
      double x0 = vp.toPixelX(t.theta(0, 0));
      double y0 = vp.toPixelY(t.theta(0, 1));
      for (int i = 1; i <= last; i++) {
        double x1 = vp.toPixelX(t.theta(i, 0));
        double y1 = vp.toPixelY(t.theta(i, 1));
        // Skip sub-pixel steps: long converged tails cost nothing to draw.
        if (i < last && Math.abs(x1 - x0) < 0.7 && Math.abs(y1 - y0) < 0.7) {
          continue;
        }
        MarkerPainter.segment(gc, vp, x0, y0, x1, y1);
        x0 = x1;
        y0 = y1;
      }
    }
    if (last <= 400) {
      for (int i = 1; i < last; i++) {
        double px = vp.toPixelX(t.theta(i, 0));
        double py = vp.toPixelY(t.theta(i, 1));
        if (vp.containsPixel(px, py)) {
          MarkerPainter.dot(gc, px, py, c, false, s);
        }
      }
    }
  }

  /** The step plain GD would take from here with this optimizer's η, −η∇f, drawn as an arrow. */
  private static void paintGradientArrow(GraphicsContext gc, Viewport vp, SceneResult r,
      double[] theta, double eta, Color c, PlotStyle s) {
    double[] g = r.objective().gradient(theta);
    double x0 = vp.toPixelX(theta[0]);
    double y0 = vp.toPixelY(theta[1]);
    double x1 = vp.toPixelX(theta[0] - eta * g[0]);
    double y1 = vp.toPixelY(theta[1] - eta * g[1]);
    double len = Math.hypot(x1 - x0, y1 - y0);
    if (!(len > 4) || !Double.isFinite(len)) {
      return;
    }
    double max = 0.35 * Math.min(vp.width(), vp.height());
    if (len > max) {
      x1 = x0 + (x1 - x0) * max / len;
      y1 = y0 + (y1 - y0) * max / len;
    }
    gc.setStroke(s.minimum());
    gc.setLineWidth(1.6 * s.scale());
    gc.setLineDashes(5 * s.scale(), 4 * s.scale());
    gc.strokeLine(x0, y0, x1, y1);
    gc.setLineDashes();
    MarkerPainter.arrowHead(gc, x1, y1, Math.atan2(y1 - y0, x1 - x0), 11 * s.scale(), s.minimum(), s);
  }

  private void paintHover(GraphicsContext gc, Viewport vp, SceneResult r, PlotStyle s) {
    if (hover == null) {
      return;
    }
    double f = r.objective().value(new double[] {hover.x(), hover.y()});
    List<String> names = r.objective().parameterNames();
    String text = names.get(0) + " = " + Numbers.compact(HeatmapPainter.round3(hover.x())) + ",  " + names.get(1)
        + " = " + Numbers.compact(HeatmapPainter.round3(hover.y())) + ",  f = " + Numbers.compact(HeatmapPainter.round3(f));
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double tw = text.length() * 6.3 * s.scale() + 12 * s.scale();
    double th = 20 * s.scale();
    double x = vp.left() + 8 * s.scale();
    double y = vp.bottom() - th - 8 * s.scale();
    gc.setFill(Color.web("#000000", 0.6));
    gc.fillRoundRect(x, y, tw, th, 8, 8);
    gc.setFill(Color.WHITE);
    gc.fillText(text, x + 6 * s.scale(), y + th / 2);
  }

  // ---- mouse --------------------------------------------------------------------------------

  private void installMouse() {
    addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      if (viewport == null || !viewport.containsPixel(e.getX(), e.getY())) {
        return;
      }
      dragX = e.getX();
      dragY = e.getY();
      panning = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY
          || e.getButton() == MouseButton.MIDDLE;
      setCursor(panning ? Cursor.MOVE : Cursor.CROSSHAIR);
      if (!panning) {
        moveStartTo(e.getX(), e.getY());
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      if (viewport == null) {
        return;
      }
      if (panning) {
        double dx = viewport.fromPixelX(dragX) - viewport.fromPixelX(e.getX());
        double dy = viewport.fromPixelY(dragY) - viewport.fromPixelY(e.getY());
        dragX = e.getX();
        dragY = e.getY();
        model.pan(dx, dy, viewport.view());
      } else {
        moveStartTo(e.getX(), e.getY());
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.DEFAULT));
    addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
      hover = viewport != null && viewport.containsPixel(e.getX(), e.getY())
          ? new Point(viewport.fromPixelX(e.getX()), viewport.fromPixelY(e.getY())) : null;
      overlayRedraw.request();
    });
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
      hover = null;
      overlayRedraw.request();
    });
    addEventHandler(ScrollEvent.SCROLL, e -> {
      if (viewport == null || e.getDeltaY() == 0) {
        return;
      }
      double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_WHEEL_UNIT);
      model.zoom(viewport.fromPixelX(e.getX()), viewport.fromPixelY(e.getY()), factor,
          viewport.view());
      e.consume();
    });
  }

  private void moveStartTo(double px, double py) {
    double x = Math.max(viewport.view().xMin(), Math.min(viewport.view().xMax(), viewport.fromPixelX(px)));
    double y = Math.max(viewport.view().yMin(), Math.min(viewport.view().yMax(), viewport.fromPixelY(py)));
    model.moveStart(new Point(x, y));
  }

  // ---- export -------------------------------------------------------------------------------

  /**
   * What an export at {@code scale} needs, captured on the FX thread: the heat map for it can then
   * be rendered on any thread ({@link #renderHeatmap}) and painted back on the FX thread.
   */
  public record ExportJob(Objective objective, Domain view, double width, double height,
      double scale, int frame) {
    /** The heat map at scale × the plot area's pixels: sharp at 2× and 4×. */
    public Heatmap renderHeatmap(java.util.function.BooleanSupplier cancelled) {
      Viewport vp = layout(view, width, height, PlotStyle.DARK);
      return Heatmap.render(objective, vp.view(), (int) Math.round(vp.width() * scale),
          (int) Math.round(vp.height() * scale), cancelled);
    }
  }

  /** The job for exporting this view as it is now, at {@code scale}; null before the first result. */
  public ExportJob exportJob(double scale) {
    return exportJob(scale, Math.max(200, getWidth()), Math.max(150, getHeight()));
  }

  /** The same for a picture of {@code width × height} logical pixels (e.g. a slide's). */
  public ExportJob exportJob(double scale, double width, double height) {
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 2) {
      return null;
    }
    return new ExportJob(r.objective(), requestedView(r), width, height, scale,
        model.playback().getFrame());
  }

  /** Paints the view at the job's scale with its high-resolution heat map (FX thread). */
  public WritableImage paintExport(ExportJob job, Heatmap map, int frame) {
    Canvas c = new Canvas(Math.round(job.width() * job.scale()), Math.round(job.height() * job.scale()));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(job.scale(), job.scale());
    Viewport keep = viewport;
    paintBackground(gc, job.width(), job.height(), map, toImage(map));
    paintOverlay(gc, job.width(), job.height(), frame);
    viewport = keep;
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setFill(style.get().background());
    return c.snapshot(params, null);
  }

  /** Stops the heat-map worker (the window is closing). */
  public void dispose() {
    heatWorker.shutdownNow();
  }
}
