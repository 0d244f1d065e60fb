package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.gradientlab.format.Numbers;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.plot.Downsampler;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * Two OpenJFX line charts side by side: f(θₖ) and ‖∇f(θₖ)‖ against the step k, one curve per
 * racing optimizer in its colour, growing with playback. The charts give the axes, ticks, grid and
 * titles; the curves are painted over their plot areas ({@link MarkedLineChart}: in a drag every
 * curve changes on every event, which as chart series cost the FX thread twice as much). Each
 * curve is min–max decimated to at most {@link #MAX_POINTS} points, so thousands of steps stay
 * fluid while oscillations keep their envelope. On the log scale f is shown as f(θₖ) − f*, the distance to the best known minimum.
 *
 * <p>The y-axes fit the runs that stay bounded; a diverging run is drawn until it leaves the plot
 * and marked there ("diverged"), so one run flying off to 1e70 does not flatten the others. On a
 * log axis a curve that reaches machine precision ends there with a "machine precision" mark (not
 * "converged": the status line's convergence is the run's own test, usually steps earlier).
 */
public final class LossChart extends HBox {

  public static final int MAX_POINTS = 250;
  /** Values below this are drawn at this floor on a log axis (an exact 0 has no logarithm). */
  static final double LOG_FLOOR = 1e-16;

  private final LabModel model;
  private final BooleanProperty logScale = new SimpleBooleanProperty(true);
  private final MarkedLineChart valueChart;
  private final MarkedLineChart gradientChart;
  /** η_k of the runs that adapt their learning rate; hidden while none races. */
  private final LearningRateChart rateChart = new LearningRateChart();
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
    getChildren().addAll(valueChart, gradientChart, rateChart);
    HBox.setHgrow(valueChart, Priority.ALWAYS);
    HBox.setHgrow(gradientChart, Priority.ALWAYS);
    HBox.setHgrow(rateChart, Priority.ALWAYS);
    model.resultProperty().addListener((o, a, b) -> update.request());
    model.playback().frameProperty().addListener((o, a, b) -> update.request());
    logScale.addListener((o, a, b) -> update.request());
    // The curves and marks take the style's colours and sizes.
    plotStyle.addListener((o, a, b) -> update.request());
  }

  /** Curve colours and line widths follow the lab's plot style (light theme, presentation). */
  public javafx.beans.property.ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  private static Color colour(org.gradientlab.optimizer.OptimizerKind kind, PlotStyle style) {
    return OptimizerColors.forStyle(kind, style);
  }

  /** Log y-axes (f − f* and ‖∇f‖ on decades) or linear ones. */
  public BooleanProperty logScaleProperty() {
    return logScale;
  }

  /** The chart of f(θₖ) (or f − f*); its curves and marks are painted over its plot area. */
  public LineChart<Number, Number> valueChart() {
    return valueChart;
  }

  public LineChart<Number, Number> gradientChart() {
    return gradientChart;
  }

  /**
   * The names of the curves painted on {@code chart} (one of this view's charts), in the order
   * drawn: which optimizers the chart shows.
   */
  public List<String> curveNames(LineChart<Number, Number> chart) {
    List<String> names = new ArrayList<>();
    for (MarkedLineChart.Curve c : ((MarkedLineChart) chart).curves()) {
      names.add(c.name());
    }
    return names;
  }

  /** η_k of the optimizers that adapt it (shown only while one races). */
  public LineChart<Number, Number> rateChart() {
    return rateChart;
  }

  private static MarkedLineChart chart(String title) {
    NumberAxis x = new NumberAxis();
    x.setLabel("step k");
    x.setForceZeroInRange(true);
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(false);
    MarkedLineChart chart = new MarkedLineChart(x, y);
    chart.setTitle(title);
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
    // f − f* cannot be told from 0 below a few ulps of f*: there the curve has arrived.
    double valueFloor = Math.max(LOG_FLOOR, 2 * Math.ulp(logValues ? best : 0));
    fill(valueChart, r, frame, logValues, valueFloor, t -> k -> t.value(k) - (logValues ? best : 0),
        plotStyle.get());
    fill(gradientChart, r, frame, logGradients, LOG_FLOOR, t -> k -> t.gradientNorm(k), plotStyle.get());
    rateChart.update(r, frame, plotStyle.get());
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

  /** One series as drawn: its values (log₁₀ on a log axis) up to where it ends on the chart. */
  private static final class Curve {
    final Trajectory run;
    final double[] ys;
    int length;
    /** The step at which |value| reached the floor (machine precision), or −1. */
    int arrived = -1;

    Curve(Trajectory run, int length) {
      this.run = run;
      this.ys = new double[length];
      this.length = length;
    }

    boolean diverging() {
      return run.outcome() instanceof Outcome.Diverging;
    }
  }

  private static void fill(MarkedLineChart chart, SceneResult r, int frame, boolean log,
      double floor, SeriesValues values, PlotStyle style) {
    NumberAxis y = (NumberAxis) chart.getYAxis();
    if (y.getTickLabelFormatter() != (log ? LOG_LABELS : null)) {
      y.setTickLabelFormatter(log ? LOG_LABELS : null);
      y.setLabel(log ? "log scale" : null);
    }
    NumberAxis x = (NumberAxis) chart.getXAxis();
    int steps = r.scene().steps();
    // Setting a bound to the value it has changes nothing: the axes (and their tick labels) are
    // laid out again only when the steps or the y range's whole decades / round ticks change.
    x.setAutoRanging(false);
    x.setLowerBound(0);
    x.setUpperBound(Math.max(1, steps));
    x.setTickUnit(org.gradientlab.plot.Ticks.niceStep(Math.max(1, steps) / 6.0));
    List<Trajectory> ts = r.trajectories();
    List<Curve> curves = new ArrayList<>();
    for (Trajectory t : ts) {
      curves.add(curve(t, frame, log, floor, values.of(t)));
    }
    double[] range = range(curves);
    List<MarkedLineChart.Mark> marks = new ArrayList<>();
    if (range != null) {
      double[] bounds = log ? logBounds(range) : linearBounds(range);
      y.setAutoRanging(false);
      y.setLowerBound(bounds[0]);
      y.setUpperBound(bounds[1]);
      y.setTickUnit(bounds[2]);
      for (Curve c : curves) {
        Color colour = colour(c.run.optimizer().kind(), style);
        String name = c.run.optimizer().kind().label();
        if (c.diverging()) {
          MarkedLineChart.Mark m = clip(c, bounds[0], bounds[1], frame, colour, name);
          if (m != null) {
            marks.add(m);
          }
        } else if (c.arrived >= 0) {
          marks.add(new MarkedLineChart.Mark(c.arrived, c.ys[c.arrived], MarkedLineChart.Kind.AT_PRECISION,
              colour, name + " converged: at step " + c.arrived + " the value reached machine precision"));
        }
      }
    } else {
      y.setAutoRanging(true);
    }
    List<MarkedLineChart.Curve> drawn = new ArrayList<>(curves.size());
    for (Curve c : curves) {
      drawn.add(decimated(c.run.optimizer().kind().label(), c.ys, c.length,
          colour(c.run.optimizer().kind(), style), style.lineWidth()));
    }
    chart.show(drawn, marks, style.scale());
  }

  /**
   * The first {@code length} values as a curve of at most {@link #MAX_POINTS} points, min–max
   * decimated (each kept point is a step k and its value).
   */
  static MarkedLineChart.Curve decimated(String name, double[] ys, int length, Color colour,
      double width, double... dashes) {
    int[] keep = Downsampler.minMax(ys, length, MAX_POINTS);
    double[] xs = new double[keep.length];
    double[] vs = new double[keep.length];
    for (int j = 0; j < keep.length; j++) {
      xs[j] = keep[j];
      vs[j] = ys[keep[j]];
    }
    return new MarkedLineChart.Curve(name, xs, vs, colour, width, dashes);
  }

  /**
   * The values shown of one run, up to the frame. On a log axis a curve that reaches the floor
   * ends there, at the floor, with a "machine precision" mark: drawn on at the floor it would look like a
   * stall.
   */
  private static Curve curve(Trajectory t, int frame, boolean log, double floor, IntToDoubleFunction v) {
    Curve c = new Curve(t, Math.min(frame, t.lastStep()) + 1);
    for (int k = 0; k < c.length; k++) {
      double raw = v.applyAsDouble(k);
      if (log && Math.abs(raw) <= floor) {
        c.ys[k] = Math.log10(floor);
        c.arrived = k;
        c.length = k + 1;
        break;
      }
      c.ys[k] = log ? Math.log10(Math.abs(raw)) : raw;
    }
    return c;
  }

  /**
   * [lo, hi] of the finite values of the runs that stay bounded (all runs when every one diverges),
   * or null when there is nothing to show: one run flying off to 1e70 must not squash the others.
   */
  private static double[] range(List<Curve> curves) {
    boolean anyBounded = curves.stream().anyMatch(c -> !c.diverging());
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Curve c : curves) {
      if (anyBounded && c.diverging()) {
        continue;
      }
      for (int k = 0; k < c.length; k++) {
        if (Double.isFinite(c.ys[k])) {
          lo = Math.min(lo, c.ys[k]);
          hi = Math.max(hi, c.ys[k]);
        }
      }
    }
    return lo <= hi ? new double[] {lo, hi} : null;
  }

  /** Whole decades (ticks at 1e-6, 1e-3, 1e0 rather than at 3.162e-8), with room for the marks. */
  private static double[] logBounds(double[] range) {
    double lower = Math.floor(range[0] - 0.3);
    double upper = Math.max(lower + 1, Math.ceil(range[1] + 0.1));
    double unit = Math.max(1, Math.ceil((upper - lower) / 7));
    upper = lower + unit * Math.ceil((upper - lower) / unit);
    return new double[] {lower, upper, unit};
  }

  /** Round ticks about six to the span, 5 % of it spare on either side. */
  private static double[] linearBounds(double[] range) {
    double span = range[1] - range[0];
    if (!(span > 0)) {
      span = Math.max(Math.abs(range[1]), 1) * 0.2;
    }
    double pad = 0.05 * span;
    double unit = org.gradientlab.plot.Ticks.niceStep(span / 6);
    double lower = Math.floor((range[0] - pad) / unit) * unit;
    double upper = Math.ceil((range[1] + pad) / unit) * unit;
    return new double[] {lower, upper, unit};
  }

  /**
   * Ends a diverging curve where it first leaves [lower, upper], drawn to the edge it left by,
   * and marks that step. A curve that stays inside is marked at its end once that is shown.
   */
  private static MarkedLineChart.Mark clip(Curve c, double lower, double upper, int frame,
      Color colour, String name) {
    String stopped = ((Outcome.Diverging) c.run.outcome()).stoppedAt()
        .map(s -> "; the run was stopped at step " + s).orElse("");
    for (int k = 0; k < c.length; k++) {
      if (c.ys[k] > upper || c.ys[k] < lower) {
        boolean up = c.ys[k] > upper;
        c.ys[k] = up ? upper : lower;
        c.length = k + 1;
        return new MarkedLineChart.Mark(k, c.ys[k],
            up ? MarkedLineChart.Kind.DIVERGED_UP : MarkedLineChart.Kind.DIVERGED_DOWN, colour,
            name + " diverged: off the chart at step " + k + stopped);
      }
    }
    int last = c.length - 1;
    if (frame < c.run.lastStep() || last < 0) {
      return null;
    }
    return new MarkedLineChart.Mark(last, c.ys[last], MarkedLineChart.Kind.DIVERGED_UP, colour,
        name + " diverged" + stopped);
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
