package org.gradientlab.optimizer;

import java.util.List;

/**
 * RMSProp (Tieleman and Hinton 2012): Adagrad with a leaky average, so old gradients are forgotten,
 * <pre>  r ← ρr + (1 − ρ) g⊙g,  θ ← θ − η g / (√r + δ).</pre>
 *
 * @param rho decay ρ ∈ [0, 1); default 0.9 as in Hinton's lecture and Keras (PyTorch uses 0.99)
 * @param delta δ &gt; 0; default 1e-8 as in PyTorch
 */
public record RmsProp(double learningRate, double rho, double delta) implements OptimizerConfig {

  public static final Hyperparameter RHO = new Hyperparameter(
      "rho", "ρ", "RMSProp ρ", new Hyperparameter.Range(0, true, 1, false),
      0, 0.999, Hyperparameter.Scale.LINEAR, 0.9, false, Hyperparameter.Applies.ALWAYS,
      "How slowly the average of g⊙g forgets: r ← ρr + (1 − ρ) g⊙g.");

  public static final OptimizerKind KIND = new OptimizerKind(
      "RMSProp", "RMSProp", "r ← ρr + (1 − ρ) g⊙g,  θ ← θ − η g / (√r + δ)",
      List.of(Hyperparameter.LEARNING_RATE, RHO),
      new SeriesStyle("#bb88ff", "#6239a0", Marker.TRIANGLE_DOWN),
      null,
      false,
      v -> new RmsProp(v.get("eta"), v.get("rho"), RmsProp.DEFAULT_DELTA));

  public static final double DEFAULT_RHO = RHO.defaultValue();
  public static final double DEFAULT_DELTA = 1e-8;

  public RmsProp {
    Hyperparameter.LEARNING_RATE.check(learningRate);
    RHO.check(rho);
    OptimizerConfig.checkStabilizer(delta);
  }

  public static RmsProp withDefaults(double learningRate) {
    return new RmsProp(learningRate, DEFAULT_RHO, DEFAULT_DELTA);
  }

  @Override
  public OptimizerKind kind() {
    return KIND;
  }

  @Override
  public HyperparameterValues values() {
    return HyperparameterValues.of("eta", learningRate, "rho", rho);
  }

  public RmsProp withRho(double r) {
    return new RmsProp(learningRate, r, delta);
  }

  @Override
  public Optimizer create(int dimension) {
    return new State(learningRate, rho, delta, dimension);
  }

  private static final class State implements Optimizer {
    private double eta;
    private final double rho;
    private final double delta;
    private final double[] r;
    private final double[] g;

    State(double eta, double rho, double delta, int dimension) {
      this.eta = eta;
      this.rho = rho;
      this.delta = delta;
      this.r = new double[dimension];
      this.g = new double[dimension];
    }

    private boolean stepped;

    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      for (int i = 0; i < theta.length; i++) {
        r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
        theta[i] -= eta * g[i] / (Math.sqrt(r[i]) + delta);
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
        perCoordinate[i] = eta / (Math.sqrt(r[i]) + delta);
        step[i] = -perCoordinate[i] * g[i];
      }
      return new StepAnatomy(g, java.util.Map.of("r", r), null, perCoordinate, step,
          "r ← ρr + (1 − ρ)g⊙g = " + StepAnatomy.vector(r) + ";  each coordinate's step η/(√r + δ) = "
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
