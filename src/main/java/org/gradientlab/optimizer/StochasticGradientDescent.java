package org.gradientlab.optimizer;

/**
 * SGD: the GD update θ ← θ − η g with a stochastic gradient g (Robbins and Monro 1951).
 *
 * <p>On an objective that is a sum over examples, g is the mean gradient over a seeded random
 * mini-batch of {@code batchSize} examples: real sampling noise, shrinking as the batch grows. On an
 * analytic surface there are no examples, so the noise is modelled as g = ∇f(θ) + σξ with ξ ~ N(0, I)
 * drawn from the run's seed, so the same seed replays the same path.
 *
 * @param noiseSigma σ ≥ 0 of the Gaussian gradient noise on analytic surfaces (default 0.5)
 * @param batchSize mini-batch size on data objectives, ≥ 1 (default 1: one example per update)
 */
public record StochasticGradientDescent(double learningRate, double noiseSigma, int batchSize)
    implements OptimizerConfig {

  public static final double DEFAULT_NOISE_SIGMA = 0.5;
  public static final int DEFAULT_BATCH_SIZE = 1;

  public StochasticGradientDescent {
    OptimizerConfig.checkLearningRate(learningRate);
    if (!(noiseSigma >= 0) || !Double.isFinite(noiseSigma)) {
      throw new IllegalArgumentException("noise σ must be finite and ≥ 0, was " + noiseSigma);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be ≥ 1, was " + batchSize);
    }
  }

  public static StochasticGradientDescent withDefaults(double learningRate) {
    return new StochasticGradientDescent(learningRate, DEFAULT_NOISE_SIGMA, DEFAULT_BATCH_SIZE);
  }

  @Override
  public OptimizerKind kind() {
    return OptimizerKind.SGD;
  }

  @Override
  public StochasticGradientDescent withLearningRate(double eta) {
    return new StochasticGradientDescent(eta, noiseSigma, batchSize);
  }

  public StochasticGradientDescent withNoiseSigma(double sigma) {
    return new StochasticGradientDescent(learningRate, sigma, batchSize);
  }

  public StochasticGradientDescent withBatchSize(int size) {
    return new StochasticGradientDescent(learningRate, noiseSigma, size);
  }

  @Override
  public Optimizer create(int dimension) {
    return new GradientDescent.State(learningRate, dimension);
  }
}
