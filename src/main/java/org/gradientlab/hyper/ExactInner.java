package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.gradientlab.math.Vectors;

/**
 * Two accurate inner solvers.
 * <ul>
 *   <li>{@link #solve}: the exact solve, and the referee. Damped Newton with the exact Hessian
 *       (Cholesky) and Armijo backtracking, run to the rounding floor: quadratic convergence takes
 *       the last digits, which a finite-difference check needs, because it divides the remaining
 *       error in w by its step. On a quadratic (ridge) the first Newton step is the closed-form
 *       solve by one Cholesky factorisation; later steps reuse the factor (iterative refinement).
 *   <li>{@link #accurate}: what a practitioner calls an exact solve, and what every method is
 *       charged for: the shared L-BFGS to ‖∇h‖ ≤ {@link #RELATIVE_TOLERANCE}·‖∇L_train(0)‖ (the
 *       gradient at zero weights, where the penalty vanishes: a λ-free scale of the problem).
 * </ul>
 */
public final class ExactInner {

  public static final double RELATIVE_TOLERANCE = 1e-9;
  public static final int MAX_NEWTON_STEPS = 100;

  private ExactInner() {}

  /**
   * w = 0 with L_train and ∇L_train there (one pass): ‖∇L_train(0)‖ is the λ-free scale inner
   * tolerances are relative to, and a first solve from zero weights starts from it at no further cost.
   */
  public static InnerStart untrained(InnerProblem problem) {
    double[] zero = new double[problem.dimension()];
    double[] g = new double[zero.length];
    double loss = problem.trainValueAndGradient(zero, g);
    return new InnerStart(zero, loss, g);
  }

  /** ‖∇L_train(0)‖, the scale inner tolerances are relative to (at least 1e-300). */
  public static double gradientScale(InnerStart untrained) {
    return Math.max(Vectors.norm(untrained.trainGradient()), 1e-300);
  }

  /** ‖∇L_train(0)‖, evaluated here. */
  public static double gradientScale(InnerProblem problem) {
    return gradientScale(untrained(problem));
  }

  /** L-BFGS from {@code start} to the relative tolerance. */
  public static InnerSolution accurate(InnerProblem problem, double lambda, double[] start) {
    return Lbfgs.minimize(new RegularizedInner(problem, lambda), start,
        RELATIVE_TOLERANCE * gradientScale(problem));
  }

  /** Newton's method from {@code start} to the rounding floor; iterations are Newton steps. */
  public static InnerSolution solve(InnerProblem problem, double lambda, double[] start) {
    return solve(problem, lambda, InnerStart.at(start));
  }

  /** The same from a start whose training loss and gradient may already be known. */
  public static InnerSolution solve(InnerProblem problem, double lambda, InnerStart start) {
    RegularizedInner h = new RegularizedInner(problem, lambda);
    double[] w = start.w();
    int p = w.length;
    double[] g = new double[p];
    double f = h.valueAndGradient(start, g);
    double norm = Vectors.norm(g);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
    double[] trial = new double[p];
    double[] trialG = new double[p];
    DMatrixRMaj step = new DMatrixRMaj(p, 1);
    int steps = 0;
    int evaluations = start.known() ? 0 : 1;
    boolean floor = norm == 0;
    while (steps < MAX_NEWTON_STEPS && !floor) {
      // A quadratic's Hessian is the same everywhere: factor it once, and later steps are
      // iterative refinement of the closed-form solve.
      if ((steps == 0 || !problem.quadratic()) && !chol.setA(h.hessian(w))) {
        // Not positive definite to working precision: L-BFGS does what it can.
        InnerSolution fallback = Lbfgs.minimize(h, w, RELATIVE_TOLERANCE * gradientScale(problem));
        return new InnerSolution(fallback.w(), steps + fallback.iterations(),
            evaluations + fallback.gradientEvaluations(), fallback.value(), fallback.trainLoss(),
            fallback.gradientNorm(), fallback.reachedTolerance(), fallback.trainGradient());
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
        floor = true; // at the rounding floor: w is as good as double precision allows
      } else {
        System.arraycopy(trial, 0, w, 0, p);
        System.arraycopy(trialG, 0, g, 0, p);
        f = ft;
        norm = tn;
        floor = norm == 0;
      }
    }
    double[] trainGradient = new double[p];
    double trainLoss = h.trainLoss(w, f, g, trainGradient);
    return new InnerSolution(w, steps, evaluations, f, trainLoss, norm, floor, trainGradient);
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
