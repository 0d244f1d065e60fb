package org.gradientlab.hyper;

/**
 * Weights found by the inner solver, with what it took: iterations (the unit of "inner work"
 * every method is charged in) and gradient evaluations, and the final ‖∇h‖.
 */
public record InnerSolution(double[] w, int iterations, int gradientEvaluations, double gradientNorm) {

  public InnerSolution {
    w = w.clone();
  }

  @Override
  public double[] w() {
    return w.clone();
  }
}
