package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The usual answer to "how do I choose λ": try many and keep the best. Grid search tries a log
 * grid, random search log-uniform samples (Bergstra and Bengio 2012); each trial is an accurate
 * inner solve (the shared L-BFGS, {@link ExactInner#accurate}), warm-started from the previous
 * trial's weights as practitioners do, and is charged every pass over the training rows it made.
 */
public final class SearchBaselines {

  /**
   * One trial: λ, its C(λ), the training loss there (from the solver's last value), and the work and time spent up to and including it; {@code capped}
   * counts the solves so far that stopped at L-BFGS's iteration cap short of the tolerance.
   */
  public record Trial(double lambda, double value, double trainLoss, long cumulativeInnerIterations,
      Work work, int capped, long elapsedNanos) {}

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
    CountingProblem counted = new CountingProblem(problem);
    double[] w = new double[problem.dimension()];
    long iterations = 0;
    int capped = 0;
    long start = System.nanoTime();
    for (double lambda : lambdas) {
      InnerSolution s = ExactInner.accurate(counted, lambda, w);
      w = s.w();
      iterations += s.iterations();
      if (!s.reachedTolerance()) {
        capped++;
      }
      trials.add(new Trial(lambda, outer.value(problem, w), s.trainLoss(), iterations, counted.work(), capped,
          System.nanoTime() - start));
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
