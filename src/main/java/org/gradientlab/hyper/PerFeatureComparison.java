package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Many hyperparameters on the diabetes data: ridge with one λ per feature, hypergradient descent on
 * the vector log λ from every λⱼ = λ₀ against random search and Bayesian optimisation with the
 * same budget of evaluations (their runs for the first seed, and the medians of their best C over
 * {@link #SEEDS} seeds from it), beside the best single λ of the dense curve C(λ). What the
 * workspace's many-λ tab shows and the lesson checks judge.
 */
public final class PerFeatureComparison {

  /** Seeds of random search and BO whose median the comparison reports. */
  public static final int SEEDS = 5;
  /** BO's initial design in 10-D. */
  public static final int DESIGN = 5;
  /** Points of the dense curve of the single λ. */
  public static final int CURVE_POINTS = 160;

  /** The three runs, the medians over seeds, and the best single λ (C and its log λ). */
  public record Result(int budget, long seed, PerFeatureRidge.Run descent, PerFeatureRidge.Run random,
      PerFeatureRidge.Run bayesian, double randomMedian, double bayesianMedian, double singleBest,
      double singleBestLogLambda, double logMin, double logMax) {}

  private PerFeatureComparison() {}

  /** The per-feature ridge of the diabetes problem over its range of log λ. */
  public static PerFeatureRidge ridge() {
    HyperProblem diabetes = HyperProblems.diabetes();
    return new PerFeatureRidge((RidgeProblem) diabetes.inner(), diabetes.logMin(), diabetes.logMax());
  }

  public static Result compare(int budget, long seed, BooleanSupplier stale) {
    HyperProblem diabetes = HyperProblems.diabetes();
    RidgeProblem ridge = (RidgeProblem) diabetes.inner();
    PerFeatureRidge pf = new PerFeatureRidge(ridge, diabetes.logMin(), diabetes.logMax());
    ValidationCurve single = ValidationCurve.compute(ridge, OuterObjective.VALIDATION, diabetes.logMin(),
        diabetes.logMax(), CURVE_POINTS, ValidationCurve.UNWATCHED, stale);
    // The same start as the scalar outer loop: every λⱼ = λ₀.
    double[] start = new double[pf.dimension()];
    Arrays.fill(start, diabetes.logLambda0());
    PerFeatureRidge.Run descent = pf.descend(start, budget);
    List<Double> randoms = new ArrayList<>();
    List<Double> bayes = new ArrayList<>();
    PerFeatureRidge.Run random = null;
    PerFeatureRidge.Run bo = null;
    for (long s = seed; s < seed + SEEDS; s++) {
      if (stale.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException();
      }
      PerFeatureRidge.Run rs = pf.random(budget, s);
      PerFeatureRidge.Run bs = pf.bayesian(budget, DESIGN, s);
      if (s == seed) {
        random = rs;
        bo = bs;
      }
      randoms.add(rs.best().value());
      bayes.add(bs.best().value());
    }
    return new Result(budget, seed, descent, random, bo, median(randoms), median(bayes), single.minimum(),
        single.logLambdas()[single.argmin()], diabetes.logMin(), diabetes.logMax());
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}
