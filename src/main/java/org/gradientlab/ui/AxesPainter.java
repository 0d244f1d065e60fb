package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Ticks;
import org.gradientlab.plot.Viewport;

/** Grid lines, tick labels, frame and axis names around a plot area. */
final class AxesPainter {

  private AxesPainter() {}

  /**
   * The plot area's background and grid, then a clip to it so the data cannot spill onto the axes;
   * the caller draws the data and then calls {@code gc.restore()}.
   */
  static void openPlot(GraphicsContext gc, Viewport vp, PlotStyle s) {
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    paintGrid(gc, vp, s);
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
  }

  /** Grid lines under the data. */
  static void paintGrid(GraphicsContext gc, Viewport vp, PlotStyle s) {
    Domain v = vp.view();
    gc.setStroke(s.grid());
    gc.setLineWidth(1);
    for (double t : Ticks.between(v.xMin(), v.xMax(), 8)) {
      double px = Math.round(vp.toPixelX(t)) + 0.5;
      gc.strokeLine(px, vp.top(), px, vp.bottom());
    }
    for (double t : Ticks.between(v.yMin(), v.yMax(), 6)) {
      double py = Math.round(vp.toPixelY(t)) + 0.5;
      gc.strokeLine(vp.left(), py, vp.right(), py);
    }
  }

  /** Frame, ticks, tick labels and axis names, over the data. */
  static void paintFrame(
      GraphicsContext gc, Viewport vp, PlotStyle s, String xName, String yName) {
    paintFrame(gc, vp, s, xName, yName, false);
  }

  /**
   * The same; with {@code logY} the y coordinate is log₁₀ of the value and the ticks sit at whole
   * decades labelled with the values themselves (when the view spans at least two).
   */
  static void paintFrame(
      GraphicsContext gc, Viewport vp, PlotStyle s, String xName, String yName, boolean logY) {
    Domain v = vp.view();
    double k = s.scale();
    List<Double> xs = Ticks.between(v.xMin(), v.xMax(), 8);
    List<Double> ys = Ticks.between(v.yMin(), v.yMax(), 6);
    boolean decades = logY && Math.floor(v.yMax()) - Math.ceil(v.yMin()) >= 1;
    if (decades) {
      ys = new java.util.ArrayList<>();
      for (double t = Math.ceil(v.yMin()); t <= v.yMax(); t++) {
        ys.add(t);
      }
    }
    double xStep = xs.size() > 1 ? xs.get(1) - xs.get(0) : 1;
    double yStep = ys.size() > 1 ? ys.get(1) - ys.get(0) : 1;
    gc.setStroke(s.axis());
    gc.setFill(s.text());
    gc.setLineWidth(1);
    gc.setFont(s.smallFont());
    gc.setTextBaseline(VPos.TOP);
    gc.setTextAlign(TextAlignment.CENTER);
    for (double t : xs) {
      double px = Math.round(vp.toPixelX(t)) + 0.5;
      gc.strokeLine(px, vp.bottom(), px, vp.bottom() + 5 * k);
      gc.fillText(Ticks.label(t, xStep), px, vp.bottom() + 7 * k);
    }
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.RIGHT);
    for (double t : ys) {
      double py = Math.round(vp.toPixelY(t)) + 0.5;
      gc.strokeLine(vp.left() - 5 * k, py, vp.left(), py);
      String label = !logY ? Ticks.label(t, yStep)
          : decades ? org.gradientlab.format.Numbers.compact(Math.pow(10, t))
          : org.gradientlab.format.Numbers.compact(HeatmapPainter.round3(Math.pow(10, t)));
      gc.fillText(label, vp.left() - 7 * k, py);
    }
    gc.strokeRect(
        Math.round(vp.left()) + 0.5, Math.round(vp.top()) + 0.5,
        Math.round(vp.width()), Math.round(vp.height()));
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText(xName, vp.left() + vp.width() / 2, vp.bottom() + 40 * k);
    gc.save();
    gc.translate(vp.left() - 44 * k, vp.top() + vp.height() / 2);
    gc.rotate(-90);
    gc.setTextBaseline(VPos.CENTER);
    gc.fillText(yName, 0, 0);
    gc.restore();
  }
}
