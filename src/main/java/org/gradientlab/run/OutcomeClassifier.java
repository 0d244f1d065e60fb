package org.gradientlab.run;

/**
 * Reads how a finished run ended from the shape of its last steps (the divergence checks happen
 * while it runs). Deterministic, so the label a student sees is a function of the numbers alone.
 */
final class OutcomeClassifier {

  /** Step lengths within this relative change per step count as steady: η = 1 on x² gives exactly 1. */
  static final double STEADY_GROWTH = 1e-6;
  /** A window whose net displacement is below this fraction of its path length is going back and forth. */
  static final double CYCLING_RATIO = 0.2;
  /** For stochastic runs: fraction of consecutive steps that must reverse to call it oscillation. */
  static final double STOCHASTIC_FLIP_FRACTION = 0.9;
  static final double STOCHASTIC_STEADY_GROWTH = 1e-3;
  /** Steps looked at at the end of a run. */
  static final int WINDOW = 64;

  private OutcomeClassifier() {}

  static Outcome classify(
      double[] thetas,
      double[] gradientNorms,
      int length,
      int dimension,
      Tolerances tolerances,
      boolean stochastic) {
    int last = length - 1;
    if (!stochastic) {
      int convergedAt = convergedFrom(gradientNorms, length, tolerances.gradient());
      if (convergedAt >= 0
          && (last == 0 || stepLength(thetas, dimension, last - 1) <= tolerances.step())) {
        return new Outcome.Converged(convergedAt);
      }
    }
    int window = Math.min(WINDOW, last / 2 * 2);
    if (window < 4) {
      return new Outcome.Running();
    }
    int first = last - window; // steps first … last−1 (step j goes θⱼ → θⱼ₊₁)
    double pathLength = 0;
    double earlyHalf = 0;
    double lateHalf = 0;
    int flips = 0;
    for (int j = first; j < last; j++) {
      double len = stepLength(thetas, dimension, j);
      pathLength += len;
      if (j < first + window / 2) {
        earlyHalf += len;
      } else {
        lateHalf += len;
      }
      if (j > first && stepDot(thetas, dimension, j - 1, j) < 0) {
        flips++;
      }
    }
    if (pathLength == 0) {
      return new Outcome.Running();
    }
    double growth = earlyHalf == 0 ? Double.POSITIVE_INFINITY : Math.pow(lateHalf / earlyHalf, 2.0 / window);
    if (stochastic) {
      boolean alternating = flips >= STOCHASTIC_FLIP_FRACTION * (window - 1);
      return alternating && growth >= 1 - STOCHASTIC_STEADY_GROWTH
          ? new Outcome.Oscillating(growth)
          : new Outcome.Running();
    }
    double net = distance(thetas, dimension, first, last);
    boolean cycling = net <= CYCLING_RATIO * pathLength;
    if (cycling && growth >= 1 - STEADY_GROWTH) {
      return new Outcome.Oscillating(growth);
    }
    return new Outcome.Running();
  }

  /** The first k with ‖∇f(θⱼ)‖ ≤ tol for every j ≥ k, or −1. */
  private static int convergedFrom(double[] gradientNorms, int length, double tol) {
    int k = length;
    while (k > 0 && gradientNorms[k - 1] <= tol) {
      k--;
    }
    return k == length ? -1 : k;
  }

  private static double stepLength(double[] t, int n, int j) {
    return distance(t, n, j, j + 1);
  }

  private static double distance(double[] t, int n, int a, int b) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double d = t[b * n + i] - t[a * n + i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /** (θ_{a+1} − θ_a) · (θ_{b+1} − θ_b). */
  private static double stepDot(double[] t, int n, int a, int b) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (t[(a + 1) * n + i] - t[a * n + i]) * (t[(b + 1) * n + i] - t[b * n + i]);
    }
    return s;
  }
}
