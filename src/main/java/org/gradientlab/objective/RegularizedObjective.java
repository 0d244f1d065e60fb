package org.gradientlab.objective;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.format.Numbers;
import org.gradientlab.math.Vectors;

/**
 * f_λ(θ) = f(θ) + (λ/2)‖θ‖²: any objective with the L2 (weight-decay) term students drag.
 * ∇f_λ = ∇f + λθ and ∇²f_λ = ∇²f + λI, so λ raises every curvature by λ and the GD edge 2/L falls.
 */
public final class RegularizedObjective implements Objective {

  private final Objective base;
  private final double lambda;
  private List<Minimum> minima;

  private RegularizedObjective(Objective base, double lambda) {
    this.base = base;
    this.lambda = lambda;
  }

  /** The base objective itself when λ = 0, so that nothing changes when the term is off. */
  public static Objective of(Objective base, double lambda) {
    if (!Double.isFinite(lambda) || lambda < 0) {
      throw new IllegalArgumentException("λ must be finite and ≥ 0, was " + lambda);
    }
    if (lambda == 0) {
      return base;
    }
    return new RegularizedObjective(base, lambda);
  }

  public Objective base() {
    return base;
  }

  /** The objective without its penalty: the base of a regularised one, {@code f} itself otherwise. */
  public static Objective baseOf(Objective f) {
    return f instanceof RegularizedObjective reg ? reg.base : f;
  }

  public double lambda() {
    return lambda;
  }

  @Override
  public String name() {
    return base.name() + " + L2";
  }

  @Override
  public String formula() {
    return base.formula() + "  +  (λ/2)‖θ‖²,  λ = " + Numbers.compact(lambda);
  }

  @Override
  public int dimension() {
    return base.dimension();
  }

  @Override
  public double value(double[] theta) {
    return base.value(theta) + 0.5 * lambda * Vectors.squaredNorm(theta);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double f = base.valueAndGradient(theta, gradientOut);
    for (int i = 0; i < theta.length; i++) {
      gradientOut[i] += lambda * theta[i];
    }
    return f + 0.5 * lambda * Vectors.squaredNorm(theta);
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    base.hessian(theta, hessianOut);
    for (int i = 0; i < theta.length; i++) {
      hessianOut.add(i, i, lambda);
    }
  }

  @Override
  public Domain domain() {
    return base.domain();
  }

  @Override
  public List<String> parameterNames() {
    return base.parameterNames();
  }

  /** (λ/2)‖θ‖² is finite wherever θ is: what is undefined is the base's. */
  @Override
  public String whyUndefined(double[] theta) {
    return base.whyUndefined(theta);
  }

  /**
   * The minima move toward the origin as λ grows; they are found by Newton's method from the base
   * minima (and the origin, which becomes a minimum once λ exceeds every negative curvature there).
   */
  @Override
  public synchronized List<Minimum> knownMinima() {
    if (minima == null) {
      List<double[]> seeds = new ArrayList<>();
      for (Minimum m : base.knownMinima()) {
        seeds.add(m.location());
      }
      seeds.add(new double[dimension()]);
      minima = MinimumFinder.refineAll(this, seeds);
    }
    return minima;
  }
}
