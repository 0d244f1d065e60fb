package org.gradientlab.optimizer;

/** Plain gradient descent: θ ← θ − η∇f(θ) (Cauchy 1847). */
public record GradientDescent(double learningRate) implements OptimizerConfig {

  public GradientDescent {
    OptimizerConfig.checkLearningRate(learningRate);
  }

  @Override
  public OptimizerKind kind() {
    return OptimizerKind.GD;
  }

  @Override
  public GradientDescent withLearningRate(double eta) {
    return new GradientDescent(eta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(learningRate, dimension);
  }

  /** Shared with SGD, whose update is the same with a stochastic oracle. */
  static final class State implements Optimizer {
    private final double eta;
    private final double[] g;

    State(double eta, int dimension) {
      this.eta = eta;
      this.g = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        theta[i] -= eta * g[i];
      }
    }

    @Override
    public void reset() {
      // stateless
    }
  }
}
