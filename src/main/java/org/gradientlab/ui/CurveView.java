package org.gradientlab.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.SegmentClipper;
import org.gradientlab.plot.Ticks;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.viewmodel.LabResult;

/**
 * A 1-D landscape: the curve y = f(x) with each optimizer's iterates drawn on it as dots joined by
 * the "bounce" segments (xₖ, f(xₖ)) → (xₖ₊₁, f(xₖ₊₁)), so convergence, oscillation and divergence
 * can be seen at a glance. An iterate that leaves the view is drawn as an arrow at the edge.
 */
public final class CurveView extends Region {

  private final Canvas canvas = new Canvas();
  private final ObjectProperty<LabResult> result = new SimpleObjectProperty<>();
  private final ObjectProperty<PlotStyle> style = new SimpleObjectProperty<>(PlotStyle.DARK);
  /** Draw iterates 0 … visibleStep; a large value shows every step. */
  private final IntegerProperty visibleStep = new SimpleIntegerProperty(Integer.MAX_VALUE);
  private Viewport viewport;

  public CurveView() {
    getStyleClass().add("curve-view");
    getChildren().add(canvas);
    result.addListener((o, a, b) -> redraw());
    style.addListener((o, a, b) -> redraw());
    visibleStep.addListener((o, a, b) -> redraw());
    setMinSize(200, 150);
    setPrefSize(900, 600);
  }

  public ObjectProperty<LabResult> resultProperty() {
    return result;
  }

  public ObjectProperty<PlotStyle> plotStyleProperty() {
    return style;
  }

  public IntegerProperty visibleStepProperty() {
    return visibleStep;
  }

  /** The current pixel mapping (after the last layout), for hit-testing and tests. */
  public Viewport viewport() {
    return viewport;
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      redraw();
    }
  }

  /** Paints everything into {@code gc} at size w × h: used for the screen and for exports. */
  public void paint(GraphicsContext gc, double w, double h) {
    PlotStyle s = style.get();
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    LabResult r = result.get();
    if (r == null || w < 50 || h < 50) {
      return;
    }
    Objective f = r.objective();
    double k = s.scale();
    Domain x = f.domain();
    double[] yRange = valueRange(f, x);
    Domain view = new Domain(x.xMin(), x.xMax(), yRange[0], yRange[1]);
    Viewport vp = new Viewport(view, 64 * k, 20 * k, w - 88 * k, h - 68 * k);
    this.viewport = vp;

    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    drawAxes(gc, vp, s);
    drawCurve(gc, vp, f, s);
    for (Minimum m : f.knownMinima()) {
      drawMinimum(gc, vp, m, s);
    }
    for (Trajectory t : r.trajectories()) {
      drawIterates(gc, vp, t, s);
    }
  }

  private void redraw() {
    paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
  }

  /** [min, max] of f over the x range, padded so the curve never touches the frame. */
  static double[] valueRange(Objective f, Domain x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] p = new double[1];
    int samples = 400;
    for (int i = 0; i <= samples; i++) {
      p[0] = x.xMin() + x.width() * i / samples;
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

  private static void drawAxes(GraphicsContext gc, Viewport vp, PlotStyle s) {
    Domain v = vp.view();
    gc.setFont(s.smallFont());
    gc.setLineWidth(1);
    List<Double> xs = Ticks.between(v.xMin(), v.xMax(), 8);
    List<Double> ys = Ticks.between(v.yMin(), v.yMax(), 6);
    double xStep = xs.size() > 1 ? xs.get(1) - xs.get(0) : 1;
    double yStep = ys.size() > 1 ? ys.get(1) - ys.get(0) : 1;
    gc.setTextBaseline(VPos.TOP);
    gc.setTextAlign(TextAlignment.CENTER);
    for (double t : xs) {
      double px = vp.toPixelX(t);
      gc.setStroke(s.grid());
      gc.strokeLine(px, vp.top(), px, vp.bottom());
      gc.setFill(s.text());
      gc.fillText(Ticks.label(t, xStep), px, vp.bottom() + 6 * s.scale());
    }
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.RIGHT);
    for (double t : ys) {
      double py = vp.toPixelY(t);
      gc.setStroke(s.grid());
      gc.strokeLine(vp.left(), py, vp.right(), py);
      gc.setFill(s.text());
      gc.fillText(Ticks.label(t, yStep), vp.left() - 8 * s.scale(), py);
    }
    gc.setStroke(s.axis());
    gc.strokeRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.setFill(s.text());
    gc.fillText("x", vp.left() + vp.width() / 2, vp.bottom() + 44 * s.scale());
    gc.save();
    gc.translate(vp.left() - 46 * s.scale(), vp.top() + vp.height() / 2);
    gc.rotate(-90);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText("f(x)", 0, 0);
    gc.restore();
  }

  private static void drawCurve(GraphicsContext gc, Viewport vp, Objective f, PlotStyle s) {
    gc.save();
    gc.beginPath();
    gc.rect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.clip();
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
      double py = clampPixel(vp.toPixelY(v), vp);
      if (penDown) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        penDown = true;
      }
    }
    gc.stroke();
    gc.restore();
  }

  private static void drawMinimum(GraphicsContext gc, Viewport vp, Minimum m, PlotStyle s) {
    double px = vp.toPixelX(m.coordinate(0));
    double py = vp.toPixelY(m.value());
    double r = 6 * s.scale();
    gc.setStroke(s.minimum());
    gc.setLineWidth(1.5 * s.scale());
    gc.strokeLine(px - r, py, px + r, py);
    gc.strokeLine(px, py - r, px, py + r);
  }

  private void drawIterates(GraphicsContext gc, Viewport vp, Trajectory t, PlotStyle s) {
    Color color = s.isDark() ? OptimizerColors.of(t.optimizer().kind())
        : OptimizerColors.onLight(t.optimizer().kind());
    int last = Math.min(t.lastStep(), visibleStep.get());
    double k = s.scale();
    gc.setLineCap(StrokeLineCap.ROUND);
    for (int pass = 0; pass < 2; pass++) {
      gc.setStroke(pass == 0 ? s.halo() : color);
      gc.setLineWidth(pass == 0 ? s.lineWidth() + 3 * k : s.lineWidth());
      for (int i = 0; i < last; i++) {
        double[] seg = SegmentClipper.clip(
            vp.toPixelX(t.theta(i, 0)), vp.toPixelY(t.value(i)),
            vp.toPixelX(t.theta(i + 1, 0)), vp.toPixelY(t.value(i + 1)),
            vp.left(), vp.top(), vp.right(), vp.bottom());
        if (seg != null) {
          gc.strokeLine(seg[0], seg[1], seg[2], seg[3]);
        }
      }
    }
    for (int i = 0; i <= last; i++) {
      double px = vp.toPixelX(t.theta(i, 0));
      double py = vp.toPixelY(t.value(i));
      if (!vp.containsPixel(px, py)) {
        continue;
      }
      boolean current = i == last;
      double r = (current ? 6.5 : 3.5) * k;
      gc.setFill(s.halo());
      gc.fillOval(px - r - 1.5 * k, py - r - 1.5 * k, 2 * r + 3 * k, 2 * r + 3 * k);
      gc.setFill(i == 0 ? s.plotBackground() : color);
      gc.fillOval(px - r, py - r, 2 * r, 2 * r);
      if (i == 0 || current) {
        gc.setStroke(color);
        gc.setLineWidth(1.5 * k);
        gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
      }
    }
    drawExitArrow(gc, vp, t, last, color, s);
  }

  /** When the current iterate is outside the view: an arrow at the edge pointing at it. */
  private static void drawExitArrow(
      GraphicsContext gc, Viewport vp, Trajectory t, int last, Color color, PlotStyle s) {
    double x1 = vp.toPixelX(t.theta(last, 0));
    double y1 = vp.toPixelY(t.value(last));
    if (vp.containsPixel(x1, y1)) {
      return;
    }
    double cx = vp.left() + vp.width() / 2;
    double cy = vp.top() + vp.height() / 2;
    double[] seg = SegmentClipper.clip(cx, cy, x1, y1, vp.left() + 14 * s.scale(),
        vp.top() + 14 * s.scale(), vp.right() - 14 * s.scale(), vp.bottom() - 14 * s.scale());
    if (seg == null) {
      return;
    }
    double ex = seg[2];
    double ey = seg[3];
    double angle = Math.atan2(y1 - cy, x1 - cx);
    double len = 16 * s.scale();
    gc.setFill(color);
    gc.setStroke(s.halo());
    gc.setLineWidth(2 * s.scale());
    double[] xs = {
      ex + len * Math.cos(angle),
      ex + 0.55 * len * Math.cos(angle + 2.4),
      ex + 0.55 * len * Math.cos(angle - 2.4)
    };
    double[] ys = {
      ey + len * Math.sin(angle),
      ey + 0.55 * len * Math.sin(angle + 2.4),
      ey + 0.55 * len * Math.sin(angle - 2.4)
    };
    gc.strokePolygon(xs, ys, 3);
    gc.fillPolygon(xs, ys, 3);
  }

  private static double clampPixel(double py, Viewport vp) {
    return Math.max(vp.top() - 1000, Math.min(vp.bottom() + 1000, py));
  }
}
