package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.gradientlab.math.Vectors;

/**
 * Two accurate inner solvers.
 * <ul>
 *   <li>{@link #solve}: the referee. Damped Newton with the exact Hessian (Cholesky) and Armijo
 *       backtracking, run to the rounding floor: quadratic convergence takes the last digits, which
 *       a finite-difference check needs, because it divides the remaining error in w by its step.
 *   <li>{@link #accurate}: what a practitioner calls an exact solve, and what every method is
 *       charged for: the shared L-BFGS to ‖∇h‖ ≤ {@link #RELATIVE_TOLERANCE}·‖∇L_train(0)‖ (the
 *       gradient at zero weights, where the penalty vanishes: a λ-free scale of the problem).
 * </ul>
 */
public final class ExactInner {

  public static final double RELATIVE_TOLERANCE = 1e-9;
  public static final int MAX_NEWTON_STEPS = 100;

  private ExactInner() {}

  /** ‖∇L_train(0)‖, the scale inner tolerances are relative to. */
  public static double gradientScale(InnerProblem problem) {
    double[] g = new double[problem.dimension()];
    problem.trainValueAndGradient(new double[problem.dimension()], g);
    return Math.max(Vectors.norm(g), 1e-300);
  }

  /** L-BFGS from {@code start} to the relative tolerance. */
  public static InnerSolution accurate(InnerProblem problem, double lambda, double[] start) {
    return Lbfgs.minimize(new RegularizedInner(problem, lambda), start,
        RELATIVE_TOLERANCE * gradientScale(problem));
  }

  /** Newton's method from {@code start} to the rounding floor; iterations are Newton steps. */
  public static InnerSolution solve(InnerProblem problem, double lambda, double[] start) {
    RegularizedInner h = new RegularizedInner(problem, lambda);
    double[] w = start.clone();
    int p = w.length;
    double[] g = new double[p];
    double f = h.valueAndGradient(w, g);
    double norm = Vectors.norm(g);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
    double[] trial = new double[p];
    double[] trialG = new double[p];
    DMatrixRMaj step = new DMatrixRMaj(p, 1);
    int steps = 0;
    int evaluations = 1;
    while (steps < MAX_NEWTON_STEPS && norm > 0) {
      if (!chol.setA(h.hessian(w))) {
        // Not positive definite to working precision: L-BFGS does what it can.
        InnerSolution fallback = Lbfgs.minimize(h, w, RELATIVE_TOLERANCE * gradientScale(problem));
        return new InnerSolution(fallback.w(), steps + fallback.iterations(),
            evaluations + fallback.gradientEvaluations(), fallback.gradientNorm());
      }
      chol.solve(new DMatrixRMaj(p, 1, true, g), step);
      double slope = 0;
      for (int j = 0; j < p; j++) {
        slope -= g[j] * step.get(j);
      }
      double t = 1;
      double ft;
      double tn;
      boolean improved;
      do {
        for (int j = 0; j < p; j++) {
          trial[j] = w[j] - t * step.get(j);
        }
        ft = h.valueAndGradient(trial, trialG);
        tn = Vectors.norm(trialG);
        evaluations++;
        // Far from the optimum the value decides (Armijo); near it, where f is flat to rounding,
        // the gradient norm does.
        improved = ft <= f + 1e-4 * t * slope || (tn < norm && ft <= f + 1e-12 * Math.abs(f));
        t /= 2;
      } while (!improved && t > 1e-10);
      steps++;
      if (!improved || !(tn < norm)) {
        break; // at the rounding floor
      }
      System.arraycopy(trial, 0, w, 0, p);
      System.arraycopy(trialG, 0, g, 0, p);
      f = ft;
      norm = tn;
    }
    return new InnerSolution(w, steps, evaluations, norm);
  }

  /** C(λ) with an exact inner solve from zero weights. */
  public static double outerValue(InnerProblem problem, OuterObjective outer, double lambda) {
    return outer.value(problem, solve(problem, lambda, new double[problem.dimension()]).w());
  }

  /**
   * d C/d log λ by central differences of exact solves, (C(λe^h) − C(λe^−h)) / 2h: the referee.
   * Its error is O(h²) plus the inner solves' error divided by h.
   */
  public static double finiteDifferenceLogLambda(InnerProblem problem, OuterObjective outer,
      double lambda, double h) {
    double[] w0 = solve(problem, lambda, new double[problem.dimension()]).w();
    double up = outer.value(problem, solve(problem, lambda * Math.exp(h), w0).w());
    double down = outer.value(problem, solve(problem, lambda * Math.exp(-h), w0).w());
    return (up - down) / (2 * h);
  }
}
