package org.gradientlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.optimizer.StepAnatomy;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.viewmodel.InsideModel;

/**
 * Inside each optimizer, over the landscape at the iterate θ_k on screen: the step Δθ it takes
 * next (solid arrow); for Momentum and Nesterov the velocity's pull −ηv (dashed); for Nesterov the
 * look-ahead point where it took the gradient (a small ring joined to θ_k); for Adagrad, RMSProp and
 * Adam each coordinate's effective step size as a bar along its axis (length ∝ its share of the
 * larger one, labelled with the value). All drawn in the optimizer's colour.
 */
final class InsidePainter {

  /** Longest bar, in pixels at scale 1. */
  static final double BAR = 34;

  private InsidePainter() {}

  static void paint(GraphicsContext gc, Viewport vp, InsideModel.Inside inside, Iterable<Trajectory> runs,
      int frame, PlotStyle s) {
    for (Trajectory t : runs) {
      StepAnatomy a = inside.anatomies().get(t.optimizer().kind());
      if (a == null || t.dimension() != 2) {
        continue;
      }
      int k = InsideModel.Inside.stepOf(t, frame);
      double x = t.theta(k, 0);
      double y = t.theta(k, 1);
      Color c = OptimizerColors.forStyle(t.optimizer().kind(), s);
      double px = vp.toPixelX(x);
      double py = vp.toPixelY(y);
      arrow(gc, vp, px, py, vp.toPixelX(x + a.step()[0]), vp.toPixelY(y + a.step()[1]), c, s, false);
      double[] v = a.vectors().get("v");
      if (v != null) {
        double eta = t.learningRate(k);
        arrow(gc, vp, px, py, vp.toPixelX(x - eta * v[0]), vp.toPixelY(y - eta * v[1]), c, s, true);
      }
      if (a.lookAhead() != null) {
        double lx = vp.toPixelX(a.lookAhead()[0]);
        double ly = vp.toPixelY(a.lookAhead()[1]);
        gc.setStroke(c);
        gc.setLineWidth(1.2 * s.scale());
        gc.setLineDashes(2 * s.scale(), 3 * s.scale());
        MarkerPainter.segment(gc, vp, px, py, lx, ly);
        gc.setLineDashes();
        double r = 4.5 * s.scale();
        gc.strokeOval(lx - r, ly - r, 2 * r, 2 * r);
      }
      if (a.coordinateSteps() != null) {
        bars(gc, px, py, a.coordinateSteps(), c, s);
      }
    }
  }

  private static void arrow(GraphicsContext gc, Viewport vp, double x0, double y0, double x1, double y1,
      Color c, PlotStyle s, boolean dashed) {
    double len = Math.hypot(x1 - x0, y1 - y0);
    if (!(len > 3) || !Double.isFinite(len)) {
      return;
    }
    double max = 0.3 * Math.min(vp.width(), vp.height());
    if (len > max) {
      x1 = x0 + (x1 - x0) * max / len;
      y1 = y0 + (y1 - y0) * max / len;
    }
    gc.setStroke(c);
    gc.setLineWidth(1.8 * s.scale());
    if (dashed) {
      gc.setLineDashes(5 * s.scale(), 4 * s.scale());
    }
    gc.strokeLine(x0, y0, x1, y1);
    gc.setLineDashes();
    MarkerPainter.arrowHead(gc, x1, y1, Math.atan2(y1 - y0, x1 - x0), 9 * s.scale(), c, s);
  }

  /** One bar per coordinate: x along the x-axis below the iterate, y along the y-axis beside it. */
  private static void bars(GraphicsContext gc, double px, double py, double[] steps, Color c, PlotStyle s) {
    double larger = Math.max(Math.abs(steps[0]), Math.abs(steps[1]));
    if (!(larger > 0) || !Double.isFinite(larger)) {
      return;
    }
    double k = s.scale();
    double bx = BAR * k * steps[0] / larger;
    double by = BAR * k * steps[1] / larger;
    double off = 12 * k;
    gc.setFill(c);
    gc.fillRect(px + off, py + off, Math.max(2, bx), 4 * k);
    gc.fillRect(px - off - 4 * k, py - off - Math.max(2, by), 4 * k, Math.max(2, by));
    gc.setFont(s.smallFont());
    gc.setTextBaseline(VPos.TOP);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.fillText("ηₓ " + StepAnatomy.number(steps[0]), px + off, py + off + 6 * k);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.setTextAlign(TextAlignment.RIGHT);
    gc.fillText("η_y " + StepAnatomy.number(steps[1]), px - off - 6 * k, py - off);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
  }
}
