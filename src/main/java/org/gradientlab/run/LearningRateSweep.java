package org.gradientlab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gradientlab.objective.Objective;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * "Tune each": for one optimizer, f after N steps for every η of a log grid, everything else as in
 * the race (start, steps, seed, schedule, its other hyperparameters), and the η whose run ends
 * lowest. A run that diverges or cannot start counts as +∞, so the best η is one that stays in
 * the landscape. The criterion is stated with the result so a comparison built on it is honest.
 *
 * @param finalValues f(θ_N) per η of {@code etas}; +∞ where the run diverged
 * @param best index of the best η, or −1 when every run diverged
 */
public record LearningRateSweep(OptimizerKind kind, double[] etas, double[] finalValues, int best) {

  /** "Tune each"'s grid, the η slider's range with eight values a decade: from TUNE_LOW … */
  public static final double TUNE_LOW = 1e-4;
  /** … to TUNE_HIGH … */
  public static final double TUNE_HIGH = 10;
  /** … in TUNE_POINTS values. */
  public static final int TUNE_POINTS = 41;

  /** The grid "Tune each" sweeps (and lesson claims about tuned optimizers with it). */
  public static double[] tuneGrid() {
    return logGrid(TUNE_LOW, TUNE_HIGH, TUNE_POINTS);
  }

  /** A log grid of {@code points} values from {@code low} to {@code high}. */
  public static double[] logGrid(double low, double high, int points) {
    double[] g = new double[points];
    for (int i = 0; i < points; i++) {
      g[i] = Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * i / (points - 1));
    }
    return g;
  }

  /** Sweeps every config of the race over {@code etas}; reports progress in [0, 1]. */
  public static List<LearningRateSweep> sweep(Objective objective, List<OptimizerConfig> configs,
      RunSettings settings, LearningRateSchedule schedule, double[] etas, BooleanSupplier cancelled,
      DoubleConsumer progress) {
    List<LearningRateSweep> out = new ArrayList<>();
    int done = 0;
    for (OptimizerConfig config : configs) {
      double[] values = new double[etas.length];
      int best = -1;
      for (int i = 0; i < etas.length; i++) {
        if (cancelled.getAsBoolean()) {
          throw new CancellationException();
        }
        Trajectory t = Runner.run(objective, config.withLearningRate(etas[i]), settings, schedule);
        boolean bad = t.outcome() instanceof Outcome.Diverging || t.outcome() instanceof Outcome.Undefined;
        values[i] = bad || !Double.isFinite(t.finalValue()) ? Double.POSITIVE_INFINITY : t.finalValue();
        if (values[i] < Double.POSITIVE_INFINITY && (best < 0 || values[i] < values[best])) {
          best = i;
        }
        progress.accept(++done / (double) (etas.length * configs.size()));
      }
      out.add(new LearningRateSweep(config.kind(), etas.clone(), values, best));
    }
    return List.copyOf(out);
  }

  /** The best η, or NaN when every η diverged. */
  public double bestEta() {
    return best < 0 ? Double.NaN : etas[best];
  }

  public double bestValue() {
    return best < 0 ? Double.POSITIVE_INFINITY : finalValues[best];
  }
}
