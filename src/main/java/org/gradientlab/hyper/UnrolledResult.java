package org.gradientlab.hyper;

/**
 * C_T(λ, η) = F(w_T) after T training steps, and its derivatives in λ and η. {@code diverged} when
 * training produced a non-finite number (then the values are NaN).
 */
public record UnrolledResult(double value, double dLambda, double dEta, double[] finalWeights,
    boolean diverged) {

  public UnrolledResult {
    finalWeights = finalWeights.clone();
  }

  @Override
  public double[] finalWeights() {
    return finalWeights.clone();
  }

  static UnrolledResult divergedAt(int p) {
    double[] nan = new double[p];
    java.util.Arrays.fill(nan, Double.NaN);
    return new UnrolledResult(Double.NaN, Double.NaN, Double.NaN, nan, true);
  }
}
