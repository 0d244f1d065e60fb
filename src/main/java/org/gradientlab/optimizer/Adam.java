package org.gradientlab.optimizer;

import java.util.List;

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

  public static final Hyperparameter BETA1 = new Hyperparameter(
      "beta1", "β₁", "Adam β₁", new Hyperparameter.Range(0, true, 1, false),
      0, 0.99, Hyperparameter.Scale.LINEAR, 0.9, false, Hyperparameter.Applies.ALWAYS,
      "Decay of the gradient's running mean: m ← β₁m + (1 − β₁)g.");

  public static final Hyperparameter BETA2 = new Hyperparameter(
      "beta2", "β₂", "Adam β₂", new Hyperparameter.Range(0, true, 1, false),
      0.9, 0.9999, Hyperparameter.Scale.LINEAR, 0.999, false, Hyperparameter.Applies.ALWAYS,
      "Decay of the squared gradient's running mean: s ← β₂s + (1 − β₂)g⊙g.");

  public static final OptimizerKind KIND = new OptimizerKind(
      "Adam", "Adam", "m ← β₁m + (1−β₁)g,  s ← β₂s + (1−β₂)g⊙g,  θ ← θ − η m̂ / (√ŝ + δ)",
      List.of(Hyperparameter.LEARNING_RATE, BETA1, BETA2),
      new SeriesStyle("#eedd55", "#908700", Marker.STAR),
      null,
      false,
      v -> new Adam(v.get("eta"), v.get("beta1"), v.get("beta2"), Adam.DEFAULT_DELTA));

  public static final double DEFAULT_BETA1 = BETA1.defaultValue();
  public static final double DEFAULT_BETA2 = BETA2.defaultValue();
  public static final double DEFAULT_DELTA = 1e-8;

  public Adam {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    BETA1.check(beta1);
    BETA2.check(beta2);
    OptimizerConfig.checkStabilizer(delta);
  }

  public static Adam withDefaults(double learningRate) {
    return new Adam(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_DELTA);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "beta1", beta1, "beta2", beta2);
  }

  public Adam withBetas(double b1, double b2) {
    return new Adam(learningRate, b1, b2, delta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(this, dimension);
  }

  private static final class State implements Optimizer {
    private double eta;
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
    public StepAnatomy anatomy() {
      if (beta1Power == 1) {
        return null;
      }
      int n = m.length;
      double[] mHat = new double[n];
      double[] sHat = new double[n];
      double[] perCoordinate = new double[n];
      double[] step = new double[n];
      for (int i = 0; i < n; i++) {
        mHat[i] = m[i] / (1 - beta1Power);
        sHat[i] = s[i] / (1 - beta2Power);
        perCoordinate[i] = eta / (Math.sqrt(sHat[i]) + delta);
        step[i] = -perCoordinate[i] * mHat[i];
      }
      java.util.Map<String, double[]> vectors = new java.util.LinkedHashMap<>();
      vectors.put("m̂", mHat);
      vectors.put("ŝ", sHat);
      return new StepAnatomy(g, vectors, null, perCoordinate, step, "m̂ = " + StepAnatomy.vector(mHat)
          + ", ŝ = " + StepAnatomy.vector(sHat) + ";  each coordinate's step η/(√ŝ + δ) = "
          + StepAnatomy.vector(perCoordinate) + ";  Δθ = −η·m̂/(√ŝ + δ) = " + StepAnatomy.vector(step));
    }

    @Override
    public void setLearningRate(double learningRate) {
      eta = learningRate;
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
