package org.gradientlab.maps;

/**
 * The convergence rate of gradient descent θ ← θ − η∇f(θ) on a quadratic: along an eigenvector
 * with eigenvalue h one step multiplies the error by (1 − ηh), so the rate is max |1 − ηh| over
 * the eigenvalues, which on [μ, L] is attained at μ or L. The run is monotone while the slowest
 * factor is 1 − ημ ≥ |1 − ηL|, i.e. η ≤ 2/(L + μ); past that the L-mode flips sign and decides
 * (oscillating) until it reaches −1 at η = 2/L (diverging). The best step is where the two factors
 * are equal, η* = 2/(L + μ), with rate (κ − 1)/(κ + 1) (κ = L/μ): the optimum lies on the boundary
 * between monotone and oscillating. It is heavy ball with α = 0.
 */
public final class GradientDescentRate {

  private GradientDescentRate() {}

  /** ρ and regime along one eigenvalue h. */
  public static RatePoint along(double eta, double h) {
    double factor = 1 - eta * h;
    double rho = Math.abs(factor);
    return new RatePoint(rho,
        rho >= 1 ? Regime.DIVERGING : factor >= 0 ? Regime.MONOTONE : Regime.OSCILLATING);
  }

  /** The worst over the eigenvalues μ ≤ L. */
  public static RatePoint worst(double eta, double mu, double largest) {
    return Rates.worse(along(eta, mu), along(eta, largest));
  }

  /** For a quadratic with largest curvature L and condition number κ (so μ = L/κ). */
  public static RatePoint atConditionNumber(double eta, double kappa, double largest) {
    return worst(eta, largest / kappa, largest);
  }

  /** 2/L. */
  public static double divergenceEdge(double largest) {
    return 2 / largest;
  }

  /** η* = 2/(L + μ): the fastest step, and the last monotone one. */
  public static double optimalStep(double mu, double largest) {
    return 2 / (largest + mu);
  }

  /** (κ − 1)/(κ + 1): the rate at η*. */
  public static double optimalRate(double kappa) {
    return (kappa - 1) / (kappa + 1);
  }
}
