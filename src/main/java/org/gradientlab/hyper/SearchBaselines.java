package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The usual answer to "how do I choose λ": try many and keep the best. Grid search tries a log
 * grid, random search log-uniform samples (Bergstra and Bengio 2012); each trial is an accurate inner
 * solve (the shared L-BFGS, {@link ExactInner#accurate}), warm-started from the previous trial's weights as practitioners do, and is charged its
 * inner iterations.
 */
public final class SearchBaselines {

  /** One trial: λ, its C(λ), and the inner work and time spent up to and including it. */
  public record Trial(double lambda, double value, long cumulativeInnerIterations, long elapsedNanos) {}

  private SearchBaselines() {}

  public static List<Trial> grid(InnerProblem problem, OuterObjective outer, double logMin,
      double logMax, int points) {
    double[] lambdas = new double[points];
    for (int i = 0; i < points; i++) {
      lambdas[i] = Math.exp(points == 1 ? logMin : logMin + (logMax - logMin) * i / (points - 1));
    }
    return evaluate(problem, outer, lambdas);
  }

  public static List<Trial> random(InnerProblem problem, OuterObjective outer, double logMin,
      double logMax, int samples, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] lambdas = new double[samples];
    for (int i = 0; i < samples; i++) {
      lambdas[i] = Math.exp(logMin + (logMax - logMin) * r.nextDouble());
    }
    return evaluate(problem, outer, lambdas);
  }

  private static List<Trial> evaluate(InnerProblem problem, OuterObjective outer, double[] lambdas) {
    List<Trial> trials = new ArrayList<>();
    double[] w = new double[problem.dimension()];
    long work = 0;
    long start = System.nanoTime();
    for (double lambda : lambdas) {
      InnerSolution s = ExactInner.accurate(problem, lambda, w);
      w = s.w();
      work += s.iterations();
      trials.add(new Trial(lambda, outer.value(problem, w), work, System.nanoTime() - start));
    }
    return List.copyOf(trials);
  }

  /** The trial with the smallest C. */
  public static Trial best(List<Trial> trials) {
    Trial best = trials.get(0);
    for (Trial t : trials) {
      if (t.value() < best.value()) {
        best = t;
      }
    }
    return best;
  }
}
