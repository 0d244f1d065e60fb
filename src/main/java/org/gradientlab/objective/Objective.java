package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A differentiable function f: ℝⁿ → ℝ that the lab can draw and optimise.
 *
 * <p>Everything the landscape shows is an objective: the built-in test surfaces, a typed formula,
 * the loss of a model on data, a 2-D slice of a network's loss. The hot path is
 * {@link #valueAndGradient(double[], double[])}, which must not allocate.
 */
public interface Objective {

  /** Short name for menus and legends, e.g. "Rosenbrock". */
  String name();

  /** The formula as plain Unicode text, e.g. "f(x, y) = (1 − x)² + 100 (y − x²)²". */
  String formula();

  /** Number of parameters n. The landscape views draw n = 1 and n = 2. */
  int dimension();

  /** f(θ). Returns a non-finite number rather than throwing when θ is far out. */
  double value(double[] theta);

  /** Writes ∇f(θ) into {@code gradientOut} (length n) and returns f(θ). Must not allocate. */
  double valueAndGradient(double[] theta, double[] gradientOut);

  /** Writes the Hessian ∇²f(θ) into {@code hessianOut}, an n×n matrix. */
  void hessian(double[] theta, DMatrixRMaj hessianOut);

  /** A box that frames the interesting part of the landscape. */
  Domain domain();

  /** Minima known in closed form (global ones, and local ones where the surface is about them). */
  List<Minimum> knownMinima();

  /** Names of the coordinates for axis labels: "x" and "y" unless the objective knows better. */
  default List<String> parameterNames() {
    return dimension() == 1 ? List.of("x") : List.of("x", "y");
  }

  /**
   * Why f or ∇f is not a finite number at θ, in a few words a student understands ("log of a
   * negative number"), or "" when the objective cannot say more than the number itself.
   */
  default String whyUndefined(double[] theta) {
    return "";
  }

  /** ∇f(θ) as a new array; convenience for tests and off-path code. */
  default double[] gradient(double[] theta) {
    double[] g = new double[dimension()];
    valueAndGradient(theta, g);
    return g;
  }

  /** ∇²f(θ) as a new matrix; convenience for off-path code. */
  default DMatrixRMaj hessian(double[] theta) {
    DMatrixRMaj h = new DMatrixRMaj(dimension(), dimension());
    hessian(theta, h);
    return h;
  }
}
