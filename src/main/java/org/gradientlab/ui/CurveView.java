package org.gradientlab.ui;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.DefaultView;
import org.gradientlab.plot.PathReducer;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * A 1-D landscape: the curve y = f(x) with each optimizer's iterates drawn on it as dots joined by
 * the "bounce" segments (xₖ, f(xₖ)) → (xₖ₊₁, f(xₖ₊₁)), so convergence, oscillation and divergence
 * show at a glance. An iterate that leaves the view becomes an arrow at the edge. Click or drag to
 * move the start; scroll to zoom; Shift- or right-drag to pan.
 */
public final class CurveView extends CanvasPlot {

  private static final double ZOOM_PER_WHEEL_UNIT = 0.0025;

  /** Small dots mark every iterate of runs up to this long. */
  private static final int DOTS_UP_TO = 400;

  private final LabModel model;
  private SceneResult defaultViewOf;
  private Domain defaultView;
  private Viewport viewport;
  private double dragX;
  private boolean panning;

  public CurveView(LabModel model) {
    this.model = model;
    getStyleClass().add("curve-view");
    model.resultProperty().addListener((o, a, b) -> requestRedraw());
    model.viewProperty().addListener((o, a, b) -> requestRedraw());
    model.playback().frameProperty().addListener((o, a, b) -> requestRedraw());
    installMouse();
    setMinSize(200, 150);
    setPrefSize(1000, 700);
  }

  /** The pixel mapping of the last paint. */
  public Viewport viewport() {
    return viewport;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    paint(gc, w, h, model.playback().getFrame(), s);
  }

  /** Paints everything for iterates 0 … frame into a w × h area: the screen and exports. */
  public void paint(GraphicsContext gc, double w, double h, int frame) {
    paint(gc, w, h, frame, style());
  }

  /** The same in style {@code s} (e.g. a slide's, in presentation size). */
  public void paint(GraphicsContext gc, double w, double h, int frame, PlotStyle s) {
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 1 || w < 50 || h < 50) {
      return;
    }
    Objective f = r.objective();
    double k = s.scale();
    Domain requested = requestedView(r);
    double[] yRange = valueRange(f, requested.xMin(), requested.xMax());
    Domain view = new Domain(requested.xMin(), requested.xMax(), yRange[0], yRange[1]);
    Viewport vp = new Viewport(view, 62 * k, 14 * k, w - 80 * k, h - 64 * k);
    this.viewport = vp;

    AxesPainter.openPlot(gc, vp, s);
    paintCurve(gc, vp, f, s);
    for (Minimum m : f.knownMinima()) {
      MarkerPainter.minimum(gc, vp.toPixelX(m.coordinate(0)), vp.toPixelY(m.value()), s);
    }
    for (Trajectory t : r.trajectories()) {
      paintIterates(gc, vp, t, Math.min(frame, t.lastStep()), s, 1.0 / r.trajectories().size());
    }
    gc.restore();
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      double fLast = t.value(last);
      MarkerPainter.exitArrow(gc, vp, vp.toPixelX(t.theta(last, 0)),
          Double.isFinite(fLast) ? vp.toPixelY(fLast) : vp.bottom() - 1,
          OptimizerColors.forStyle(t.optimizer().kind(), s), s);
    }
    AxesPainter.paintFrame(gc, vp, s, f.parameterNames().get(0), "f(" + f.parameterNames().get(0) + ")");
  }

  /** The view the student chose by zooming and panning, else the scene's default view. */
  private Domain requestedView(SceneResult r) {
    Domain v = model.viewProperty().get();
    if (v != null) {
      return v;
    }
    if (defaultViewOf != r) {
      defaultView = DefaultView.of(r.objective(), r.settings().start(), r.trajectories());
      defaultViewOf = r;
    }
    return defaultView;
  }

  /** The view at iterate {@code frame}, drawn at {@code scale} into w × h logical pixels in style s (FX thread). */
  public javafx.scene.image.WritableImage paintExport(double scale, int frame, double w, double h, PlotStyle s) {
    Canvas c = new Canvas(Math.round(w * scale), Math.round(h * scale));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(scale, scale);
    Viewport keep = viewport;
    paint(gc, w, h, frame, s);
    viewport = keep;
    return c.snapshot(null, null);
  }

  /** [min, max] of f over [x0, x1], padded so the curve never touches the frame. */
  static double[] valueRange(Objective f, double x0, double x1) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] p = new double[1];
    int samples = 400;
    for (int i = 0; i <= samples; i++) {
      p[0] = x0 + (x1 - x0) * i / samples;
      double v = f.value(p);
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!(hi > lo)) {
      lo = Double.isFinite(lo) ? lo - 1 : -1;
      hi = lo + 2;
    }
    double pad = 0.08 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }

  private static void paintCurve(GraphicsContext gc, Viewport vp, Objective f, PlotStyle s) {
    gc.setStroke(s.curve());
    gc.setLineWidth(s.lineWidth() * 1.25);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    gc.beginPath();
    double[] p = new double[1];
    boolean penDown = false;
    int n = (int) Math.max(2, vp.width());
    for (int i = 0; i <= n; i++) {
      p[0] = vp.view().xMin() + vp.view().width() * i / n;
      double v = f.value(p);
      if (!Double.isFinite(v)) {
        penDown = false;
        continue;
      }
      double px = vp.toPixelX(p[0]);
      double py = Math.max(vp.top() - 1000, Math.min(vp.bottom() + 1000, vp.toPixelY(v)));
      if (penDown) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        penDown = true;
      }
    }
    gc.stroke();
  }

  /**
   * The bounces (xₖ, f(xₖ)) → (xₖ₊₁, f(xₖ₊₁)) reduced to what the pixels show and stroked as one
   * path, a dot per iterate for short runs, the current iterate and the start. Where f is undefined
   * at the start, its ring sits on the x axis.
   */
  private static void paintIterates(GraphicsContext gc, Viewport vp, Trajectory t, int last,
      PlotStyle s, double share) {
    Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    PathReducer.Pixels xs = i -> vp.toPixelX(t.theta(i, 0));
    PathReducer.Pixels ys = i -> vp.toPixelY(t.value(i));
    PathReducer.Path path = PathReducer.reduce(xs, ys, last + 1,
        vp.left() - 2, vp.top() - 2, vp.right() + 2, vp.bottom() + 2, share);
    MarkerPainter.strokeTwice(gc, path, s.halo(), s.lineWidth() + 3 * s.scale(), c, s.lineWidth());
    if (last <= DOTS_UP_TO) {
      MarkerPainter.dots(gc, vp, xs, ys, 1, last - 1, c, s);
    }
    if (last > 0 && vp.containsPixel(xs.at(last), ys.at(last))) {
      MarkerShapes.current(gc, xs.at(last), ys.at(last), t.optimizer().kind().style().marker(), c, s);
    }
    double y0 = Double.isFinite(t.value(0)) ? ys.at(0) : vp.bottom();
    MarkerPainter.start(gc, xs.at(0), y0, s);
  }

  /**
   * The x mapping for the view as the model has it now (the y range is the last painted one):
   * several pointer events can arrive before the next repaint, and each builds on the one before.
   */
  private Viewport liveViewport() {
    SceneResult r = model.getResult();
    if (viewport == null || r == null || r.objective().dimension() != 1) {
      return null;
    }
    Domain x = requestedView(r);
    Domain v = viewport.view();
    return new Viewport(new Domain(x.xMin(), x.xMax(), v.yMin(), v.yMax()), viewport.left(),
        viewport.top(), viewport.width(), viewport.height());
  }

  private void installMouse() {
    addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      Viewport vp = liveViewport();
      if (vp == null || !vp.containsPixel(e.getX(), e.getY())) {
        return;
      }
      dragX = e.getX();
      panning = e.isShiftDown() || e.getButton() != MouseButton.PRIMARY;
      setCursor(panning ? Cursor.MOVE : Cursor.CROSSHAIR);
      if (!panning) {
        model.moveStart(new Point(vp.fromPixelX(e.getX()), 0));
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      Viewport vp = liveViewport();
      if (vp == null) {
        return;
      }
      if (panning) {
        double dx = vp.fromPixelX(dragX) - vp.fromPixelX(e.getX());
        dragX = e.getX();
        model.pan(dx, 0, vp.view());
      } else {
        double x = Math.max(vp.view().xMin(), Math.min(vp.view().xMax(), vp.fromPixelX(e.getX())));
        model.moveStart(new Point(x, 0));
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.DEFAULT));
    addEventHandler(ScrollEvent.SCROLL, e -> {
      Viewport vp = liveViewport();
      if (vp == null || e.getDeltaY() == 0) {
        return;
      }
      double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_WHEEL_UNIT);
      Domain v = vp.view();
      model.zoom(vp.fromPixelX(e.getX()), v.centerY(), factor, v);
      e.consume();
    });
  }
}
