package org.gradientlab.hyper;

/**
 * How HOAG tightens its tolerance ε_k from one outer iteration to the next (Pedregosa 2016, §4:
 * quadratic, cubic and exponential decrease; summable, which the convergence proof needs).
 */
public enum ToleranceSchedule {
  QUADRATIC("quadratic  ε₀/k²"),
  CUBIC("cubic  ε₀/k³"),
  EXPONENTIAL("exponential  ε₀·0.9ᵏ⁻¹");

  /** The floor below which no tolerance goes (as in the reference implementation). */
  public static final double FLOOR = 1e-12;

  private final String label;

  ToleranceSchedule(String label) {
    this.label = label;
  }

  /** ε_k for outer iteration k ≥ 1. */
  public double epsilon(double epsilon0, int k) {
    double e = switch (this) {
      case QUADRATIC -> epsilon0 / ((double) k * k);
      case CUBIC -> epsilon0 / ((double) k * k * k);
      case EXPONENTIAL -> epsilon0 * Math.pow(0.9, k - 1);
    };
    return Math.max(e, FLOOR);
  }

  @Override
  public String toString() {
    return label;
  }
}
