package org.gradientlab.maps;

/**
 * The convergence rate at one point of a rate map and how the error gets there.
 *
 * @param rate the spectral radius ρ of the iteration: the error shrinks by ×ρ per step in the long
 *     run (ρ ≥ 1: it does not shrink)
 * @param regime how the slowest mode behaves
 */
public record RatePoint(double rate, Regime regime) {

  /**
   * Steps for the error to shrink tenfold at this rate, −1/log₁₀ ρ: 0 when ρ = 0 (exact in one
   * step), +∞ when ρ ≥ 1.
   */
  public double stepsPerDigit() {
    return stepsPerDigit(rate);
  }

  /** −1/log₁₀ ρ for ρ ∈ [0, 1); +∞ from 1 on; 0 for ρ = 0. */
  public static double stepsPerDigit(double rate) {
    if (!(rate < 1)) {
      return Double.POSITIVE_INFINITY;
    }
    return rate <= 0 ? 0 : -1 / Math.log10(rate);
  }
}
