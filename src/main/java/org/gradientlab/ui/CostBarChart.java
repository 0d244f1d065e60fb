package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.hyper.MethodComparison;
import org.gradientlab.viewmodel.BayesModel;

/**
 * The cost to get within 1 % of the dense-grid best, per method, as bars on a log scale: passes
 * over the training rows (L+∇L) spent by then. A method that never got there has no bar, and says
 * so.
 */
public final class CostBarChart extends CanvasPlot {

  static final Color BAR = Color.web("#ff9f43");

  private final BayesModel model;
  /** The bars of the last redraw: method, its right end in pixels (NaN: never); for tests. */
  private final List<Object[]> drawn = new ArrayList<>();

  public CostBarChart(BayesModel model) {
    this.model = model;
    redrawOn(model.comparisonProperty(), model.comparisonProgressProperty());
    setMinSize(260, 190);
    setPrefHeight(230);
  }

  /** Each bar as last drawn: {method, right end x (NaN for never), left x}. */
  public List<Object[]> drawnBars() {
    return List.copyOf(drawn);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    drawn.clear();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("Passes over the training rows (L+∇L) to get within 1 % of the best C", 12 * k, 18 * k);
    MethodComparison.Table t = model.comparisonProperty().get();
    if (t == null) {
      gc.setFont(s.smallFont());
      gc.fillText("computing every method… " + Math.round(model.comparisonProgressProperty().get() * 100) + " %",
          12 * k, 40 * k);
      return;
    }
    List<MethodComparison.Row> rows = t.rows();
    double maxCost = 1;
    for (MethodComparison.Row r : rows) {
      if (r.reachedWithin()) {
        maxCost = Math.max(maxCost, r.gradientsToReach());
      }
    }
    double decades = Math.ceil(Math.log10(maxCost * 1.2));
    double left = 200 * k;
    double right = w - 60 * k;
    double top = 30 * k;
    double rowH = Math.min(26 * k, (h - top - 30 * k) / rows.size());
    gc.setFont(s.smallFont());
    for (int i = 0; i < rows.size(); i++) {
      MethodComparison.Row r = rows.get(i);
      double y = top + i * rowH;
      gc.setFill(s.text());
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.setTextBaseline(VPos.CENTER);
      gc.fillText(shortName(r.method()), left - 8 * k, y + rowH / 2);
      if (r.reachedWithin()) {
        double x = left + (right - left) * Math.log10(Math.max(1, r.gradientsToReach())) / decades;
        gc.setFill(BAR);
        gc.fillRect(left, y + 3 * k, Math.max(2, x - left), rowH - 6 * k);
        gc.setFill(s.text());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(Long.toString(Math.round(r.gradientsToReach())), x + 4 * k, y + rowH / 2);
        drawn.add(new Object[] {r.method(), x, left});
      } else {
        gc.setFill(Color.web("#f85149"));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("never, in " + Math.round(r.evaluations()) + " λ", left + 4 * k, y + rowH / 2);
        drawn.add(new Object[] {r.method(), Double.NaN, left});
      }
    }
    double axisY = top + rows.size() * rowH + 4 * k;
    gc.setStroke(s.axis());
    gc.setLineWidth(1);
    gc.strokeLine(left, top, left, axisY);
    gc.strokeLine(left, axisY, right, axisY);
    gc.setFill(s.text());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    for (int d = 0; d <= decades; d++) {
      double x = left + (right - left) * d / decades;
      gc.strokeLine(x, axisY, x, axisY + 4 * k);
      gc.fillText(d == 0 ? "1" : "1e" + d, x, axisY + 6 * k);
    }
  }

  /** "grid search, 30 points" → "grid, 30"; shortened so the labels fit beside the bars. */
  static String shortName(String method) {
    return method.replace("hypergradient, ", "hypergradient ").replace("grid search, ", "grid ")
        .replace(" points", "").replace("random search, ", "random, ").replace(" draws", "")
        .replace("Bayesian optimisation, ", "BO, ").replace(" evaluations", "");
  }
}
