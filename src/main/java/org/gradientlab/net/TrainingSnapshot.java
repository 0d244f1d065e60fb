package org.gradientlab.net;

/**
 * Where live training stands after some updates: the weights, the full training loss and accuracy,
 * and the per-layer gradient norms ‖∂L/∂W_l‖ (input layer first). A non-finite loss is reported
 * here as {@code diverged}, never thrown.
 */
public record TrainingSnapshot(long updates, double epochs, double[] theta, double loss,
    double accuracy, double[] layerGradientNorms, boolean diverged) {

  public TrainingSnapshot {
    theta = theta.clone();
    layerGradientNorms = layerGradientNorms.clone();
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
