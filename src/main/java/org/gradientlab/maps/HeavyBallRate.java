package org.gradientlab.maps;

/**
 * The convergence rate of heavy-ball momentum on a quadratic, in the lab's form (PyTorch's):
 * v ← αv + ∇f(θ), θ ← θ − ηv.
 *
 * <p>Along an eigenvector of the Hessian with eigenvalue h the error e = θ − θ* and the velocity
 * evolve linearly: e' = e − η(αv + he), v' = αv + he, so (e, v)' = M (e, v) with
 * <pre>  M = [[1 − ηh, −ηα], [h, α]],   tr M = 1 + α − ηh,   det M = α,</pre>
 * and the characteristic polynomial z² − (1 + α − ηh)z + α. Its roots are complex, of modulus √α,
 * while (1 − √α)² &lt; ηh &lt; (1 + √α)²; outside that band they are real and the larger one grows
 * away from √α. So the spectral radius ρ(h) falls, stays at √α, then rises as h grows: over all
 * eigenvalues in [μ, L] it is largest at μ or at L, and the worst over the Hessian is
 * max(ρ(μ), ρ(L)).
 *
 * <p>Since θ' − θ = −ηv' = α(θ − θ₋) − η∇f(θ), this is Polyak's heavy ball with step η and
 * momentum α, and his optimum carries over unchanged (Polyak 1964; Goh, "Why Momentum Really
 * Works", Distill 2017): ρ ≥ √α always, with equality only when every ηh lies in the complex band;
 * the smallest α for which one η puts both μ and L in it solves (1 − √α)²/μ = (1 + √α)²/L, i.e.
 * <pre>  √α* = (√κ − 1)/(√κ + 1),   η* = (1 + √α*)²/L = (1 − √α*)²/μ = 4/(√L + √μ)²,   ρ* = √α*.</pre>
 *
 * <p>Regions in the (η, α) plane (see {@link Regime}): the L-mode reaches −1 at
 * η = 2(1 + α)/L, the edge past which it diverges. The slowest mode is real and positive (the run
 * is monotone) for η ≤ 2(1 + α)/(L + μ) when α ≤ α* — there the μ-mode is real positive and the
 * L-mode real negative, and the larger of two real roots is set by |tr M|, equal for both at that
 * η — and for η ≤ (1 − √α)²/μ when α ≥ α*, where the μ-mode turns complex first. The two pieces
 * meet at the optimum: it is the corner of the monotone region.
 */
public final class HeavyBallRate {

  private HeavyBallRate() {}

  /** The iteration matrix M for curvature h, row-major: {1 − ηh, −ηα, h, α}. */
  public static double[] iterationMatrix(double eta, double alpha, double h) {
    return new double[] {1 - eta * h, -eta * alpha, h, alpha};
  }

  /** ρ and regime along one eigenvalue h of the Hessian. */
  public static RatePoint along(double eta, double alpha, double h) {
    double b = 1 + alpha - eta * h;
    double disc = b * b - 4 * alpha;
    if (disc < 0) {
      // Complex pair: |z|² = z·z̄ = det M = α.
      double rho = Math.sqrt(alpha);
      return new RatePoint(rho, rho >= 1 ? Regime.DIVERGING : Regime.OSCILLATING);
    }
    // Real roots (b ± √disc)/2; the one of largest modulus takes the sign of b.
    double root = b >= 0 ? (b + Math.sqrt(disc)) / 2 : (b - Math.sqrt(disc)) / 2;
    double rho = Math.abs(root);
    Regime regime = rho >= 1 ? Regime.DIVERGING : root >= 0 ? Regime.MONOTONE : Regime.OSCILLATING;
    return new RatePoint(rho, regime);
  }

  /** The worst over the eigenvalues μ ≤ L of the Hessian: the mode that decides the late run. */
  public static RatePoint worst(double eta, double alpha, double mu, double largest) {
    return Rates.worse(along(eta, alpha, mu), along(eta, alpha, largest));
  }

  /** 2(1 + α)/L: from here on the L-mode has a root at or below −1. */
  public static double divergenceEdge(double alpha, double largest) {
    return 2 * (1 + alpha) / largest;
  }

  /**
   * The largest η at which the run is still monotone for this α: 2(1 + α)/(L + μ) up to α*,
   * (1 − √α)²/μ from there on.
   */
  public static double monotoneEdge(double alpha, double mu, double largest) {
    Optimum best = optimum(mu, largest);
    return alpha <= best.alpha()
        ? 2 * (1 + alpha) / (largest + mu)
        : (1 - Math.sqrt(alpha)) * (1 - Math.sqrt(alpha)) / mu;
  }

  /** Polyak's optimum for curvatures μ ≤ L (μ &gt; 0). */
  public static Optimum optimum(double mu, double largest) {
    double q = Math.sqrt(largest / mu);
    double s = (q - 1) / (q + 1);
    return new Optimum(s * s, (1 + s) * (1 + s) / largest, s);
  }

  /** The fastest (η, α) and its rate. */
  public record Optimum(double alpha, double eta, double rate) {}
}
