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

  private final LabModel model;
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
    paint(gc, w, h, model.playback().getFrame());
  }

  /** Paints everything for iterates 0 … frame into a w × h area: the screen and exports. */
  public void paint(GraphicsContext gc, double w, double h, int frame) {
    PlotStyle s = style();
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    SceneResult r = model.getResult();
    if (r == null || r.objective().dimension() != 1 || w < 50 || h < 50) {
      return;
    }
    Objective f = r.objective();
    double k = s.scale();
    Domain requested = model.viewProperty().get() != null ? model.viewProperty().get() : f.domain();
    double[] yRange = valueRange(f, requested.xMin(), requested.xMax());
    Domain view = new Domain(requested.xMin(), requested.xMax(), yRange[0], yRange[1]);
    Viewport vp = new Viewport(view, 62 * k, 14 * k, w - 80 * k, h - 64 * k);
    this.viewport = vp;

    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    AxesPainter.paintGrid(gc, vp, s);
    gc.save();
    gc.beginPath();
    gc.rect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.clip();
    paintCurve(gc, vp, f, s);
    for (Minimum m : f.knownMinima()) {
      MarkerPainter.minimum(gc, vp.toPixelX(m.coordinate(0)), vp.toPixelY(m.value()), s);
    }
    for (Trajectory t : r.trajectories()) {
      paintIterates(gc, vp, t, Math.min(frame, t.lastStep()), s);
    }
    gc.restore();
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(frame, t.lastStep());
      MarkerPainter.exitArrow(gc, vp, vp.toPixelX(t.theta(last, 0)), vp.toPixelY(t.value(last)),
          OptimizerColors.forStyle(t.optimizer().kind(), s), s);
    }
    AxesPainter.paintFrame(gc, vp, s, f.parameterNames().get(0), "f(" + f.parameterNames().get(0) + ")");
  }

  /** The view drawn at {@code scale} × its size, for a sharp export (FX thread). */
  public javafx.scene.image.WritableImage paintExport(double scale, int frame) {
    return paintExport(scale, frame, Math.max(200, getWidth()), Math.max(150, getHeight()));
  }

  /** The same at a size of {@code w × h} logical pixels (e.g. a slide's). */
  public javafx.scene.image.WritableImage paintExport(double scale, int frame, double w, double h) {
    Canvas c = new Canvas(Math.round(w * scale), Math.round(h * scale));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(scale, scale);
    Viewport keep = viewport;
    paint(gc, w, h, frame);
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

  private static void paintIterates(GraphicsContext gc, Viewport vp, Trajectory t, int last, PlotStyle s) {
    Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
    gc.setLineCap(StrokeLineCap.ROUND);
    for (int pass = 0; pass < 2; pass++) {
      gc.setStroke(pass == 0 ? s.halo() : c);
      gc.setLineWidth(pass == 0 ? s.lineWidth() + 3 * s.scale() : s.lineWidth());
      for (int i = 0; i < last; i++) {
        MarkerPainter.segment(gc, vp, vp.toPixelX(t.theta(i, 0)), vp.toPixelY(t.value(i)),
            vp.toPixelX(t.theta(i + 1, 0)), vp.toPixelY(t.value(i + 1)));
      }
    }
    for (int i = 1; i <= last; i++) {
      double px = vp.toPixelX(t.theta(i, 0));
      double py = vp.toPixelY(t.value(i));
      if (vp.containsPixel(px, py)) {
        if (i == last) {
          MarkerShapes.current(gc, px, py, t.optimizer().kind().style().marker(), c, s);
        } else {
          MarkerPainter.dot(gc, px, py, c, false, s);
        }
      }
    }
    MarkerPainter.start(gc, vp.toPixelX(t.theta(0, 0)), vp.toPixelY(t.value(0)), s);
  }

  private void installMouse() {
    addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      if (viewport == null || !viewport.containsPixel(e.getX(), e.getY())) {
        return;
      }
      dragX = e.getX();
      panning = e.isShiftDown() || e.getButton() != MouseButton.PRIMARY;
      setCursor(panning ? Cursor.MOVE : Cursor.CROSSHAIR);
      if (!panning) {
        model.moveStart(new Point(viewport.fromPixelX(e.getX()), 0));
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      if (viewport == null) {
        return;
      }
      if (panning) {
        double dx = viewport.fromPixelX(dragX) - viewport.fromPixelX(e.getX());
        dragX = e.getX();
        model.pan(dx, 0, viewport.view());
      } else {
        double x = Math.max(viewport.view().xMin(),
            Math.min(viewport.view().xMax(), viewport.fromPixelX(e.getX())));
        model.moveStart(new Point(x, 0));
      }
      e.consume();
    });
    addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.DEFAULT));
    addEventHandler(ScrollEvent.SCROLL, e -> {
      if (viewport == null || e.getDeltaY() == 0) {
        return;
      }
      double factor = Math.exp(-e.getDeltaY() * ZOOM_PER_WHEEL_UNIT);
      Domain v = viewport.view();
      model.zoom(viewport.fromPixelX(e.getX()), v.centerY(), factor, v);
      e.consume();
    });
  }
}
