package org.gradientlab.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gradientlab.objective.Objective;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.HyperparameterValues;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;

/**
 * Measured outcome maps: every optimizer of a race run from the same start for N steps at every
 * cell of one (η, hyperparameter) plane, with the race's other settings, and how each run ended
 * (converged in k, oscillating, diverging, not converged: {@link Outcome}). Every optimizer shares
 * the plane, as linked controls share a key: an optimizer that does not take the hyperparameter
 * gets one row of runs, repeated, which is what the plane means for it.
 */
public final class OutcomeMaps {

  /** Cells along each axis. */
  public static final int RESOLUTION = 40;

  /**
   * What to measure.
   *
   * @param objective the landscape as run (λ included)
   * @param kinds the optimizers, one map each
   * @param settings each optimizer's hyperparameters besides the two on the axes
   * @param run start, budget N, seed and tolerances of every run
   * @param schedule how η changes over a run (each cell's η is the schedule's base)
   * @param eta the η axis
   * @param y the other axis (its key a hyperparameter); null for strips over η
   */
  public record Request(Objective objective, List<OptimizerKind> kinds, OptimizerSettings settings,
      RunSettings run, LearningRateSchedule schedule, Axis eta, Axis y) {

    public Request {
      kinds = List.copyOf(kinds);
    }

    /** With a constant η. */
    public Request(Objective objective, List<OptimizerKind> kinds, OptimizerSettings settings,
        RunSettings run, Axis eta, Axis y) {
      this(objective, kinds, settings, run, LearningRateSchedule.CONSTANT, eta, y);
    }
  }

  private OutcomeMaps() {}

  /** η over the η slider's span (1e-4 … 10, log), as the controls offer it. */
  public static Axis etaAxis(int cells) {
    return axis(Hyperparameter.LEARNING_RATE, cells);
  }

  /** {@code h} over its slider's span and scale, from the optimizer catalog. */
  public static Axis axis(Hyperparameter h, int cells) {
    return new Axis(h.key(), h.label(), h.sliderMin(), h.sliderMax(),
        h.scale() == Hyperparameter.Scale.LOG, cells);
  }

  /** How many runs {@code r} takes: a full plane for each optimizer taking y's key, a row otherwise. */
  public static long runs(Request r) {
    long total = 0;
    for (OptimizerKind k : r.kinds()) {
      total += (long) r.eta().cells() * (varies(k, r.y()) ? r.y().cells() : 1);
    }
    return total;
  }

  /**
   * Runs every cell; {@code progress} hears the fraction of runs done (at most ~100 times),
   * and the work gives up with null once {@code stale} says so.
   */
  public static List<OutcomeMap> compute(Request r, DoubleConsumer progress, BooleanSupplier stale) {
    long total = Math.max(1, runs(r));
    long every = Math.max(1, total / 100);
    long done = 0;
    List<OutcomeMap> maps = new ArrayList<>();
    for (OptimizerKind kind : r.kinds()) {
      boolean varies = varies(kind, r.y());
      int w = r.eta().cells();
      int rows = r.y() == null ? 1 : r.y().cells();
      int computedRows = varies ? rows : 1;
      Outcome[] outcomes = new Outcome[w * rows];
      HyperparameterValues base = r.settings().config(kind).values();
      for (int j = 0; j < computedRows; j++) {
        HyperparameterValues row = varies ? base.with(r.y().key(), value(kind.hyperparameter(r.y().key()),
            r.y().value(j))) : base;
        for (int i = 0; i < w; i++) {
          if (stale.getAsBoolean()) {
            return null;
          }
          OptimizerConfig config = kind.configure(row.with("eta", r.eta().value(i)));
          outcomes[j * w + i] = Runner.run(r.objective(), config, r.run(), r.schedule()).outcome();
          if (++done % every == 0) {
            progress.accept((double) done / total);
          }
        }
      }
      for (int j = computedRows; j < rows; j++) {
        System.arraycopy(outcomes, 0, outcomes, j * w, w);
      }
      maps.add(new OutcomeMap(kind, r.eta(), r.y(), varies, outcomes, r.run().steps()));
    }
    progress.accept(1);
    return List.copyOf(maps);
  }

  /** Whether {@code kind}'s runs change along {@code y}. */
  public static boolean varies(OptimizerKind kind, Axis y) {
    return y != null && kind.has(y.key());
  }

  /** A cell's value as the hyperparameter takes it: whole numbers for integer ones. */
  public static double value(Hyperparameter h, double v) {
    return h.integer() ? Math.max(h.valid().low(), Math.round(v)) : v;
  }
}
