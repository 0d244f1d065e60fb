package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.StochasticGradientDescent;
import org.gradientlab.plot.Viewport;
import org.gradientlab.regression.LineFitObjective;
import org.gradientlab.run.MiniBatchSampler;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * The data behind a line-fit landscape: the points, and for each optimizer the line y = a·x + b of
 * its current iterate θₖ = (a, b), moving as the iterates move; the least-squares line dashed. The
 * points of the mini-batch SGD used for its current step are ringed, so students see which few
 * examples pulled the line.
 */
public final class DataView extends CanvasPlot {

  private final LabModel model;

  public DataView(LabModel model) {
    this.model = model;
    getStyleClass().add("data-view");
    model.resultProperty().addListener((o, a, b) -> requestRedraw());
    model.playback().frameProperty().addListener((o, a, b) -> requestRedraw());
    setMinSize(200, 150);
    setPrefSize(420, 600);
  }

  /** The line-fit objective behind {@code r}, or null for other landscapes. */
  public static LineFitObjective lineFit(SceneResult r) {
    if (r == null) {
      return null;
    }
    Objective f = r.objective();
    if (f instanceof RegularizedObjective reg) {
      f = reg.base();
    }
    return f instanceof LineFitObjective l ? l : null;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    paint(gc, w, h, model.playback().getFrame(), s);
  }

  public void paint(GraphicsContext gc, double w, double h, int frame) {
    paint(gc, w, h, frame, style());
  }

  /** The same in style {@code s} (e.g. a slide's, in presentation size). */
  public void paint(GraphicsContext gc, double w, double h, int frame, PlotStyle s) {
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, h);
    SceneResult r = model.getResult();
    LineFitObjective fit = lineFit(r);
    if (fit == null || w < 80 || h < 80) {
      return;
    }
    Dataset data = fit.data();
    double k = s.scale();
    Viewport vp = viewport(data, w, h, s);
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    AxesPainter.paintGrid(gc, vp, s);
    gc.save();
    gc.beginPath();
    gc.rect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.clip();
    int[] batch = currentBatch(r, data.size(), frame);
    for (int i = 0; i < data.size(); i++) {
      double px = vp.toPixelX(data.feature(i, 0));
      double py = vp.toPixelY(data.target(i));
      double rad = 3.2 * k;
      gc.setFill(s.curve().deriveColor(0, 1, 1, 0.75));
      gc.fillOval(px - rad, py - rad, 2 * rad, 2 * rad);
    }
    if (batch != null) {
      gc.setStroke(OptimizerColors.forStyle(StochasticGradientDescent.KIND, s));
      gc.setLineWidth(2 * k);
      for (int i : batch) {
        double px = vp.toPixelX(data.feature(i, 0));
        double py = vp.toPixelY(data.target(i));
        double rad = 7 * k;
        gc.strokeOval(px - rad, py - rad, 2 * rad, 2 * rad);
      }
    }
    Minimum best = fit.knownMinima().get(0);
    gc.setLineDashes(8 * k, 6 * k);
    line(gc, vp, best.coordinate(0), best.coordinate(1), s.minimum(), 1.5 * k);
    gc.setLineDashes();
    for (Trajectory t : r.trajectories()) {
      int step = Math.min(frame, t.lastStep());
      line(gc, vp, t.theta(step, 0), t.theta(step, 1), OptimizerColors.forStyle(t.optimizer().kind(), s),
          s.lineWidth() * 1.3);
    }
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "x", "y");
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    gc.setTextBaseline(javafx.geometry.VPos.BASELINE);
    gc.fillText("y = a·x + b at step " + Math.min(frame, r.maxLength() - 1)
        + (batch != null ? "  ◯ SGD's batch" : ""), vp.left(), 18 * k);
  }

  /** Where the data's points lie in a w × h picture: their box, padded, inside the axes. */
  public static Viewport viewport(Dataset data, double w, double h, PlotStyle s) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < data.size(); i++) {
      xMin = Math.min(xMin, data.feature(i, 0));
      xMax = Math.max(xMax, data.feature(i, 0));
      yMin = Math.min(yMin, data.target(i));
      yMax = Math.max(yMax, data.target(i));
    }
    double padX = 0.08 * (xMax - xMin);
    // Every y equal (a flat line of points): a unit of room, so the box keeps a height.
    double padY = yMax > yMin ? 0.15 * (yMax - yMin) : 0.5;
    double k = s.scale();
    return new Viewport(new Domain(xMin - padX, xMax + padX, yMin - padY, yMax + padY),
        56 * k, 30 * k, w - 72 * k, h - 80 * k);
  }

  /** The examples SGD used for the step that led to its iterate at {@code frame}, or null. */
  private static int[] currentBatch(SceneResult r, int n, int frame) {
    for (Trajectory t : r.trajectories()) {
      if (t.optimizer() instanceof StochasticGradientDescent sgd && sgd.batchSize() < n) {
        int step = Math.min(frame, t.lastStep());
        return step == 0 ? null : MiniBatchSampler.batchOfUpdate(n, sgd.batchSize(), r.settings().seed(), step);
      }
    }
    return null;
  }

  private static void line(GraphicsContext gc, Viewport vp, double a, double b, Color c, double width) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return;
    }
    double x0 = vp.view().xMin();
    double x1 = vp.view().xMax();
    gc.setStroke(c);
    gc.setLineWidth(width);
    MarkerPainter.segment(gc, vp, vp.toPixelX(x0), vp.toPixelY(a * x0 + b), vp.toPixelX(x1),
        vp.toPixelY(a * x1 + b));
  }
}
