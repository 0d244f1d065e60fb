package org.gradientlab.hyper;

/**
 * Where an inner solve starts: the weights and, when they are already known, L_train and
 * ∇L_train there. A warm start at a new λ knows them from the last solve (they do not depend on
 * λ), so its first evaluation is not done twice.
 */
public record InnerStart(double[] w, double trainLoss, double[] trainGradient) {

  public InnerStart {
    w = w.clone();
    trainGradient = trainGradient == null ? null : trainGradient.clone();
  }

  /** Start at w; the loss and gradient there are to be evaluated. */
  public static InnerStart at(double[] w) {
    return new InnerStart(w, Double.NaN, null);
  }

  public boolean known() {
    return trainGradient != null;
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  @Override
  public double[] trainGradient() {
    return trainGradient == null ? null : trainGradient.clone();
  }
}
