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
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Downsampler;
import org.gradientlab.viewmodel.NetModel;

/**
 * The training curves (loss and accuracy against updates), one solid line per racing optimizer in
 * its catalog colour, and with a validation split the validation loss and accuracy dashed in the
 * same colour, so the gap between them (over-fitting) shows; and the leading optimizer's per-layer
 * gradient norms ‖∂L/∂W_l‖ on a log scale, input layer first: with a deep sigmoid net the bars fall
 * away toward the input, the picture of vanishing gradients.
 */
public final class NetCharts {

  private final NetModel model;
  private final LineChart<Number, Number> loss;
  private final LineChart<Number, Number> accuracy;
  private final BarChart<String, Number> norms;
  /** The series shown, keyed "label" (training) or "label validation", in race order. */
  private final java.util.Map<String, XYChart.Series<Number, Number>> lossSeries = new java.util.LinkedHashMap<>();
  private final java.util.Map<String, XYChart.Series<Number, Number>> accuracySeries = new java.util.LinkedHashMap<>();
  private final javafx.beans.property.ObjectProperty<PlotStyle> plotStyle =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK);
  private final XYChart.Series<String, Number> normSeries = new XYChart.Series<>();
  private final CoalescingRedraw update = new CoalescingRedraw(this::update);
  /** The log₁₀ value the bars stand on. */
  private double floor = -8;

  public NetCharts(NetModel model) {
    this.model = model;
    loss = line("loss", false);
    accuracy = line("accuracy", true);
    loss.setId("loss-curves");
    accuracy.setId("accuracy-curves");
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
    model.historiesProperty().addListener((o, a, b) -> update.request());
    plotStyle.addListener((o, a, b) -> update.request());
    update.request(); // a scene applied before the view was made has curves already
  }

  /** Series colours follow the workspace's plot style (light theme, presentation). */
  public javafx.beans.property.ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  public LineChart<Number, Number> lossChart() {
    return loss;
  }

  public LineChart<Number, Number> accuracyChart() {
    return accuracy;
  }

  /** The series of {@code kind}'s training (or validation) curve on the loss chart, or null; for tests. */
  public XYChart.Series<Number, Number> lossSeries(OptimizerKind kind, boolean validation) {
    return lossSeries.get(key(kind, validation));
  }

  private static String key(OptimizerKind kind, boolean validation) {
    return kind.label() + (validation ? " validation" : "");
  }

  /** New series for a new race (or a split switched on or off), each styled in its optimizer's colour. */
  private void rebuild(List<String> keys) {
    lossSeries.clear();
    accuracySeries.clear();
    loss.getData().clear();
    accuracy.getData().clear();
    for (String k : keys) {
      XYChart.Series<Number, Number> l = new XYChart.Series<>();
      XYChart.Series<Number, Number> a = new XYChart.Series<>();
      l.setName(k);
      a.setName(k);
      lossSeries.put(k, l);
      accuracySeries.put(k, a);
      loss.getData().add(l);
      accuracy.getData().add(a);
    }
  }

  /**
   * The points with a finite loss: a diverged run's last point has no loss, accuracy or gradient, so
   * the curves end and the bars stay where training last had numbers (drawing NaN as 0 showed a
   * loss falling to 0).
   */
  private static List<NetModel.Point> finite(List<NetModel.Point> all, boolean validation) {
    List<NetModel.Point> h = new ArrayList<>(all.size());
    for (NetModel.Point p : all) {
      if (Double.isFinite(validation ? p.validationLoss() : p.loss())) {
        h.add(p);
      }
    }
    return h;
  }

  /** One optimizer's training or validation curves, min–max decimated to 300 points on the loss. */
  private void fill(OptimizerKind kind, List<NetModel.Point> all, boolean validation) {
    List<NetModel.Point> h = finite(all, validation);
    int n = h.size();
    double[] losses = new double[n];
    for (int i = 0; i < n; i++) {
      losses[i] = validation ? h.get(i).validationLoss() : h.get(i).loss();
    }
    int[] keep = Downsampler.minMax(losses, n, 300);
    List<XYChart.Data<Number, Number>> l = new ArrayList<>();
    List<XYChart.Data<Number, Number>> a = new ArrayList<>();
    for (int i : keep) {
      NetModel.Point p = h.get(i);
      l.add(new XYChart.Data<>(p.updates(), losses[i]));
      double acc = validation ? p.validationAccuracy() : p.accuracy();
      a.add(new XYChart.Data<>(p.updates(), Double.isFinite(acc) ? acc : 0));
    }
    String k = key(kind, validation);
    lossSeries.get(k).getData().setAll(l);
    accuracySeries.get(k).getData().setAll(a);
    style(lossSeries.get(k), kind, validation);
    style(accuracySeries.get(k), kind, validation);
  }

  /** Solid for training, dashed for validation, in the optimizer's colour. */
  private void style(XYChart.Series<Number, Number> s, OptimizerKind kind, boolean validation) {
    if (s.getNode() != null) {
      PlotStyle st = plotStyle.get();
      s.getNode().setStyle("-fx-stroke: " + OptimizerColors.css(OptimizerColors.forStyle(kind, st))
          + "; -fx-stroke-width: " + (2 * st.scale()) + "px;"
          + (validation ? " -fx-stroke-dash-array: " + 7 * st.scale() + " " + 5 * st.scale() + ";" : ""));
    }
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
    java.util.Map<OptimizerKind, List<NetModel.Point>> all = model.historiesProperty().get();
    boolean validated = model.validationDataProperty().get() != null;
    List<String> wanted = new ArrayList<>();
    for (OptimizerKind kind : all.keySet()) {
      wanted.add(key(kind, false));
      if (validated) {
        wanted.add(key(kind, true));
      }
    }
    if (!wanted.equals(new ArrayList<>(lossSeries.keySet()))) {
      rebuild(wanted);
      loss.setTitle(validated ? "loss — training solid, validation dashed" : "training loss");
      accuracy.setTitle(validated ? "accuracy — training solid, validation dashed" : "training accuracy");
    }
    for (java.util.Map.Entry<OptimizerKind, List<NetModel.Point>> e : all.entrySet()) {
      fill(e.getKey(), e.getValue(), false);
      if (validated) {
        fill(e.getKey(), e.getValue(), true);
      }
    }
    List<NetModel.Point> h = finite(model.history(), false);
    int n = h.size();
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
