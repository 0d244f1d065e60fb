package org.gradientlab.optimizer;

import java.util.List;

/** Plain gradient descent: θ ← θ − η∇f(θ) (Cauchy 1847). */
public record GradientDescent(double learningRate) implements OptimizerConfig {

  /** On a quadratic, one step multiplies the error along curvature h by (1 − ηh): stable iff η &lt; 2/L. */
  public static final OptimizerKind KIND = new OptimizerKind(
      "GD", "Gradient descent", "θ ← θ − η∇f(θ)",
      List.of(Hyperparameter.LEARNING_RATE),
      new SeriesStyle("#66ccee", "#007694", Marker.CIRCLE),
      new StabilityEdge("2/L", "2/L", (v, l) -> StabilityEdge.over(2, l)),
      false,
      v -> new GradientDescent(v.get("eta")));

  public GradientDescent {
    Hyperparameter.LEARNING_RATE.check(learningRate);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(learningRate, dimension);
  }

  /** Shared with SGD, whose update is the same with a stochastic oracle. */
  static final class State implements Optimizer {
    private double eta;
    private final double[] g;

    State(double eta, int dimension) {
      this.eta = eta;
      this.g = new double[dimension];
    }

    private boolean stepped;

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        theta[i] -= eta * g[i];
      }
      stepped = true;
    }

    @Override
    public StepAnatomy anatomy() {
      if (!stepped) {
        return null;
      }
      double[] step = new double[g.length];
      for (int i = 0; i < g.length; i++) {
        step[i] = -eta * g[i];
      }
      return new StepAnatomy(g, java.util.Map.of(), null, null, step, "θ ← θ − η·g = θ − "
          + StepAnatomy.number(eta) + "·" + StepAnatomy.vector(g) + " = θ + " + StepAnatomy.vector(step));
    }

    @Override
    public void setLearningRate(double learningRate) {
      eta = learningRate;
    }

    @Override
    public void reset() {
      // stateless
    }
  }
}
