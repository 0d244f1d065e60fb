package org.gradientlab.optimizer;

import java.util.List;

/**
 * Momentum with hypergradient descent on η: the paper's SGDN-HD (Baydin et al. 2018), whose base
 * is SGD with Nesterov momentum in PyTorch's form. With v_t = αv_{t−1} + g_t the update is
 * u_t = −η_t (g_t + αv_t), so ∂u_t/∂η = −(g_t + αv_t) and
 * <pre>
 *   g_t = ∇f(θ_{t−1}),   η_t = η_{t−1} + β g_t·d_{t−1},
 *   v_t = αv_{t−1} + g_t,   d_t = g_t + αv_t,   θ_t = θ_{t−1} − η_t d_t        (v_0 = d_0 = 0)
 * </pre>
 * With β = 0 it is Nesterov's method with a fixed η (in the shifted variable the lab's Nesterov uses).
 */
public record MomentumHd(double learningRate, double alpha, double beta) implements OptimizerConfig {

  public static final OptimizerKind KIND = new OptimizerKind(
      "Momentum-HD", "Nesterov momentum with hypergradient descent on η (SGDN-HD, Baydin et al. 2018)",
      "η ← η + β ∇f(θ)·d_prev,  v ← αv + ∇f(θ),  d = ∇f(θ) + αv,  θ ← θ − ηd",
      List.of(Hyperparameter.LEARNING_RATE, Momentum.ALPHA, GradientDescentHd.BETA),
      new SeriesStyle("#df5d2a", "#f900a6", Marker.TRIANGLE_LEFT),
      null,
      false,
      v -> new MomentumHd(v.get("eta"), v.get("alpha"), v.get("beta")));

  public MomentumHd {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    Momentum.ALPHA.check(alpha);
    GradientDescentHd.BETA.check(beta);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "alpha", alpha, "beta", beta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(this, dimension);
  }

  private static final class State extends HdState {
    private final double alpha;
    private final double[] g;
    private final double[] v;
    private final double[] d;

    State(MomentumHd c, int dimension) {
      super(c.learningRate, c.beta);
      this.alpha = c.alpha;
      this.g = new double[dimension];
      this.v = new double[dimension];
      this.d = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      // h_t = g_t · ∂u_{t−1}/∂η = −g_t·d_{t−1}
      adapt(-dot(g, d));
      for (int i = 0; i < theta.length; i++) {
        v[i] = alpha * v[i] + g[i];
        d[i] = g[i] + alpha * v[i];
        theta[i] -= eta * d[i];
      }
    }

    @Override
    public StepAnatomy anatomy() {
      java.util.Map<String, double[]> vectors = new java.util.LinkedHashMap<>();
      vectors.put("v", v);
      return anatomy(g, vectors, d, "(∇f + αv)");
    }

    @Override
    public void reset() {
      restart();
      java.util.Arrays.fill(v, 0);
      java.util.Arrays.fill(d, 0);
    }
  }
}
