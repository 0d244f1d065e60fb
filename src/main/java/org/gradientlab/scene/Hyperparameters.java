package org.gradientlab.scene;

import org.gradientlab.optimizer.Adagrad;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.Nesterov;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.RmsProp;
import org.gradientlab.optimizer.StochasticGradientDescent;

/**
 * The knobs of the lab: the learning rate η every optimizer shares, the L2 weight λ of the
 * landscape, and each optimizer's own hyperparameters (defaults as in {@code optimizer/*}).
 *
 * @param eta learning rate η &gt; 0
 * @param lambda L2 weight λ ≥ 0 added to the landscape as (λ/2)‖θ‖²
 * @param alpha momentum α of Momentum and Nesterov
 * @param beta1 Adam's β₁
 * @param beta2 Adam's β₂
 * @param rho RMSProp's ρ
 * @param sigma SGD's gradient noise σ on analytic landscapes
 * @param batchSize SGD's mini-batch size on data landscapes
 */
public record Hyperparameters(
    double eta,
    double lambda,
    double alpha,
    double beta1,
    double beta2,
    double rho,
    double sigma,
    int batchSize) {

  public static final Hyperparameters DEFAULT =
      new Hyperparameters(
          0.1,
          0,
          Momentum.DEFAULT_ALPHA,
          Adam.DEFAULT_BETA1,
          Adam.DEFAULT_BETA2,
          RmsProp.DEFAULT_RHO,
          StochasticGradientDescent.DEFAULT_NOISE_SIGMA,
          StochasticGradientDescent.DEFAULT_BATCH_SIZE);

  public Hyperparameters {
    OptimizerConfig.checkLearningRate(eta);
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("λ must be finite and ≥ 0, was " + lambda);
    }
    OptimizerConfig.checkDecay("momentum α", alpha);
    OptimizerConfig.checkDecay("β₁", beta1);
    OptimizerConfig.checkDecay("β₂", beta2);
    OptimizerConfig.checkDecay("ρ", rho);
    if (!(sigma >= 0) || !Double.isFinite(sigma)) {
      throw new IllegalArgumentException("noise σ must be finite and ≥ 0, was " + sigma);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be ≥ 1, was " + batchSize);
    }
  }

  /** The configuration of {@code kind} with these values. */
  public OptimizerConfig configFor(OptimizerKind kind) {
    return switch (kind) {
      case GD -> new GradientDescent(eta);
      case SGD -> new StochasticGradientDescent(eta, sigma, batchSize);
      case MOMENTUM -> new Momentum(eta, alpha);
      case NESTEROV -> new Nesterov(eta, alpha);
      case ADAGRAD -> Adagrad.withDefaults(eta);
      case RMSPROP -> new RmsProp(eta, rho, RmsProp.DEFAULT_DELTA);
      case ADAM -> new Adam(eta, beta1, beta2, Adam.DEFAULT_DELTA);
    };
  }

  public Hyperparameters withEta(double v) {
    return new Hyperparameters(v, lambda, alpha, beta1, beta2, rho, sigma, batchSize);
  }

  public Hyperparameters withLambda(double v) {
    return new Hyperparameters(eta, v, alpha, beta1, beta2, rho, sigma, batchSize);
  }
}
