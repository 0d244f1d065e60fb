package org.gradientlab.optimizer;

/**
 * Where an optimizer gets its gradients. For GD this is ∇f; for SGD a seeded noisy or mini-batch
 * estimate of it. Nesterov asks at a look-ahead point, so an oracle answers for any θ.
 */
@FunctionalInterface
public interface GradientOracle {

  /** Writes a gradient estimate at θ into {@code gradientOut}. Must not allocate. */
  void gradient(double[] theta, double[] gradientOut);
}
