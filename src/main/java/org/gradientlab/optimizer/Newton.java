package org.gradientlab.optimizer;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Newton's method, θ ← θ − η H⁻¹∇f(θ) with H = ∇²f(θ): on a quadratic the step at η = 1 lands on the
 * minimum, whatever its conditioning, because H⁻¹ undoes the curvature that makes GD zig-zag.
 *
 * <p>Where H is not positive definite (saddles, maxima, concave parts) the plain step heads for the
 * stationary point instead of downhill. There each eigenvalue λᵢ of H is replaced by
 * max(|λᵢ|, δ·max(1, |λ|max)): negative curvature is flipped into ascent-avoiding curvature and flat
 * directions are damped (the "absolute value" modification of Nocedal and Wright, Numerical
 * Optimization §3.4, used as saddle-free Newton by Dauphin et al. 2014). The status says how often
 * and by how much this happened. Stable on a quadratic iff 0 &lt; η &lt; 2: the error shrinks by (1 − η).
 */
public record Newton(double learningRate) implements OptimizerConfig {

  /** Relative floor on |λ| where H is nearly singular. */
  static final double RELATIVE_FLOOR = 1e-6;

  public static final OptimizerKind KIND = new OptimizerKind(
      "Newton", "Newton's method", "θ ← θ − η H⁻¹∇f(θ),  H = ∇²f(θ) (|λ| where H is not positive definite)",
      List.of(Hyperparameter.LEARNING_RATE),
      new SeriesStyle("#8899aa", "#3a4958", Marker.HOURGLASS),
      new StabilityEdge("2", "2 (any L)", (v, l) -> 2),
      true,
      v -> new Newton(v.get("eta")));

  public Newton {
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

  private static final class State implements Optimizer {
    private double eta;
    private final int n;
    private final double[] g;
    private final double[] delta;
    private final DMatrixRMaj hessian;
    private final EigenDecomposition_F64<DMatrixRMaj> eigen;
    private int steps;
    private int modifiedSteps;
    private double mostNegative = Double.POSITIVE_INFINITY;

    State(double eta, int dimension) {
      this.eta = eta;
      this.n = dimension;
      this.g = new double[dimension];
      this.delta = new double[dimension];
      this.hessian = new DMatrixRMaj(dimension, dimension);
      this.eigen = DecompositionFactory_DDRM.eig(dimension, true, true);
    }

    /** θ ← θ − η V diag(1/max(|λᵢ|, floor)) Vᵀ g. */
    @Override
    public void step(double[] theta, GradientOracle oracle) {
      oracle.gradient(theta, g);
      oracle.hessian(theta, hessian);
      steps++;
      if (!eigen.decompose(hessian)) {
        // Not finite: let the runner see a non-finite iterate and call the run diverged.
        java.util.Arrays.fill(theta, Double.NaN);
        return;
      }
      double largest = 0;
      for (int i = 0; i < n; i++) {
        largest = Math.max(largest, Math.abs(eigen.getEigenvalue(i).getReal()));
      }
      double floor = RELATIVE_FLOOR * Math.max(1, largest);
      boolean modified = false;
      java.util.Arrays.fill(delta, 0);
      for (int i = 0; i < n; i++) {
        double lambda = eigen.getEigenvalue(i).getReal();
        if (lambda < floor) {
          modified = true;
          mostNegative = Math.min(mostNegative, lambda);
        }
        DMatrixRMaj v = eigen.getEigenVector(i);
        double along = 0;
        for (int j = 0; j < n; j++) {
          along += v.get(j) * g[j];
        }
        along /= Math.max(Math.abs(lambda), floor);
        for (int j = 0; j < n; j++) {
          delta[j] += along * v.get(j);
        }
      }
      if (modified) {
        modifiedSteps++;
      }
      for (int j = 0; j < n; j++) {
        theta[j] -= eta * delta[j];
      }
    }

    @Override
    public void setLearningRate(double learningRate) {
      eta = learningRate;
    }

    @Override
    public StepAnatomy anatomy() {
      if (steps == 0) {
        return null;
      }
      double[] step = new double[n];
      for (int j = 0; j < n; j++) {
        step[j] = -eta * delta[j];
      }
      return new StepAnatomy(g, java.util.Map.of("H⁻¹g", delta), null, null, step,
          "θ ← θ − η·H⁻¹g = θ − " + StepAnatomy.number(eta) + "·" + StepAnatomy.vector(delta)
          + (modifiedSteps > 0 ? "  (|λ| where H is not positive definite)" : ""));
    }

    @Override
    public void reset() {
      steps = 0;
      modifiedSteps = 0;
      mostNegative = Double.POSITIVE_INFINITY;
    }

    @Override
    public String status() {
      if (modifiedSteps == 0) {
        return steps == 0 ? "" : "H positive definite at every step: plain Newton steps";
      }
      return "H not positive definite at " + modifiedSteps + " of " + steps + " steps (smallest"
          + " eigenvalue " + org.gradientlab.format.Numbers.compact(mostNegative)
          + "): used |λ| there";
    }
  }
}
