package org.gradientlab.optimizer;

import java.util.List;

/**
 * Gradient descent that learns its own learning rate as it goes: online hypergradient descent
 * (Baydin, Cornish, Martínez Rubio, Schmidt and Wood, "Online learning rate adaptation with
 * hypergradient descent", ICLR 2018, Algorithm SGD-HD). The update u_t = −η_t g_t depends on η
 * through ∂u_{t−1}/∂η = −g_{t−1}, so the derivative of f(θ_{t−1}) = f(θ_{t−2} + u_{t−1}) in η is
 * g_t · (−g_{t−1}), and one gradient step on η, with rate β, precedes each step on θ:
 * <pre>
 *   g_t = ∇f(θ_{t−1}),   η_t = η_{t−1} + β g_t·g_{t−1},   θ_t = θ_{t−1} − η_t g_t     (g_0 = 0)
 * </pre>
 * η grows while successive gradients point the same way and shrinks when they turn against each
 * other (the iterate overshoots). Greedy by construction: it optimises one step ahead, the
 * shortest horizon there is. η is not clipped (as in the paper): it can turn negative.
 */
public record GradientDescentHd(double learningRate, double beta) implements OptimizerConfig {

  /**
   * β, the hypergradient learning rate of every hypergradient-descent optimizer (shared so one
   * control sets them together); β = 0 is the base optimizer with a fixed η. Default 0.01: on the
   * lab's landscapes (gradients of order 1, η₀ = 0.1, runs of a hundred steps) η visibly adapts
   * within tens of steps. The paper used 0.001 for SGD-HD from α₀ = 0.001 over thousands of
   * steps, and 10⁻⁷ for Adam-HD on nets.
   */
  public static final Hyperparameter BETA = new Hyperparameter(
      "beta", "β", "hypergradient rate β", new Hyperparameter.Range(0, true, Double.POSITIVE_INFINITY, false),
      1e-5, 1, Hyperparameter.Scale.LOG, 0.01, false, Hyperparameter.Applies.ALWAYS,
      "How fast η learns: η ← η − β·dh/dη, the hypergradient of the loss through the last update (β = 0: η fixed).");

  public static final OptimizerKind KIND = new OptimizerKind(
      "GD-HD", "Gradient descent with hypergradient descent on η (Baydin et al. 2018)",
      "η ← η + β ∇f(θ)·∇f(θ_prev),  θ ← θ − η∇f(θ)",
      List.of(Hyperparameter.LEARNING_RATE, BETA),
      new SeriesStyle("#0e9bc7", "#058ef3", Marker.TRIANGLE_RIGHT),
      null,
      false,
      v -> new GradientDescentHd(v.get("eta"), v.get("beta")));

  public GradientDescentHd {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    BETA.check(beta);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "beta", beta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(learningRate, beta, dimension);
  }

  private static final class State extends HdState {
    private final double[] g;
    private final double[] previous;

    State(double eta0, double beta, int dimension) {
      super(eta0, beta);
      this.g = new double[dimension];
      this.previous = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      // h_t = g_t · ∂u_{t−1}/∂η = −g_t·g_{t−1};  η_t = η_{t−1} − β h_t
      adapt(-dot(g, previous));
      for (int i = 0; i < theta.length; i++) {
        theta[i] -= eta * g[i];
        previous[i] = g[i];
      }
    }

    @Override
    public StepAnatomy anatomy() {
      return anatomy(g, java.util.Map.of(), g, "∇f");
    }

    @Override
    public void reset() {
      restart();
      java.util.Arrays.fill(previous, 0);
    }
  }
}
