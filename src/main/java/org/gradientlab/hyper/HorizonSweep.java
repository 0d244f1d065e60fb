package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How the unrolled hypergradients depend on the horizon T. After T steps of training
 * w_T(λ, η) → w*(λ) as T grows (below the stability edge), so
 * <ul>
 *   <li>dC_T/d log λ settles on the implicit hypergradient −λ (m⊙w*)·q, and
 *   <li>dC_T/dη fades to 0: at convergence the weights no longer remember the step size that led
 *       there. η has a hypergradient only through an unfinished trajectory, which is why a short
 *       horizon biases it (greedy: a larger η trains further in T steps) — Wu et al. 2018,
 *       "Understanding short-horizon bias in stochastic meta-optimization".
 * </ul>
 * The same holds for the values: C_T(λ, η) is not C(λ) (stopping early regularises, too), but
 * their minima over λ meet as T grows ({@link #meeting}).
 */
public final class HorizonSweep {

  /** C_T and its derivatives after T steps; NaN once training diverged. */
  public record Point(int steps, double value, double dLogLambda, double dEta) {}

  /** The sweep over T, and the T → ∞ limits: C(λ) and the implicit dC/d log λ at w*(λ). */
  public record Sweep(double logLambda, double eta, UnrolledMethod method, List<Point> points,
      double implicitValue, double implicitDLogLambda) {}

  /**
   * Where C_T(·, η) is smallest over the log-λ grid after T steps, against C(λ)'s minimum on the
   * same grid.
   */
  public record Meeting(double eta, double[] logLambdas, List<Best> best, double optimumLogLambda,
      double optimumValue) {}

  /**
   * The best log λ of C_T(·, η) on the grid after T steps, and C_T there; NaN for both when C_T is
   * the same for every λ of the grid (after one step from w = 0, λ has not acted yet).
   */
  public record Best(int steps, double logLambda, double value) {}

  /** C_T varying over the λ grid by less than this, relative, has no best λ. */
  public static final double FLAT = 1e-12;

  private HorizonSweep() {}

  /**
   * About {@code count} step counts from 1 to {@code max}, evenly spread in log T, whole and
   * distinct, always with 1 and {@code max}.
   */
  public static int[] logSteps(int max, int count) {
    List<Integer> ts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int t = (int) Math.round(Math.exp(Math.log(max) * i / Math.max(1, count - 1)));
      t = Math.max(1, Math.min(max, t));
      if (ts.isEmpty() || ts.get(ts.size() - 1) < t) {
        ts.add(t);
      }
    }
    if (ts.get(ts.size() - 1) != max) {
      ts.add(max);
    }
    return ts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** dC_T/d log λ and dC_T/dη for T = 1 … maxSteps (log-spaced), by one forward-mode pass. */
  public static Sweep sweep(InnerProblem problem, OuterObjective outer, double logLambda, double eta,
      UnrolledMethod method, double alpha, int maxSteps, int count, BooleanSupplier cancelled) {
    int[] ts = logSteps(maxSteps, count);
    double lambda = Math.exp(logLambda);
    Unrolled.Loop loop = new Unrolled.Loop(method, maxSteps, alpha, new double[problem.dimension()]);
    UnrolledResult[] rs = Unrolled.forwardAlong(problem, outer, lambda, eta, loop, ts, cancelled);
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < ts.length; i++) {
      points.add(new Point(ts[i], rs[i].value(), lambda * rs[i].dLambda(), rs[i].dEta()));
    }
    UnrolledMeters.Meter limit = UnrolledMeters.implicit(problem, outer, lambda);
    return new Sweep(logLambda, eta, method, List.copyOf(points), limit.value(), limit.dLogLambda());
  }

  /**
   * For each T of {@code steps}: the log λ on an even grid of {@code points} over [logMin, logMax]
   * where C_T(·, η) is smallest; and C(λ)'s minimum on the same grid (exact solves). One training
   * run of max(steps) steps per grid point, read off at every T.
   */
  public static Meeting meeting(InnerProblem problem, OuterObjective outer, double eta,
      UnrolledMethod method, double alpha, double logMin, double logMax, int points, int[] steps,
      DoubleConsumer progress, BooleanSupplier cancelled) {
    int max = steps[steps.length - 1];
    double[] logs = new double[points];
    double[][] values = new double[points][];
    Unrolled.Loop loop = new Unrolled.Loop(method, max, alpha, new double[problem.dimension()]);
    double bestExact = Double.POSITIVE_INFINITY;
    double bestExactLog = Double.NaN;
    double[] w = new double[problem.dimension()];
    for (int i = points - 1; i >= 0; i--) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException();
      }
      logs[i] = logMin + (logMax - logMin) * i / Math.max(1, points - 1);
      UnrolledResult[] rs = Unrolled.forwardAlong(problem, outer, Math.exp(logs[i]), eta, loop, steps,
          cancelled);
      values[i] = new double[steps.length];
      for (int j = 0; j < steps.length; j++) {
        values[i][j] = rs[j].value();
      }
      // C(λ) from large λ down, each exact solve warm-started from its neighbour.
      w = ExactInner.solve(problem, Math.exp(logs[i]), w).w();
      double c = outer.value(problem, w);
      if (c < bestExact) {
        bestExact = c;
        bestExactLog = logs[i];
      }
      progress.accept((points - i) / (double) points);
    }
    List<Best> best = new ArrayList<>();
    for (int j = 0; j < steps.length; j++) {
      int arg = -1;
      double worst = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < points; i++) {
        if (Double.isFinite(values[i][j])) {
          worst = Math.max(worst, values[i][j]);
          if (arg < 0 || values[i][j] < values[arg][j]) {
            arg = i;
          }
        }
      }
      boolean flat = arg >= 0 && worst - values[arg][j] <= FLAT * Math.abs(values[arg][j]);
      best.add(arg < 0 || flat ? new Best(steps[j], Double.NaN, Double.NaN)
          : new Best(steps[j], logs[arg], values[arg][j]));
    }
    return new Meeting(eta, logs, List.copyOf(best), bestExactLog, bestExact);
  }
}
