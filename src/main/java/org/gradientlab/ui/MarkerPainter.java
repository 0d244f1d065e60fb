package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.gradientlab.plot.SegmentClipper;
import org.gradientlab.plot.Viewport;

/** Markers shared by the landscape views: minima, the start point, iterates, arrows. */
final class MarkerPainter {

  private MarkerPainter() {}

  /** A known minimum: a white cross on a dark halo. */
  static void minimum(GraphicsContext gc, double px, double py, PlotStyle s) {
    double r = 6 * s.scale();
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setStroke(s.halo());
    gc.setLineWidth(4.5 * s.scale());
    gc.strokeLine(px - r, py - r, px + r, py + r);
    gc.strokeLine(px - r, py + r, px + r, py - r);
    gc.setStroke(s.minimum());
    gc.setLineWidth(2 * s.scale());
    gc.strokeLine(px - r, py - r, px + r, py + r);
    gc.strokeLine(px - r, py + r, px + r, py - r);
  }

  /** The start point shared by every optimizer: a hollow ring. */
  static void start(GraphicsContext gc, double px, double py, PlotStyle s) {
    double r = 7 * s.scale();
    gc.setStroke(s.halo());
    gc.setLineWidth(5 * s.scale());
    gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    gc.setStroke(s.minimum());
    gc.setLineWidth(2.2 * s.scale());
    gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
  }

  /** A filled dot with a halo; {@code emphasised} for the current iterate. */
  static void dot(GraphicsContext gc, double px, double py, Color c, boolean emphasised, PlotStyle s) {
    double r = (emphasised ? 6.5 : 2.6) * s.scale();
    double halo = (emphasised ? 2.2 : 1.2) * s.scale();
    gc.setFill(emphasised ? s.minimum() : s.halo());
    gc.fillOval(px - r - halo, py - r - halo, 2 * (r + halo), 2 * (r + halo));
    gc.setFill(c);
    gc.fillOval(px - r, py - r, 2 * r, 2 * r);
  }

  /** An arrow head at (x, y) pointing along {@code angle} (radians, screen coordinates). */
  static void arrowHead(
      GraphicsContext gc, double x, double y, double angle, double length, Color c, PlotStyle s) {
    double[] xs = {
      x + length * Math.cos(angle),
      x + 0.55 * length * Math.cos(angle + 2.4),
      x + 0.55 * length * Math.cos(angle - 2.4)
    };
    double[] ys = {
      y + length * Math.sin(angle),
      y + 0.55 * length * Math.sin(angle + 2.4),
      y + 0.55 * length * Math.sin(angle - 2.4)
    };
    gc.setStroke(s.halo());
    gc.setLineWidth(2 * s.scale());
    gc.strokePolygon(xs, ys, 3);
    gc.setFill(c);
    gc.fillPolygon(xs, ys, 3);
  }

  /**
   * When the iterate at pixel (x1, y1) lies outside the plot: an arrow at the edge, on the line from
   * the centre, pointing where it went, so a diverging path visibly leaves the view.
   */
  static void exitArrow(GraphicsContext gc, Viewport vp, double x1, double y1, Color c, PlotStyle s) {
    if (vp.containsPixel(x1, y1) || Double.isNaN(x1) || Double.isNaN(y1)) {
      return;
    }
    double inset = 14 * s.scale();
    double cx = vp.left() + vp.width() / 2;
    double cy = vp.top() + vp.height() / 2;
    double[] seg = SegmentClipper.clip(cx, cy, x1, y1, vp.left() + inset, vp.top() + inset,
        vp.right() - inset, vp.bottom() - inset);
    if (seg == null) {
      return;
    }
    double angle = Math.atan2(y1 - cy, x1 - cx);
    if (!Double.isFinite(angle)) {
      angle = Math.atan2(Math.signum(y1 - cy), Math.signum(x1 - cx));
    }
    arrowHead(gc, seg[2], seg[3], angle, 18 * s.scale(), c, s);
  }

  /** Clips and strokes a segment given in pixels (ends may be astronomically far out). */
  static void segment(GraphicsContext gc, Viewport vp, double x0, double y0, double x1, double y1) {
    double[] seg = SegmentClipper.clip(x0, y0, x1, y1, vp.left() - 2, vp.top() - 2,
        vp.right() + 2, vp.bottom() + 2);
    if (seg != null) {
      gc.strokeLine(seg[0], seg[1], seg[2], seg[3]);
    }
  }
}
