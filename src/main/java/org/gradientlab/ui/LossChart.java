package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.gradientlab.format.Numbers;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Downsampler;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * Two OpenJFX line charts side by side: f(θₖ) and ‖∇f(θₖ)‖ against the step k, one series per
 * racing optimizer in its colour, growing with playback. Each series is min–max decimated to at
 * most {@link #MAX_POINTS} points, so thousands of steps stay fluid while oscillations keep their
 * envelope. On the log scale f is shown as f(θₖ) − f*, the distance to the best known minimum.
 */
public final class LossChart extends HBox {

  public static final int MAX_POINTS = 250;
  /** Values below this are drawn at this floor on a log axis (an exact 0 has no logarithm). */
  static final double LOG_FLOOR = 1e-16;

  private final LabModel model;
  private final BooleanProperty logScale = new SimpleBooleanProperty(true);
  private final LineChart<Number, Number> valueChart;
  private final LineChart<Number, Number> gradientChart;
  private final CoalescingRedraw update = new CoalescingRedraw(this::update);
  private final javafx.beans.property.ObjectProperty<PlotStyle> plotStyle =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK);

  public LossChart(LabModel model) {
    this.model = model;
    getStyleClass().add("loss-chart");
    valueChart = chart("f(θₖ)");
    gradientChart = chart("‖∇f(θₖ)‖");
    valueChart.setId("value-chart");
    gradientChart.setId("gradient-chart");
    getChildren().addAll(valueChart, gradientChart);
    HBox.setHgrow(valueChart, Priority.ALWAYS);
    HBox.setHgrow(gradientChart, Priority.ALWAYS);
    model.resultProperty().addListener((o, a, b) -> update.request());
    model.playback().frameProperty().addListener((o, a, b) -> update.request());
    logScale.addListener((o, a, b) -> update.request());
    plotStyle.addListener((o, a, b) -> {
      restyle(valueChart);
      restyle(gradientChart);
    });
  }

  /** Series colours and line widths follow the lab's plot style (light theme, presentation). */
  public javafx.beans.property.ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  private void restyle(LineChart<Number, Number> chart) {
    for (XYChart.Series<Number, Number> s : chart.getData()) {
      style(s, OptimizerCatalog.standard().kind(s.getName()), plotStyle.get());
    }
  }

  private static void style(XYChart.Series<Number, Number> s, OptimizerKind kind,
      PlotStyle style) {
    if (s.getNode() != null) {
      s.getNode().setStyle("-fx-stroke: " + OptimizerColors.css(OptimizerColors.forStyle(kind, style))
          + "; -fx-stroke-width: " + (2 * style.scale()) + "px;");
    }
  }

  /** Log y-axes (f − f* and ‖∇f‖ on decades) or linear ones. */
  public BooleanProperty logScaleProperty() {
    return logScale;
  }

  public LineChart<Number, Number> valueChart() {
    return valueChart;
  }

  public LineChart<Number, Number> gradientChart() {
    return gradientChart;
  }

  private static LineChart<Number, Number> chart(String title) {
    NumberAxis x = new NumberAxis();
    x.setLabel("step k");
    x.setForceZeroInRange(true);
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(false);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setLegendVisible(false);
    chart.setHorizontalZeroLineVisible(false);
    chart.setVerticalZeroLineVisible(false);
    chart.setMinSize(150, 150);
    chart.setPrefSize(420, 240);
    return chart;
  }

  private void update() {
    SceneResult r = model.getResult();
    if (r == null) {
      return;
    }
    int frame = model.playback().getFrame();
    Objective f = r.objective();
    double best = bestKnownValue(f);
    boolean logValues = logScale.get() && !Double.isNaN(best);
    boolean logGradients = logScale.get();
    valueChart.setTitle(logValues ? "f(θₖ) − f*" : "f(θₖ)");
    fill(valueChart, r, frame, logValues, t -> k -> t.value(k) - (logValues ? best : 0), plotStyle.get());
    fill(gradientChart, r, frame, logGradients, t -> k -> t.gradientNorm(k), plotStyle.get());
  }

  /** The smallest value of any known minimum, or NaN when none is known. */
  static double bestKnownValue(Objective f) {
    double best = Double.NaN;
    for (Minimum m : f.knownMinima()) {
      if (Double.isNaN(best) || m.value() < best) {
        best = m.value();
      }
    }
    return best;
  }

  private interface SeriesValues {
    IntToDoubleFunction of(Trajectory t);
  }

  private static void fill(LineChart<Number, Number> chart, SceneResult r, int frame, boolean log,
      SeriesValues values, PlotStyle style) {
    NumberAxis y = (NumberAxis) chart.getYAxis();
    if (y.getTickLabelFormatter() != (log ? LOG_LABELS : null)) {
      y.setTickLabelFormatter(log ? LOG_LABELS : null);
      y.setLabel(log ? "log scale" : null);
    }
    NumberAxis x = (NumberAxis) chart.getXAxis();
    int steps = r.scene().steps();
    x.setAutoRanging(false);
    x.setLowerBound(0);
    x.setUpperBound(Math.max(1, steps));
    x.setTickUnit(org.gradientlab.plot.Ticks.niceStep(Math.max(1, steps) / 6.0));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    ObservableList<XYChart.Series<Number, Number>> series = chart.getData();
    List<Trajectory> ts = r.trajectories();
    boolean sameKinds = series.size() == ts.size();
    for (int i = 0; sameKinds && i < ts.size(); i++) {
      sameKinds = series.get(i).getName().equals(ts.get(i).optimizer().kind().label());
    }
    if (!sameKinds) {
      List<XYChart.Series<Number, Number>> fresh = new ArrayList<>();
      for (Trajectory t : ts) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(t.optimizer().kind().label());
        fresh.add(s);
      }
      series.setAll(fresh);
      for (int i = 0; i < ts.size(); i++) {
        style(series.get(i), ts.get(i).optimizer().kind(), style);
      }
    }
    for (int i = 0; i < ts.size(); i++) {
      Trajectory t = ts.get(i);
      int length = Math.min(frame, t.lastStep()) + 1;
      IntToDoubleFunction v = values.of(t);
      double[] ys = new double[length];
      for (int k = 0; k < length; k++) {
        double raw = v.applyAsDouble(k);
        ys[k] = log ? Math.log10(Math.max(Math.abs(raw), LOG_FLOOR)) : raw;
      }
      for (double value : ys) {
        if (Double.isFinite(value)) {
          lo = Math.min(lo, value);
          hi = Math.max(hi, value);
        }
      }
      setPoints(series.get(i).getData(), ys, Downsampler.minMax(ys, length, MAX_POINTS));
    }
    if (log && lo <= hi) {
      // Whole decades only: ticks at 1e-6, 1e-3, 1e0 rather than at 3.162e-8.
      double lower = Math.floor(lo);
      double upper = Math.max(lower + 1, Math.ceil(hi));
      double unit = Math.max(1, Math.ceil((upper - lower) / 7));
      upper = lower + unit * Math.ceil((upper - lower) / unit);
      y.setAutoRanging(false);
      y.setLowerBound(lower);
      y.setUpperBound(upper);
      y.setTickUnit(unit);
    } else {
      y.setAutoRanging(true);
    }
  }

  /**
   * Moves the existing points to their new values and adds or drops points only at the end: the
   * chart then re-lays out one path per series instead of rebuilding every data item.
   */
  private static void setPoints(ObservableList<XYChart.Data<Number, Number>> data, double[] ys, int[] keep) {
    int common = Math.min(data.size(), keep.length);
    for (int j = 0; j < common; j++) {
      XYChart.Data<Number, Number> d = data.get(j);
      Integer x = keep[j];
      Double y = ys[keep[j]];
      if (!x.equals(d.getXValue())) {
        d.setXValue(x);
      }
      if (!y.equals(d.getYValue())) {
        d.setYValue(y);
      }
    }
    if (data.size() > keep.length) {
      data.remove(keep.length, data.size());
    } else if (keep.length > common) {
      List<XYChart.Data<Number, Number>> more = new ArrayList<>(keep.length - common);
      for (int j = common; j < keep.length; j++) {
        more.add(new XYChart.Data<>(keep[j], ys[keep[j]]));
      }
      data.addAll(more);
    }
  }

  /** Tick labels 10⁻⁶, 10⁰, 10³ for an axis that holds log₁₀ values. */
  private static final StringConverter<Number> LOG_LABELS =
      new StringConverter<>() {
        @Override
        public String toString(Number n) {
          double e = n.doubleValue();
          if (Math.abs(e - Math.rint(e)) < 1e-9) {
            return "1e" + (long) Math.rint(e);
          }
          return Numbers.compact(Math.pow(10, e));
        }

        @Override
        public Number fromString(String s) {
          return Math.log10(Numbers.parse(s));
        }
      };
}
