package org.gradientlab.optimizer;

/**
 * Adam (Kingma and Ba 2015): momentum on the gradient and RMSProp on its square, both corrected for
 * their zero start,
 * <pre>
 *   m ← β₁m + (1 − β₁)g,   s ← β₂s + (1 − β₂)g⊙g,
 *   m̂ = m / (1 − β₁ᵗ),     ŝ = s / (1 − β₂ᵗ),     θ ← θ − η m̂ / (√ŝ + δ).
 * </pre>
 * Defaults are the paper's, which every common library keeps: β₁ = 0.9, β₂ = 0.999, δ = 1e-8.
 */
public record Adam(double learningRate, double beta1, double beta2, double delta)
    implements OptimizerConfig {

  public static final double DEFAULT_BETA1 = 0.9;
  public static final double DEFAULT_BETA2 = 0.999;
  public static final double DEFAULT_DELTA = 1e-8;

  public Adam {
    OptimizerConfig.checkLearningRate(learningRate);
    OptimizerConfig.checkDecay("β₁", beta1);
    OptimizerConfig.checkDecay("β₂", beta2);
    OptimizerConfig.checkPositive("δ", delta);
  }

  public static Adam withDefaults(double learningRate) {
    return new Adam(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_DELTA);
  }

  @Override
  public OptimizerKind kind() {
    return OptimizerKind.ADAM;
  }

  @Override
  public Adam withLearningRate(double eta) {
    return new Adam(eta, beta1, beta2, delta);
  }

  public Adam withBetas(double b1, double b2) {
    return new Adam(learningRate, b1, b2, delta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(this, dimension);
  }

  private static final class State implements Optimizer {
    private final double eta;
    private final double beta1;
    private final double beta2;
    private final double delta;
    private final double[] m;
    private final double[] s;
    private final double[] g;
    /** β₁ᵗ and β₂ᵗ, kept as running products instead of calling pow every step. */
    private double beta1Power = 1;
    private double beta2Power = 1;

    State(Adam config, int dimension) {
      this.eta = config.learningRate;
      this.beta1 = config.beta1;
      this.beta2 = config.beta2;
      this.delta = config.delta;
      this.m = new double[dimension];
      this.s = new double[dimension];
      this.g = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      beta1Power *= beta1;
      beta2Power *= beta2;
      double c1 = 1 / (1 - beta1Power);
      double c2 = 1 / (1 - beta2Power);
      for (int i = 0; i < theta.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
        theta[i] -= eta * (m[i] * c1) / (Math.sqrt(s[i] * c2) + delta);
      }
    }

    @Override
    public void reset() {
      java.util.Arrays.fill(m, 0);
      java.util.Arrays.fill(s, 0);
      beta1Power = 1;
      beta2Power = 1;
    }
  }
}
