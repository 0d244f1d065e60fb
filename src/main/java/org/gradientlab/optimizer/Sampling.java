package org.gradientlab.optimizer;

/**
 * Where an optimizer's gradients come from in a run: exact, or stochastic (seeded Gaussian noise of
 * size σ on analytic surfaces, mini-batches of b examples on data).
 */
public record Sampling(boolean stochastic, double noiseSigma, int batchSize) {

  public static final Sampling EXACT = new Sampling(false, 0, 1);

  public static Sampling stochastic(double noiseSigma, int batchSize) {
    return new Sampling(true, noiseSigma, batchSize);
  }
}
