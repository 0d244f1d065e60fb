package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.paint.Color;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Downsampler;
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
public final class LearningRateChart extends LineChart<Number, Number> {

  static final String EDGE_SERIES = "2/L";

  public LearningRateChart() {
    super(new NumberAxis(), new NumberAxis());
    setId("rate-chart");
    getXAxis().setLabel("step k");
    ((NumberAxis) getYAxis()).setForceZeroInRange(false);
    setTitle("learning rate η_k");
    setAnimated(false);
    setCreateSymbols(false);
    setLegendVisible(false);
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
      getData().clear();
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
    List<XYChart.Series<Number, Number>> fresh = new ArrayList<>();
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
      XYChart.Series<Number, Number> s = new XYChart.Series<>();
      s.setName(t.optimizer().kind().label());
      for (int k : Downsampler.minMax(ys, finite, LossChart.MAX_POINTS)) {
        s.getData().add(new XYChart.Data<>(k, ys[k]));
      }
      fresh.add(s);
    }
    if (edgeShown && hi >= lo && edge < 3 * Math.max(hi, 1e-300)) {
      XYChart.Series<Number, Number> s = new XYChart.Series<>();
      s.setName(EDGE_SERIES);
      s.getData().add(new XYChart.Data<>(0, edge));
      s.getData().add(new XYChart.Data<>(steps, edge));
      fresh.add(s);
      lo = Math.min(lo, edge);
      hi = Math.max(hi, edge);
    }
    getData().setAll(fresh);
    NumberAxis y = (NumberAxis) getYAxis();
    if (hi >= lo) {
      double span = hi > lo ? hi - lo : Math.max(Math.abs(hi), 1e-3) * 0.2;
      double unit = org.gradientlab.plot.Ticks.niceStep(span / 5);
      y.setAutoRanging(false);
      y.setLowerBound(Math.floor((lo - 0.05 * span) / unit) * unit);
      y.setUpperBound(Math.ceil((hi + 0.05 * span) / unit) * unit);
      y.setTickUnit(unit);
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
    } else {
      y.setAutoRanging(true);
    }
    restyle(style);
  }

  void restyle(PlotStyle style) {
    for (XYChart.Series<Number, Number> s : getData()) {
      if (s.getNode() == null) {
        continue;
      }
      if (s.getName().equals(EDGE_SERIES)) {
        s.getNode().setStyle("-fx-stroke: " + OptimizerColors.css(style.isDark()
            ? Color.web("#9aa3b2") : Color.web("#4a5160")) + "; -fx-stroke-width: " + (1.5 * style.scale())
            + "px; -fx-stroke-dash-array: 6 5;");
      } else {
        OptimizerKind kind = org.gradientlab.optimizer.OptimizerCatalog.standard().kind(s.getName());
        s.getNode().setStyle("-fx-stroke: " + OptimizerColors.css(OptimizerColors.forStyle(kind, style))
            + "; -fx-stroke-width: " + (2 * style.scale()) + "px;");
      }
    }
  }
}
