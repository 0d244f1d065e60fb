package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gradientlab.hyper.ExactInner;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.SearchBaselines;
import org.gradientlab.hyper.ValidationCurve;

/**
 * Cost of choosing λ, per method, on every shipped bilevel problem: the work (inner L-BFGS
 * iterations, CG iterations) and wall time until C(λ_k) is within 1% of the dense-grid minimum C*,
 * for HOAG, exact hypergradient descent, grid search and random search. The referee evaluations of
 * C(λ_k) are not timed. Timings are medians over repeats.
 *
 * <p>{@code mvn -q test-compile exec:exec@hyper}
 */
public final class HyperBench {

  private static final int REPEATS = 7;
  private static final int MAX_OUTER = 200;
  private static final double WITHIN = 1.01;

  private HyperBench() {}

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    for (HyperProblem p : HyperProblems.all()) {
      long t0 = System.nanoTime();
      ValidationCurve curve = ValidationCurve.compute(p.inner(), OuterObjective.VALIDATION,
          p.logMin(), p.logMax(), 200, f -> { }, () -> false);
      double curveMs = (System.nanoTime() - t0) / 1e6;
      double best = curve.minimum();
      System.out.printf("%n== %s: C* = %.6g at log λ = %.3f (dense 200-point curve, %.0f ms)%n",
          p.label(), best, curve.logLambdas()[curve.argmin()], curveMs);
      System.out.printf("%-28s %8s %8s %8s %10s %9s%n", "method", "outer", "inner", "CG",
          "time ms", "C/C*");
      for (OuterLoop.Mode mode : OuterLoop.Mode.values()) {
        descent(p, mode, best);
      }
      grid(p, 10, best);
      grid(p, 30, best);
      random(p, best);
    }
  }

  private static void descent(HyperProblem p, OuterLoop.Mode mode, double best) {
    OuterLoop.Settings hoag = OuterLoop.Settings.hoag(p);
    OuterLoop.Settings settings = new OuterLoop.Settings(mode, hoag.schedule(), hoag.epsilon0(),
        hoag.logLambda0(), hoag.logMin(), hoag.logMax(), OuterObjective.VALIDATION, false);
    double[] times = new double[REPEATS];
    OuterLoop.Iterate reached = null;
    double ratio = Double.NaN;
    for (int r = 0; r < REPEATS; r++) {
      OuterLoop loop = new OuterLoop(p.inner(), settings);
      long elapsed = 0;
      reached = null;
      for (int k = 0; k < MAX_OUTER && reached == null; k++) {
        long t = System.nanoTime();
        loop.iterate();
        elapsed += System.nanoTime() - t;
        OuterLoop.Iterate last = loop.history().get(loop.history().size() - 1);
        // The referee: C at the λ this iterate produced, solved to full accuracy, untimed.
        double c = ExactInner.outerValue(p.inner(), OuterObjective.VALIDATION, loop.lambda());
        if (c <= WITHIN * best) {
          reached = last;
          ratio = c / best;
        }
      }
      times[r] = elapsed / 1e6;
    }
    if (reached == null) {
      System.out.printf("%-28s did not reach 1%% in %d outer iterations%n", mode.name(), MAX_OUTER);
      return;
    }
    System.out.printf("%-28s %8d %8d %8d %10.1f %9.4f%n", mode.name() + " descent",
        reached.iteration(), reached.innerIterations(), reached.cgIterations(), median(times), ratio);
  }

  private static void grid(HyperProblem p, int points, double best) {
    double[] times = new double[REPEATS];
    List<SearchBaselines.Trial> trials = null;
    for (int r = 0; r < REPEATS; r++) {
      trials = SearchBaselines.grid(p.inner(), OuterObjective.VALIDATION, p.logMin(), p.logMax(),
          points);
      times[r] = trials.get(trials.size() - 1).elapsedNanos() / 1e6;
    }
    SearchBaselines.Trial winner = SearchBaselines.best(trials);
    System.out.printf("%-28s %8d %8d %8s %10.1f %9.4f%n", "grid search, " + points + " points",
        points, trials.get(trials.size() - 1).cumulativeInnerIterations(), "-", median(times),
        winner.value() / best);
  }

  /** Random search run until a trial is within 1%; the median over 21 seeds. */
  private static void random(HyperProblem p, double best) {
    List<Double> trialsNeeded = new ArrayList<>();
    List<Double> work = new ArrayList<>();
    List<Double> times = new ArrayList<>();
    int failures = 0;
    for (long seed = 1; seed <= 21; seed++) {
      List<SearchBaselines.Trial> trials = SearchBaselines.random(p.inner(),
          OuterObjective.VALIDATION, p.logMin(), p.logMax(), 100, seed);
      int hit = -1;
      for (int i = 0; i < trials.size() && hit < 0; i++) {
        if (trials.get(i).value() <= WITHIN * best) {
          hit = i;
        }
      }
      if (hit < 0) {
        failures++;
        continue;
      }
      trialsNeeded.add(hit + 1.0);
      work.add((double) trials.get(hit).cumulativeInnerIterations());
      times.add(trials.get(hit).elapsedNanos() / 1e6);
    }
    System.out.printf("%-28s %8.0f %8.0f %8s %10.1f %9s   (median of 21 seeds; %d never within 1%% in 100)%n",
        "random search to 1%", median(trialsNeeded), median(work), "-", median(times), "<=1.01",
        failures);
  }

  private static double median(List<Double> values) {
    return median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
