package org.gradientlab.run;

import org.gradientlab.optimizer.OptimizerConfig;

/**
 * The iterates θ₀ … θ_{m−1} of one run with f(θₖ) and ‖∇f(θₖ)‖ (the true, full gradient, also for
 * stochastic runs), and how the run ended. Immutable; the arrays never leave this object. There is
 * always θ₀, the start; where f is undefined there ({@link Outcome.Undefined}) it is the only one.
 */
public final class Trajectory {

  private final OptimizerConfig optimizer;
  private final int dimension;
  private final int length;
  private final double[] thetas;
  private final double[] values;
  private final double[] gradientNorms;
  private final Outcome outcome;
  private final String optimizerStatus;
  /**
   * η used at step k (θ_k → θ_{k+1}) when it varied, set by a schedule or adapted by the optimizer
   * (online hypergradient descent), NaN for steps not taken; null when η was the optimizer's
   * constant.
   */
  private final double[] learningRates;

  Trajectory(
      OptimizerConfig optimizer,
      int dimension,
      int length,
      double[] thetas,
      double[] values,
      double[] gradientNorms,
      Outcome outcome,
      String optimizerStatus,
      double[] learningRates) {
    this.optimizer = optimizer;
    this.dimension = dimension;
    this.length = length;
    this.thetas = thetas;
    this.values = values;
    this.gradientNorms = gradientNorms;
    this.outcome = outcome;
    this.optimizerStatus = optimizerStatus;
    this.learningRates = learningRates;
  }

  public OptimizerConfig optimizer() {
    return optimizer;
  }

  public int dimension() {
    return dimension;
  }

  /** Number of recorded iterates, θ₀ included (so at least 1): steps + 1, or fewer when the run diverged. */
  public int length() {
    return length;
  }

  /** Index of the last recorded iterate. */
  public int lastStep() {
    return length - 1;
  }

  /** Component i of θₖ. */
  public double theta(int k, int i) {
    return thetas[k * dimension + i];
  }

  /** θₖ as a new array. */
  public double[] theta(int k) {
    double[] t = new double[dimension];
    System.arraycopy(thetas, k * dimension, t, 0, dimension);
    return t;
  }

  /** f(θₖ). */
  public double value(int k) {
    return values[k];
  }

  /** ‖∇f(θₖ)‖. */
  public double gradientNorm(int k) {
    return gradientNorms[k];
  }

  public double finalValue() {
    return values[length - 1];
  }

  public double[] finalTheta() {
    return theta(length - 1);
  }

  public Outcome outcome() {
    return outcome;
  }

  /** What the optimizer reports about the run beyond its path (see {@code Optimizer#status}); "" if nothing. */
  public String optimizerStatus() {
    return optimizerStatus;
  }

  /**
   * Whether η varied during the run: it followed a schedule, or the optimizer adapted it (online
   * hypergradient descent); then {@link #learningRate} is its series η_k.
   */
  public boolean hasLearningRates() {
    return learningRates != null;
  }

  /**
   * η used at step k (θ_k → θ_{k+1}); at the last iterate, which takes no step, the η of the last
   * step taken (η₀ if none). The optimizer's own η when it did not vary.
   */
  public double learningRate(int k) {
    if (k < 0 || k >= length) {
      throw new IndexOutOfBoundsException("step " + k + " of a run of " + length + " iterates");
    }
    if (learningRates == null) {
      return optimizer.learningRate();
    }
    // Steps not taken are NaN in the series (Runner): the last iterate of a finished run, the
    // start of a run undefined there.
    for (int step = Math.min(k, learningRates.length - 1); step >= 0; step--) {
      if (!Double.isNaN(learningRates[step])) {
        return learningRates[step];
      }
    }
    return optimizer.learningRate();
  }

}
