package org.gradientlab.optimizer;

import java.util.List;

/**
 * Adam with hypergradient descent on its step size η (Adam-HD, Baydin et al. 2018): Adam's update
 * is u_t = −η_t d_t with d_t = m̂_t/(√ŝ_t + δ), so ∂u_{t−1}/∂η = −d_{t−1} and
 * <pre>
 *   g_t = ∇f(θ_{t−1}),   η_t = η_{t−1} + β g_t·d_{t−1},
 *   m ← β₁m + (1 − β₁)g,  s ← β₂s + (1 − β₂)g⊙g,  d_t = m̂/(√ŝ + δ),  θ_t = θ_{t−1} − η_t d_t
 * </pre>
 * (d_0 = 0). Adam's defaults β₁ = 0.9, β₂ = 0.999, δ = 1e-8; the paper used β = 10⁻⁷ for deep nets
 * with thousands of weights, where g·d sums over all of them.
 */
public record AdamHd(double learningRate, double beta1, double beta2, double beta)
    implements OptimizerConfig {

  public static final OptimizerKind KIND = new OptimizerKind(
      "Adam-HD", "Adam with hypergradient descent on η (Baydin et al. 2018)",
      "η ← η + β ∇f(θ)·d_prev,  d = m̂ / (√ŝ + δ) as in Adam,  θ ← θ − ηd",
      List.of(Hyperparameter.LEARNING_RATE, Adam.BETA1, Adam.BETA2, GradientDescentHd.BETA),
      new SeriesStyle("#c0a95d", "#698a65", Marker.CROSS),
      null,
      false,
      v -> new AdamHd(v.get("eta"), v.get("beta1"), v.get("beta2"), v.get("beta")));

  public AdamHd {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    Adam.BETA1.check(beta1);
    Adam.BETA2.check(beta2);
    GradientDescentHd.BETA.check(beta);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "beta1", beta1, "beta2", beta2, "beta", beta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(this, dimension);
  }

  private static final class State extends HdState {
    private final double beta1;
    private final double beta2;
    private final double[] m;
    private final double[] s;
    private final double[] g;
    private final double[] d;
    private double beta1Power = 1;
    private double beta2Power = 1;

    State(AdamHd c, int dimension) {
      super(c.learningRate, c.beta);
      this.beta1 = c.beta1;
      this.beta2 = c.beta2;
      this.m = new double[dimension];
      this.s = new double[dimension];
      this.g = new double[dimension];
      this.d = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      adapt(-dot(g, d));
      beta1Power *= beta1;
      beta2Power *= beta2;
      double c1 = 1 / (1 - beta1Power);
      double c2 = 1 / (1 - beta2Power);
      for (int i = 0; i < theta.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
        s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
        d[i] = (m[i] * c1) / (Math.sqrt(s[i] * c2) + Adam.DEFAULT_DELTA);
        theta[i] -= eta * d[i];
      }
    }

    @Override
    public StepAnatomy anatomy() {
      int n = m.length;
      double[] mHat = new double[n];
      double[] sHat = new double[n];
      for (int i = 0; i < n; i++) {
        mHat[i] = m[i] / (1 - beta1Power);
        sHat[i] = s[i] / (1 - beta2Power);
      }
      java.util.Map<String, double[]> vectors = new java.util.LinkedHashMap<>();
      vectors.put("m̂", mHat);
      vectors.put("ŝ", sHat);
      return anatomy(g, vectors, d, "m̂/(√ŝ + δ)");
    }

    @Override
    public void reset() {
      restart();
      java.util.Arrays.fill(m, 0);
      java.util.Arrays.fill(s, 0);
      java.util.Arrays.fill(d, 0);
      beta1Power = 1;
      beta2Power = 1;
    }
  }
}
