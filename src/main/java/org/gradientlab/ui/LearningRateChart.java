package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.paint.Color;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;

/**
 * η_k against the step k for every racing optimizer that adapts its learning rate (online
 * hypergradient descent; any optimizer that reports {@code Optimizer#learningRate}), in its
 * colour, growing with playback — beside the loss, so a student sees η rise while successive
 * gradients agree and fall once the iterate starts to overshoot. GD's stability edge 2/L of the
 * landscape at the start is the dashed line: a fixed η above it diverges. Shown only while such an
 * optimizer races.
 */
public final class LearningRateChart extends MarkedLineChart {

  static final String EDGE_SERIES = "2/L";

  /** The tick step the y labels were made for: a new formatter only when it changes. */
  private double labelledUnit = Double.NaN;

  public LearningRateChart() {
    super(new NumberAxis(), new NumberAxis());
    setId("rate-chart");
    getXAxis().setLabel("step k");
    ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    setTitle("learning rate η_k");
    setHorizontalZeroLineVisible(false);
    setVerticalZeroLineVisible(false);
    setMinSize(150, 150);
    setPrefSize(420, 240);
    setVisible(false);
    setManaged(false);
  }

  /** The runs whose η changes, in race order. */
  static List<Trajectory> adaptive(SceneResult r) {
    List<Trajectory> out = new ArrayList<>();
    if (r != null) {
      for (Trajectory t : r.trajectories()) {
        if (t.hasLearningRates()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Redraws for {@code r} up to playback frame {@code frame}; hides itself when no run adapts η. */
  void update(SceneResult r, int frame, PlotStyle style) {
    List<Trajectory> runs = adaptive(r);
    boolean shown = !runs.isEmpty();
    setVisible(shown);
    setManaged(shown);
    if (!shown) {
      show(List.of(), List.of(), style.scale());
      return;
    }
    int steps = Math.max(1, r.scene().steps());
    NumberAxis x = (NumberAxis) getXAxis();
    x.setAutoRanging(false);
    x.setLowerBound(0);
    x.setUpperBound(steps);
    x.setTickUnit(org.gradientlab.plot.Ticks.niceStep(steps / 6.0));
    double edge = 2 / r.edges().largestCurvature();
    boolean edgeShown = Double.isFinite(edge) && edge > 0;
    List<Curve> curves = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Trajectory t : runs) {
      int length = Math.min(frame, t.lastStep()) + 1;
      double[] ys = new double[length];
      int finite = 0;
      for (int k = 0; k < length && Double.isFinite(t.learningRate(k)); k++) {
        ys[k] = t.learningRate(k);
        lo = Math.min(lo, ys[k]);
        hi = Math.max(hi, ys[k]);
        finite = k + 1;
      }
      curves.add(LossChart.decimated(t.optimizer().kind().label(), ys, finite,
          OptimizerColors.forStyle(t.optimizer().kind(), style), style.lineWidth()));
    }
    if (edgeShown && hi >= lo && edge < 3 * Math.max(hi, 1e-300)) {
      Color grey = style.isDark() ? Color.web("#9aa3b2") : Color.web("#4a5160");
      curves.add(new Curve(EDGE_SERIES, new double[] {0, steps}, new double[] {edge, edge}, grey,
          1.5 * style.scale(), new double[] {6, 5}));
      lo = Math.min(lo, edge);
      hi = Math.max(hi, edge);
    }
    NumberAxis y = (NumberAxis) getYAxis();
    if (hi >= lo) {
      double span = hi > lo ? hi - lo : Math.max(Math.abs(hi), 1e-3) * 0.2;
      double unit = org.gradientlab.plot.Ticks.niceStep(span / 5);
      y.setAutoRanging(false);
      y.setLowerBound(Math.floor((lo - 0.05 * span) / unit) * unit);
      y.setUpperBound(Math.ceil((hi + 0.05 * span) / unit) * unit);
      y.setTickUnit(unit);
      if (unit != labelledUnit) {
        // A new formatter makes the axis redo its tick labels: only when the step they need changes.
        labelledUnit = unit;
        // As many digits as the tick step needs: 0.1005, 0.101, not 0.1, 0.1, 0.101.
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number v) {
            return org.gradientlab.plot.Ticks.label(v.doubleValue(), unit);
          }

          @Override
          public Number fromString(String text) {
            return org.gradientlab.format.Numbers.parse(text);
          }
        });
      }
    } else {
      y.setAutoRanging(true);
    }
    show(curves, List.of(), style.scale());
  }
}
