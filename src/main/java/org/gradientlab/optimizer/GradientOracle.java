package org.gradientlab.optimizer;

import org.ejml.data.DMatrixRMaj;

/**
 * Where an optimizer gets its gradients. For GD this is ∇f; for SGD a seeded noisy or mini-batch
 * estimate of it. Nesterov asks at a look-ahead point, so an oracle answers for any θ.
 */
@FunctionalInterface
public interface GradientOracle {

  /** Writes a gradient estimate at θ into {@code gradientOut}. Must not allocate. */
  void gradient(double[] theta, double[] gradientOut);

  /**
   * Writes ∇²f(θ) into {@code hessianOut} (n×n), for second-order methods. Oracles that know only
   * gradients refuse; optimizers that call this declare {@link OptimizerKind#needsHessian()}.
   */
  default void hessian(double[] theta, DMatrixRMaj hessianOut) {
    throw new UnsupportedOperationException("this gradient source gives no curvature");
  }
}
