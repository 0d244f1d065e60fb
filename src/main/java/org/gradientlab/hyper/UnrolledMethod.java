package org.gradientlab.hyper;

/** The training loop that unrolled differentiation differentiates through. */
public enum UnrolledMethod {
  GD("gradient descent"),
  MOMENTUM("momentum");

  private final String label;

  UnrolledMethod(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
