package org.gradientlab.optimizer;

/**
 * The hyperparameters of one optimizer, as an immutable value: each optimizer's record implements
 * this and declares its {@link OptimizerKind}. Every optimizer has the learning rate η; the rest are
 * its own and default as the common libraries do.
 */
public interface OptimizerConfig {

  /** Which optimizer this configures: its entry in the catalog. */
  OptimizerKind kind();

  /** Its hyperparameter values by key, in the order its kind declares them. */
  HyperparameterValues values();

  /** η. */
  double learningRate();

  /** A fresh optimizer with zero state for θ ∈ ℝⁿ. */
  Optimizer create(int dimension);

  /** The same optimizer with another η. */
  default OptimizerConfig withLearningRate(double learningRate) {
    return with(Hyperparameter.LEARNING_RATE.key(), learningRate);
  }

  /** The same optimizer with {@code key} set (checked against its range). */
  default OptimizerConfig with(String key, double value) {
    return kind().configure(values().with(key, value));
  }

  /** Where its gradients come from: exact unless the optimizer is stochastic. */
  default Sampling sampling() {
    return Sampling.EXACT;
  }

  /** Its stability edge for largest curvature L, or NaN when it has none in closed form. */
  default double stabilityEdge(double largestCurvature) {
    StabilityEdge edge = kind().edge();
    return edge == null ? Double.NaN : edge.at(values(), largestCurvature);
  }

  /** Rejects a non-positive or non-finite stabiliser δ (the ε of the adaptive methods). */
  static double checkStabilizer(double delta) {
    if (!(delta > 0) || !Double.isFinite(delta)) {
      throw new IllegalArgumentException("δ must be finite and > 0, was " + delta);
    }
    return delta;
  }
}
