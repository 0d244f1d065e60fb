package org.gradientlab.objective;

/**
 * A loss that is a mean over examples, f(θ) = (1/n) Σᵢ ℓᵢ(θ): the loss of a model on data. SGD
 * samples real mini-batches from it instead of adding synthetic noise.
 */
public interface FiniteSumObjective extends Objective {

  /** n, the number of examples. */
  int exampleCount();

  /**
   * Writes the mean gradient (1/b) Σ_{i ∈ batch} ∇ℓᵢ(θ) over {@code indices[0..count)} into
   * {@code gradientOut} and returns the mean loss over the same batch. Must not allocate.
   */
  double batchValueAndGradient(double[] theta, int[] indices, int count, double[] gradientOut);
}
