package org.gradientlab.optimizer;

import java.util.List;

/**
 * Heavy-ball momentum (Polyak 1964) in the form PyTorch uses: v ← αv + g, θ ← θ − ηv.
 *
 * <p>On a quadratic with curvature h the iteration is stable iff 0 &lt; ηh &lt; 2(1 + α), so the
 * edge moves from GD's 2/L out to 2(1 + α)/L.
 *
 * @param alpha momentum α ∈ [0, 1); default 0.9, the usual choice (PyTorch's own default is 0, i.e.
 *     none)
 */
public record Momentum(double learningRate, double alpha) implements OptimizerConfig {

  /** Shared with Nesterov, so one control can set both. */
  public static final Hyperparameter ALPHA = new Hyperparameter(
      "alpha", "α", "momentum α", new Hyperparameter.Range(0, true, 1, false),
      0, 0.99, Hyperparameter.Scale.LINEAR, 0.9, false, Hyperparameter.Applies.ALWAYS,
      "How much of the previous velocity each step keeps: v ← αv + g.");

  public static final OptimizerKind KIND = new OptimizerKind(
      "Momentum", "Heavy-ball momentum", "v ← αv + ∇f(θ),  θ ← θ − ηv",
      List.of(Hyperparameter.LEARNING_RATE, ALPHA),
      new SeriesStyle("#ee8800", "#893900", Marker.SQUARE),
      new StabilityEdge("2(1+α)/L", "2(1+α)/L", (v, l) -> StabilityEdge.over(2 * (1 + v.get("alpha")), l)),
      false,
      v -> new Momentum(v.get("eta"), v.get("alpha")));

  public static final double DEFAULT_ALPHA = ALPHA.defaultValue();

  public Momentum {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    ALPHA.check(alpha);
  }

  public static Momentum withDefaults(double learningRate) {
    return new Momentum(learningRate, DEFAULT_ALPHA);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "alpha", alpha);
  }

  public Momentum withAlpha(double a) {
    return new Momentum(learningRate, a);
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
    /** v before the last update, for the written-out rule. */
    private final double[] previousV;
    private boolean stepped;

    State(double eta, double alpha, int dimension) {
      this.eta = eta;
      this.alpha = alpha;
      this.v = new double[dimension];
      this.g = new double[dimension];
      this.previousV = new double[dimension];
    }

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        previousV[i] = v[i];
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
      return new StepAnatomy(g, java.util.Map.of("v", v), null, null, step, "v ← α·v + g = "
          + StepAnatomy.number(alpha) + "·" + StepAnatomy.vector(previousV) + " + " + StepAnatomy.vector(g)
          + " = " + StepAnatomy.vector(v) + ";  θ ← θ − " + StepAnatomy.number(eta) + "·v");
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
