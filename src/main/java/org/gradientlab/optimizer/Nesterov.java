package org.gradientlab.optimizer;

import java.util.List;

/**
 * Nesterov's accelerated gradient (Nesterov 1983; Sutskever et al. 2013) in the lab's momentum
 * convention: the gradient is taken at the look-ahead point the velocity is about to carry θ to,
 * <pre>  g = ∇f(θ − ηαv),  v ← αv + g,  θ ← θ − ηv.</pre>
 * PyTorch's {@code nesterov=True} is the same method written in the shifted variable θ − ηαv.
 *
 * <p>On a quadratic with curvature h it is stable iff 0 &lt; ηh &lt; 2(1 + α)/(1 + 2α).
 *
 * @param alpha momentum α ∈ [0, 1); default 0.9
 */
public record Nesterov(double learningRate, double alpha) implements OptimizerConfig {

  public static final OptimizerKind KIND = new OptimizerKind(
      "Nesterov", "Nesterov accelerated gradient", "g = ∇f(θ − ηαv),  v ← αv + g,  θ ← θ − ηv",
      List.of(Hyperparameter.LEARNING_RATE, Momentum.ALPHA),
      new SeriesStyle("#cc8877", "#713a2d", Marker.DIAMOND),
      new StabilityEdge("NAG", "2(1+α)/((1+2α)L)",
          (v, l) -> StabilityEdge.over(2 * (1 + v.get("alpha")) / (1 + 2 * v.get("alpha")), l)),
      false,
      v -> new Nesterov(v.get("eta"), v.get("alpha")));

  public static final double DEFAULT_ALPHA = Momentum.ALPHA.defaultValue();

  public Nesterov {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    Momentum.ALPHA.check(alpha);
  }

  public static Nesterov withDefaults(double learningRate) {
    return new Nesterov(learningRate, DEFAULT_ALPHA);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "alpha", alpha);
  }

  public Nesterov withAlpha(double a) {
    return new Nesterov(learningRate, a);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(learningRate, alpha, dimension);
  }

  private static final class State implements Optimizer {
    private double eta;
    private final double alpha;
    private final double[] v;
    private final double[] g;
    private final double[] lookAhead;

    State(double eta, double alpha, int dimension) {
      this.eta = eta;
      this.alpha = alpha;
      this.v = new double[dimension];
      this.g = new double[dimension];
      this.lookAhead = new double[dimension];
    }

    private boolean stepped;

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      for (int i = 0; i < theta.length; i++) {
        lookAhead[i] = theta[i] - eta * alpha * v[i];
      }
      oracle.gradient(lookAhead, g);
      for (int i = 0; i < theta.length; i++) {
        v[i] = alpha * v[i] + g[i];
        theta[i] -= eta * v[i];
      }
      stepped = true;
    }

    @Override
    public StepAnatomy anatomy() {
      if (!stepped) {
        return null;
      }
      double[] step = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        step[i] = -eta * v[i];
      }
      return new StepAnatomy(g, java.util.Map.of("v", v), lookAhead, null, step, "g = ∇f(θ − ηα·v) at "
          + StepAnatomy.vector(lookAhead) + " = " + StepAnatomy.vector(g) + ";  v ← α·v + g = "
          + StepAnatomy.vector(v) + ";  θ ← θ − " + StepAnatomy.number(eta) + "·v");
    }

    @Override
    public void setLearningRate(double learningRate) {
      eta = learningRate;
    }

    @Override
    public void reset() {
      java.util.Arrays.fill(v, 0);
    }
  }
}
