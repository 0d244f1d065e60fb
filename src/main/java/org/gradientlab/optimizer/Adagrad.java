package org.gradientlab.optimizer;

import java.util.List;

/**
 * Adagrad (Duchi, Hazan and Singer 2011): each coordinate's step shrinks with the gradients it has
 * seen, <pre>  r ← r + g⊙g,  θ ← θ − η g / (δ + √r).</pre>
 *
 * @param delta δ &gt; 0 keeps the first division finite; default 1e-10 as in PyTorch
 */
public record Adagrad(double learningRate, double delta) implements OptimizerConfig {

  public static final double DEFAULT_DELTA = 1e-10;

  public static final OptimizerKind KIND = new OptimizerKind(
      "Adagrad", "Adagrad", "r ← r + g⊙g,  θ ← θ − η g / (δ + √r)",
      List.of(Hyperparameter.LEARNING_RATE),
      new SeriesStyle("#22ff99", "#00a24a", Marker.TRIANGLE_UP),
      null,
      false,
      v -> Adagrad.withDefaults(v.get("eta")));

  public Adagrad {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    OptimizerConfig.checkStabilizer(delta);
  }

  public static Adagrad withDefaults(double learningRate) {
    return new Adagrad(learningRate, DEFAULT_DELTA);
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
    return new State(learningRate, delta, dimension);
  }

  private static final class State implements Optimizer {
    private double eta;
    private final double delta;
    private final double[] r;
    private final double[] g;

    State(double eta, double delta, int dimension) {
      this.eta = eta;
      this.delta = delta;
      this.r = new double[dimension];
      this.g = new double[dimension];
    }

    private boolean stepped;

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        r[i] += g[i] * g[i];
        theta[i] -= eta * g[i] / (delta + Math.sqrt(r[i]));
      }
      stepped = true;
    }

    @Override
    public StepAnatomy anatomy() {
      if (!stepped) {
        return null;
      }
      double[] perCoordinate = new double[r.length];
      double[] step = new double[r.length];
      for (int i = 0; i < r.length; i++) {
        perCoordinate[i] = eta / (delta + Math.sqrt(r[i]));
        step[i] = -perCoordinate[i] * g[i];
      }
      return new StepAnatomy(g, java.util.Map.of("r", r), null, perCoordinate, step,
          "r ← r + g⊙g = " + StepAnatomy.vector(r) + ";  each coordinate's step η/(δ + √r) = "
          + StepAnatomy.vector(perCoordinate) + ";  Δθ = " + StepAnatomy.vector(step));
    }

    @Override
    public void setLearningRate(double learningRate) {
      eta = learningRate;
    }

    @Override
    public void reset() {
      java.util.Arrays.fill(r, 0);
    }
  }
}
