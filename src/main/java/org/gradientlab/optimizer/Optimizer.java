package org.gradientlab.optimizer;

/**
 * An optimizer with its state (velocity, accumulators, step count). Create one per run with
 * {@link OptimizerConfig#create(int)}; it is not shared between threads.
 */
public interface Optimizer {

  /** One update θ ← θ + Δθ, in place. Must not allocate. */
  void step(double[] theta, GradientOracle oracle);

  /**
   * Uses η = {@code learningRate} from the next step on (a learning-rate schedule sets it before
   * every step); the state (velocity, accumulators) is kept. Optimizers that set their own η, such
   * as the hypergradient ones, refuse.
   */
  default void setLearningRate(double learningRate) {
    throw new UnsupportedOperationException("this optimizer does not follow a learning-rate schedule");
  }

  /** Forgets all state, as if newly created: zero velocity, zero accumulators, t = 0. */
  void reset();

  /**
   * What the last update did, for looking inside the optimizer (see {@link StepAnatomy}); null
   * before the first update. Called off the hot path: it may allocate.
   */
  default StepAnatomy anatomy() {
    return null;
  }

  /**
   * What the run did beyond its path, for the status line (e.g. how often Newton's method had to
   * modify an indefinite Hessian); "" when there is nothing to say.
   */
  default String status() {
    return "";
  }

  /**
   * The learning rate of the last step taken (η₀ before the first), for optimizers whose η changes
   * as they run — online hypergradient descent, learning-rate schedules; NaN for those whose η is
   * fixed. A run reads it after every step: it becomes the run's series η_t, drawn beside the loss.
   */
  default double learningRate() {
    return Double.NaN;
  }
}
