package org.gradientlab.hyper;

/**
 * Weights found by the inner solver, with what it took: iterations (L-BFGS iterations or Newton
 * steps) and gradient evaluations; h(w) and L_train(w) (so a display of the training loss costs no
 * extra pass) and ∇L_train(w) (so the next warm start does not evaluate it again); the final ‖∇h‖;
 * and whether the solver reached its tolerance or stopped short of it (the iteration cap).
 */
public record InnerSolution(double[] w, int iterations, int gradientEvaluations, double value,
    double trainLoss, double gradientNorm, boolean reachedTolerance, double[] trainGradient) {

  public InnerSolution {
    w = w.clone();
    trainGradient = trainGradient.clone();
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  @Override
  public double[] trainGradient() {
    return trainGradient.clone();
  }

  /** A warm start at these weights for a solve at another λ. */
  public InnerStart asStart() {
    return new InnerStart(w, trainLoss, trainGradient);
  }
}
