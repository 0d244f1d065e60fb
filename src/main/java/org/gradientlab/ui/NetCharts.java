package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import org.gradientlab.plot.Downsampler;
import org.gradientlab.viewmodel.NetModel;

/**
 * The training curves (loss and accuracy against updates) and the per-layer gradient norms
 * ‖∂L/∂W_l‖ on a log scale, input layer first: with a deep sigmoid net the bars fall away toward
 * the input, the picture of vanishing gradients.
 */
public final class NetCharts {

  private final NetModel model;
  private final LineChart<Number, Number> loss;
  private final LineChart<Number, Number> accuracy;
  private final BarChart<String, Number> norms;
  private final XYChart.Series<Number, Number> lossSeries = new XYChart.Series<>();
  private final XYChart.Series<Number, Number> accuracySeries = new XYChart.Series<>();
  private final XYChart.Series<String, Number> normSeries = new XYChart.Series<>();
  private final CoalescingRedraw update = new CoalescingRedraw(this::update);
  /** The log₁₀ value the bars stand on. */
  private double floor = -8;

  public NetCharts(NetModel model) {
    this.model = model;
    loss = line("training loss", false);
    accuracy = line("training accuracy", true);
    loss.getData().add(lossSeries);
    accuracy.getData().add(accuracySeries);
    CategoryAxis layers = new CategoryAxis();
    layers.setLabel("layer (input → output)");
    NumberAxis log = new NumberAxis();
    log.setLabel("‖∂L/∂W‖ (log scale)");
    log.setAutoRanging(false);
    log.setLowerBound(0);
    log.setTickUnit(1);
    log.setTickLabelFormatter(decades(floor));
    norms = new BarChart<>(layers, log);
    norms.setTitle("Gradient norm per layer");
    norms.setAnimated(false);
    norms.setLegendVisible(false);
    norms.getData().add(normSeries);
    norms.setId("layer-norms");
    model.history().addListener((ListChangeListener<NetModel.Point>) c -> update.request());
  }

  /** Tick labels as the rest of the app writes numbers: 0.25, 1500, 3.9e196. */
  static final javafx.util.StringConverter<Number> COMPACT = new javafx.util.StringConverter<>() {
    @Override
    public String toString(Number n) {
      return org.gradientlab.format.Numbers.compact(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
      return org.gradientlab.format.Numbers.parse(s);
    }
  };

  /**
   * Labels for bars that stand on 10^floor: a height h is the norm 10^(h + floor). A new converter
   * for every floor, because the axis keeps the labels of ticks whose positions did not move.
   */
  private static javafx.util.StringConverter<Number> decades(double floor) {
    return new javafx.util.StringConverter<>() {
      @Override
      public String toString(Number n) {
        return "1e" + Math.round(n.doubleValue() + floor);
      }

      @Override
      public Number fromString(String s) {
        return Double.parseDouble(s.substring(2)) - floor;
      }
    };
  }

  /** Decades the norm axis labels at most: its tick step grows with the range it shows. */
  static final int NORM_TICKS = 8;

  private static LineChart<Number, Number> line(String title, boolean unit) {
    NumberAxis x = new NumberAxis();
    x.setLabel("updates");
    x.setForceZeroInRange(true);
    NumberAxis y = new NumberAxis();
    if (unit) {
      y.setAutoRanging(false);
      y.setLowerBound(0);
      y.setUpperBound(1);
      y.setTickUnit(0.25);
    } else {
      y.setForceZeroInRange(true);
      // A diverging net's loss climbs past 1e100 before it overflows: written out in full, the
      // tick labels grew hundreds of characters wide and pushed the workspace over the lesson panel.
      y.setTickLabelFormatter(COMPACT);
    }
    LineChart<Number, Number> c = new LineChart<>(x, y);
    c.setTitle(title);
    c.setAnimated(false);
    c.setCreateSymbols(false);
    c.setLegendVisible(false);
    c.setMinSize(150, 120);
    return c;
  }

  public VBox curves() {
    VBox box = new VBox(loss, accuracy);
    box.setId("training-curves");
    return box;
  }

  public BarChart<String, Number> norms() {
    return norms;
  }

  private void update() {
    List<NetModel.Point> all = model.history();
    // A diverged run's last point has no loss, accuracy or gradient: the curves end and the bars
    // stay where training last had numbers (drawing NaN as 0 showed a loss falling to 0).
    List<NetModel.Point> h = new ArrayList<>(all.size());
    for (NetModel.Point p : all) {
      if (Double.isFinite(p.loss())) {
        h.add(p);
      }
    }
    int n = h.size();
    double[] losses = new double[n];
    for (int i = 0; i < n; i++) {
      losses[i] = h.get(i).loss();
    }
    int[] keep = Downsampler.minMax(losses, n, 300);
    List<XYChart.Data<Number, Number>> l = new ArrayList<>();
    List<XYChart.Data<Number, Number>> a = new ArrayList<>();
    for (int i : keep) {
      l.add(new XYChart.Data<>(h.get(i).updates(), losses[i]));
      a.add(new XYChart.Data<>(h.get(i).updates(), h.get(i).accuracy()));
    }
    lossSeries.getData().setAll(l);
    accuracySeries.getData().setAll(a);
    if (n > 0) {
      double[] norm = h.get(n - 1).layerNorms();
      // Bars stand on a floor a decade below the smallest norm, so their heights are log ratios.
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : norm) {
        double lg = logNorm(v);
        min = Math.min(min, lg);
        max = Math.max(max, lg);
      }
      double newFloor = Math.floor(min) - 1;
      NumberAxis axis = (NumberAxis) norms.getYAxis();
      if (newFloor != floor) {
        floor = newFloor;
        normSeries.getData().clear();
        axis.setTickLabelFormatter(decades(floor));
      }
      double top = Math.max(1, Math.ceil(max) - floor);
      axis.setUpperBound(top);
      axis.setTickUnit(Math.max(1, Math.ceil(top / NORM_TICKS)));
      List<XYChart.Data<String, Number>> bars = new ArrayList<>();
      for (int j = 0; j < norm.length; j++) {
        bars.add(new XYChart.Data<>("W" + (j + 1), logNorm(norm[j]) - floor));
      }
      if (normSeries.getData().size() == bars.size()) {
        for (int j = 0; j < bars.size(); j++) {
          normSeries.getData().get(j).setYValue(bars.get(j).getYValue());
        }
      } else {
        normSeries.getData().setAll(bars);
      }
    }
  }

  /**
   * log₁₀ of a layer's gradient norm for the bars: 0 stands on 1e−16, an overflowed norm (∞, or
   * NaN after divergence) at the top of the doubles, 1e308, so the axis stays finite.
   */
  static double logNorm(double v) {
    if (!(v < Double.POSITIVE_INFINITY)) {
      return Math.log10(Double.MAX_VALUE);
    }
    return Math.log10(Math.max(v, 1e-16));
  }
}
