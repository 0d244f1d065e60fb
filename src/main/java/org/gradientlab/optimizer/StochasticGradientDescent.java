package org.gradientlab.optimizer;

import java.util.List;

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

  public static final int MAX_BATCH_SIZE = 100_000;

  public static final Hyperparameter NOISE_SIGMA = new Hyperparameter(
      "sigma", "σ", "SGD noise σ", new Hyperparameter.Range(0, true, Double.POSITIVE_INFINITY, false),
      0, 5, Hyperparameter.Scale.LINEAR, 0.5, false, Hyperparameter.Applies.ANALYTIC_LANDSCAPES,
      "Gradient noise on analytic surfaces: g = ∇f(θ) + σξ with ξ ~ N(0, I).");

  public static final Hyperparameter BATCH_SIZE = new Hyperparameter(
      "batch", "b", "SGD batch size b", new Hyperparameter.Range(1, true, MAX_BATCH_SIZE, true),
      1, 1000, Hyperparameter.Scale.LOG, 1, true, Hyperparameter.Applies.DATA_LANDSCAPES,
      "Examples per update on data: g is the mean gradient over a random batch of b (b = n is GD).");

  public static final OptimizerKind KIND = new OptimizerKind(
      "SGD", "Stochastic gradient descent", "θ ← θ − η g,  g a random estimate of ∇f(θ)",
      List.of(Hyperparameter.LEARNING_RATE, NOISE_SIGMA, BATCH_SIZE),
      new SeriesStyle("#bbbbbb", "#666666", Marker.PLUS),
      // In the mean SGD follows GD, so it has GD's edge.
      new StabilityEdge("2/L", "2/L", (v, l) -> StabilityEdge.over(2, l)),
      false,
      v -> new StochasticGradientDescent(v.get("eta"), v.get("sigma"), (int) v.get("batch")));

  public static final double DEFAULT_NOISE_SIGMA = NOISE_SIGMA.defaultValue();
  public static final int DEFAULT_BATCH_SIZE = (int) BATCH_SIZE.defaultValue();

  public StochasticGradientDescent {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    NOISE_SIGMA.check(noiseSigma);
    BATCH_SIZE.check(batchSize);
  }

  public static StochasticGradientDescent withDefaults(double learningRate) {
    return new StochasticGradientDescent(learningRate, DEFAULT_NOISE_SIGMA, DEFAULT_BATCH_SIZE);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "sigma", noiseSigma, "batch", batchSize);
  }

  @Override
  public Sampling sampling() {
    return Sampling.stochastic(noiseSigma, batchSize);
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
