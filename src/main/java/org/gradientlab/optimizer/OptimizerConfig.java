package org.gradientlab.optimizer;

/**
 * The hyperparameters of one optimizer, as an immutable value. Every optimizer shares the learning
 * rate η, which the student drags; the rest are specific to each and default as the common
 * libraries do.
 */
public sealed interface OptimizerConfig
    permits GradientDescent,
        StochasticGradientDescent,
        Momentum,
        Nesterov,
        Adagrad,
        RmsProp,
        Adam {

  OptimizerKind kind();

  /** η. */
  double learningRate();

  /** The same optimizer with another η. */
  OptimizerConfig withLearningRate(double learningRate);

  /** A fresh optimizer with zero state for θ ∈ ℝⁿ. */
  Optimizer create(int dimension);

  /** Rejects η that no run can use. */
  static double checkLearningRate(double eta) {
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new IllegalArgumentException("learning rate η must be finite and > 0, was " + eta);
    }
    return eta;
  }

  /** Rejects a decay rate outside [0, 1). */
  static double checkDecay(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), was " + value);
    }
    return value;
  }

  /** Rejects a non-positive or non-finite stabiliser. */
  static double checkPositive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }
}
