package org.gradientlab.net;

/**
 * Where live training stands after some updates: the weights, the full training loss (what the
 * optimizer minimises, the L2 term included) and accuracy, the per-layer gradient norms ‖∂L/∂W_l‖
 * (input layer first), and, when part of the data is held out, the validation loss (the mean
 * cross-entropy on the held-out examples, no L2 term: the penalty is not a property of data) and
 * accuracy — NaN without a validation split. A non-finite loss is reported here as
 * {@code diverged}, never thrown.
 */
public record TrainingSnapshot(long updates, double epochs, double[] theta, double loss,
    double accuracy, double[] layerGradientNorms, boolean diverged, double validationLoss,
    double validationAccuracy) {

  public TrainingSnapshot {
    theta = theta.clone();
    layerGradientNorms = layerGradientNorms.clone();
  }

  /** A snapshot of training on all the data (no validation split). */
  public TrainingSnapshot(long updates, double epochs, double[] theta, double loss, double accuracy,
      double[] layerGradientNorms, boolean diverged) {
    this(updates, epochs, theta, loss, accuracy, layerGradientNorms, diverged, Double.NaN, Double.NaN);
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }

  @Override
  public double[] layerGradientNorms() {
    return layerGradientNorms.clone();
  }
}
