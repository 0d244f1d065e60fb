package org.gradientlab.ui;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
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
import org.gradientlab.regression.LogisticFitObjective;
import org.gradientlab.run.MiniBatchSampler;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * The data behind a landscape fitted to data. On the line fit: the points, and for each optimizer
 * the line y = a·x + b of its current iterate θₖ = (a, b), moving as the iterates move; the
 * least-squares line dashed. On logistic regression: the points in their class colours and, for
 * each optimizer, the decision boundary w·z = 0 of its current weights (z the standardized
 * features, so the line passes through the data's mean), the maximum-likelihood boundary dashed
 * when there is one. The points of the mini-batch SGD used for its current step are ringed, so
 * students see which few examples pulled the model.
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
    return r != null && RegularizedObjective.baseOf(r.objective()) instanceof LineFitObjective l ? l : null;
  }

  /** The logistic-regression objective behind {@code r}, or null for other landscapes. */
  public static LogisticFitObjective logisticFit(SceneResult r) {
    return r != null && RegularizedObjective.baseOf(r.objective()) instanceof LogisticFitObjective l ? l : null;
  }

  /** Whether {@code r} is a model fitted to data this view draws. */
  public static boolean showsData(SceneResult r) {
    return lineFit(r) != null || logisticFit(r) != null;
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
    if (w < 80 || h < 80) {
      return;
    }
    LogisticFitObjective logistic = logisticFit(r);
    if (logistic != null) {
      paintLogistic(gc, w, h, frame, s, r, logistic);
      return;
    }
    LineFitObjective fit = lineFit(r);
    if (fit == null) {
      return;
    }
    Dataset data = fit.data();
    double k = s.scale();
    Viewport vp = viewport(data, w, h, s);
    AxesPainter.openPlot(gc, vp, s);
    int[] batch = currentBatch(r, data.size(), frame);
    Color dot = s.curve().deriveColor(0, 1, 1, 0.75);
    paintPoints(gc, vp, s, data, data::target, i -> dot, batch);
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
    caption(gc, vp, s, "y = a·x + b at step " + Math.min(frame, r.maxLength() - 1)
        + (batch != null ? "  ◯ SGD's batch" : ""));
  }

  /**
   * The examples at (x₁, {@code y(i)}) in {@code colour(i)}, and the ones in SGD's current
   * {@code batch} (may be null) ringed in SGD's colour.
   */
  private static void paintPoints(GraphicsContext gc, Viewport vp, PlotStyle s, Dataset data,
      IntToDoubleFunction y, IntFunction<Color> colour, int[] batch) {
    double k = s.scale();
    double rad = 3.2 * k;
    for (int i = 0; i < data.size(); i++) {
      double px = vp.toPixelX(data.feature(i, 0));
      double py = vp.toPixelY(y.applyAsDouble(i));
      gc.setFill(colour.apply(i));
      gc.fillOval(px - rad, py - rad, 2 * rad, 2 * rad);
    }
    if (batch != null) {
      gc.setStroke(OptimizerColors.forStyle(StochasticGradientDescent.KIND, s));
      gc.setLineWidth(2 * k);
      double ring = 7 * k;
      for (int i : batch) {
        double px = vp.toPixelX(data.feature(i, 0));
        double py = vp.toPixelY(y.applyAsDouble(i));
        gc.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
      }
    }
  }

  /** The line above the plot that says what is drawn. */
  private static void caption(GraphicsContext gc, Viewport vp, PlotStyle s, String text) {
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    gc.setTextBaseline(javafx.geometry.VPos.BASELINE);
    gc.fillText(text, vp.left(), 18 * s.scale());
  }

  private void paintLogistic(GraphicsContext gc, double w, double h, int frame, PlotStyle s, SceneResult r,
      LogisticFitObjective fit) {
    Dataset data = fit.data();
    double k = s.scale();
    Viewport vp = featureViewport(data, w, h, s);
    AxesPainter.openPlot(gc, vp, s);
    int[] batch = currentBatch(r, data.size(), frame);
    Color class0 = DecisionView.CLASS_0.deriveColor(0, 1, 1, 0.8);
    Color class1 = DecisionView.CLASS_1.deriveColor(0, 1, 1, 0.8);
    paintPoints(gc, vp, s, data, i -> data.feature(i, 1), i -> data.target(i) > 0.5 ? class1 : class0, batch);
    // The best boundary of the objective the runs descend (with λ's penalty), if it has one.
    List<Minimum> best = r.objective().knownMinima();
    for (Minimum m : best) {
      gc.setLineDashes(8 * k, 6 * k);
      boundary(gc, vp, fit, m.coordinate(0), m.coordinate(1), s.minimum(), 1.5 * k);
      gc.setLineDashes();
    }
    for (Trajectory t : r.trajectories()) {
      int step = Math.min(frame, t.lastStep());
      boundary(gc, vp, fit, t.theta(step, 0), t.theta(step, 1),
          OptimizerColors.forStyle(t.optimizer().kind(), s), s.lineWidth() * 1.3);
    }
    gc.restore();
    List<String> names = data.featureNames();
    AxesPainter.paintFrame(gc, vp, s, names.get(0), names.get(1));
    caption(gc, vp, s, "w·z = 0, step " + Math.min(frame, r.maxLength() - 1)
        + (best.isEmpty() ? "  · no best w" : "")
        + (batch != null ? "  ◯ SGD's batch" : ""));
  }

  /**
   * Where the logistic model's decision boundary w₁z₁ + w₂z₂ = 0 lies in the data's own units: the
   * line through the features' mean μ with normal (w₁/σ₁, w₂/σ₂). Returns {x₀, y₀, x₁, y₁}, two points
   * beyond the view on either side, or null when w = 0 (p = ½ everywhere, no boundary) or not finite.
   */
  public static double[] boundaryLine(LogisticFitObjective fit, double w1, double w2, Domain view) {
    double n1 = w1 / fit.standardizer().sd(0);
    double n2 = w2 / fit.standardizer().sd(1);
    double norm = Math.hypot(n1, n2);
    if (!(norm > 0) || !Double.isFinite(norm)) {
      return null;
    }
    double reach = 2 * (Math.abs(view.xMax() - view.xMin()) + Math.abs(view.yMax() - view.yMin()));
    double dx = -n2 / norm * reach;
    double dy = n1 / norm * reach;
    double mx = fit.standardizer().mean(0);
    double my = fit.standardizer().mean(1);
    return new double[] {mx - dx, my - dy, mx + dx, my + dy};
  }

  private static void boundary(GraphicsContext gc, Viewport vp, LogisticFitObjective fit, double w1, double w2,
      Color c, double width) {
    double[] l = boundaryLine(fit, w1, w2, vp.view());
    if (l == null) {
      return;
    }
    gc.setStroke(c);
    gc.setLineWidth(width);
    MarkerPainter.segment(gc, vp, vp.toPixelX(l[0]), vp.toPixelY(l[1]), vp.toPixelX(l[2]), vp.toPixelY(l[3]));
  }

  /** Where two-feature points lie in a w × h picture: their box, padded, inside the axes. */
  public static Viewport featureViewport(Dataset data, double w, double h, PlotStyle s) {
    double[] box = box(data, i -> data.feature(i, 1));
    double padX = box[1] > box[0] ? 0.08 * (box[1] - box[0]) : 0.5;
    double padY = box[3] > box[2] ? 0.08 * (box[3] - box[2]) : 0.5;
    return inAxes(box, padX, padY, w, h, s);
  }

  /** Where the data's points lie in a w × h picture: their box, padded, inside the axes. */
  public static Viewport viewport(Dataset data, double w, double h, PlotStyle s) {
    double[] box = box(data, data::target);
    double padX = 0.08 * (box[1] - box[0]);
    // Every y equal (a flat line of points): a unit of room, so the box keeps a height.
    double padY = box[3] > box[2] ? 0.15 * (box[3] - box[2]) : 0.5;
    return inAxes(box, padX, padY, w, h, s);
  }

  /** {xMin, xMax, yMin, yMax} of the points (x₁, y(i)). */
  private static double[] box(Dataset data, IntToDoubleFunction y) {
    double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = 0; i < data.size(); i++) {
      box[0] = Math.min(box[0], data.feature(i, 0));
      box[1] = Math.max(box[1], data.feature(i, 0));
      box[2] = Math.min(box[2], y.applyAsDouble(i));
      box[3] = Math.max(box[3], y.applyAsDouble(i));
    }
    return box;
  }

  private static Viewport inAxes(double[] box, double padX, double padY, double w, double h, PlotStyle s) {
    double k = s.scale();
    return new Viewport(new Domain(box[0] - padX, box[1] + padX, box[2] - padY, box[3] + padY),
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
