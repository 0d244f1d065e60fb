package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.gradientlab.plot.PathReducer;
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

  /**
   * The student's guess for a point prediction: a crosshair in a ring, in the colour of the
   * minimum's mark with a halo, unlike any optimizer's marker.
   */
  static void guess(GraphicsContext gc, double px, double py, PlotStyle s) {
    double r = 11 * s.scale();
    for (int pass = 0; pass < 2; pass++) {
      gc.setStroke(pass == 0 ? s.halo() : s.minimum());
      gc.setLineWidth((pass == 0 ? 4.5 : 2) * s.scale());
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
      gc.strokeLine(px - 1.6 * r, py, px - 0.45 * r, py);
      gc.strokeLine(px + 0.45 * r, py, px + 1.6 * r, py);
      gc.strokeLine(px, py - 1.6 * r, px, py - 0.45 * r);
      gc.strokeLine(px, py + 0.45 * r, px, py + 1.6 * r);
    }
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

  /**
   * Small dots at iterates from … to whose pixels lie in the plot, as two filled paths (halo, then
   * colour): one canvas operation each however many dots, and one dot per pixel.
   */
  static void dots(GraphicsContext gc, Viewport vp, PathReducer.Pixels xs, PathReducer.Pixels ys,
      int from, int to, Color c, PlotStyle s) {
    double r = 2.6 * s.scale();
    double halo = 1.2 * s.scale();
    for (int pass = 0; pass < 2; pass++) {
      double radius = pass == 0 ? r + halo : r;
      gc.beginPath();
      long lastPixel = Long.MIN_VALUE;
      for (int i = from; i <= to; i++) {
        double px = xs.at(i);
        double py = ys.at(i);
        long pixel = Math.round(px) * 100_003L + Math.round(py);
        if (!vp.containsPixel(px, py) || pixel == lastPixel) {
          continue;
        }
        lastPixel = pixel;
        gc.moveTo(px + radius, py);
        gc.arc(px, py, radius, radius, 0, 360);
        gc.closePath();
      }
      gc.setFill(pass == 0 ? s.halo() : c);
      gc.fill();
    }
  }

  /** Strokes a reduced path twice: a wide halo, then the line itself. */
  static void strokeTwice(GraphicsContext gc, PathReducer.Path path, Color halo, double haloWidth,
      Color line, double lineWidth) {
    if (path.length() == 0) {
      return;
    }
    gc.beginPath();
    for (int i = 0; i < path.length(); i++) {
      if (path.moveTo()[i]) {
        gc.moveTo(path.xs()[i], path.ys()[i]);
      } else {
        gc.lineTo(path.xs()[i], path.ys()[i]);
      }
    }
    gc.setStroke(halo);
    gc.setLineWidth(haloWidth);
    gc.stroke();
    gc.setStroke(line);
    gc.setLineWidth(lineWidth);
    gc.stroke();
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
    // An iterate at 1e308 maps to an infinite pixel: keep its direction, not its distance.
    x1 = Math.max(-1e12, Math.min(1e12, x1));
    y1 = Math.max(-1e12, Math.min(1e12, y1));
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
