package org.gradientlab.hyper;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * C(λ) on a dense log grid, each point an exact inner solve warm-started from its neighbour: the
 * curve the outer iterates are drawn on, and the referee of "within 1 % of the best".
 */
public record ValidationCurve(double[] logLambdas, double[] values) {

  /** The progress of a computation nobody shows (headless runs, a comparison's reference curve). */
  public static final DoubleConsumer UNWATCHED = ValidationCurve::unwatched;

  private static void unwatched(double fraction) {
    // the fraction done goes nowhere: no progress bar waits for it
  }

  public static ValidationCurve compute(InnerProblem problem, OuterObjective outer, double logMin,
      double logMax, int points, DoubleConsumer progress, BooleanSupplier cancelled) {
    return computeAll(problem, new OuterObjective[] {outer}, logMin, logMax, points, progress,
        cancelled)[0];
  }

  /** One curve per objective in {@code outers}, all from the same inner solves. */
  public static ValidationCurve[] computeAll(InnerProblem problem, OuterObjective[] outers,
      double logMin, double logMax, int points, DoubleConsumer progress, BooleanSupplier cancelled) {
    double[] logs = new double[points];
    double[][] values = new double[outers.length][points];
    double[] w = new double[problem.dimension()];
    // From large λ down: solutions change smoothly, and the well-conditioned end comes first.
    for (int i = points - 1; i >= 0; i--) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException();
      }
      logs[i] = logMin + (logMax - logMin) * i / (points - 1);
      w = ExactInner.solve(problem, Math.exp(logs[i]), w).w();
      for (int o = 0; o < outers.length; o++) {
        values[o][i] = outers[o].value(problem, w);
      }
      progress.accept((points - i) / (double) points);
    }
    ValidationCurve[] curves = new ValidationCurve[outers.length];
    for (int o = 0; o < outers.length; o++) {
      curves[o] = new ValidationCurve(logs.clone(), values[o]);
    }
    return curves;
  }

  /** Index of the smallest value. */
  public int argmin() {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return best;
  }

  public double minimum() {
    return values[argmin()];
  }
}
