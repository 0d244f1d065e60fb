package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.gradientlab.math.Vectors;

/**
 * The hypergradient by the implicit function theorem. At the inner optimum ∇_w h(w⋆, λ) = 0;
 * differentiating that identity in λ gives dw⋆/dλ = −(∇²_w h)⁻¹ ∂_λ∇_w h, and for the L2 term
 * ∂_λ∇_w h = m⊙w. Hence, with C(λ) = F(w⋆(λ)) for the outer loss F,
 * <pre>  dC/dλ = −(m⊙w)ᵀ q,   q = (∇²L_train(w) + λ diag(m))⁻¹ ∇F(w),</pre>
 * one linear system instead of differentiating through training; d C/d log λ = λ dC/dλ. The
 * system is solved exactly (Cholesky) or by conjugate gradients to a tolerance (HOAG's way).
 */
public final class ImplicitDifferentiation {

  /**
   * @param dLambda dC/dλ
   * @param dLogLambda dC/d log λ = λ dC/dλ
   * @param q the solution of the linear system, for warm starts
   * @param cgIterations conjugate-gradient iterations (0 for the exact solve)
   * @param residual ‖(∇²h) q − ∇F‖ at the end
   */
  public record Result(double value, double dLambda, double dLogLambda, double[] q, int cgIterations,
      double residual) {
    public Result {
      q = q.clone();
    }

    @Override
    public double[] q() {
      return q.clone();
    }
  }

  private ImplicitDifferentiation() {}

  /** The system solved exactly with a Cholesky factorisation (EJML). */
  public static Result exact(InnerProblem problem, OuterObjective outer, double lambda, double[] w) {
    double[] grad = new double[w.length];
    double value = outer.valueAndGradient(problem, w, grad);
    return exact(problem, lambda, w, value, grad);
  }

  /**
   * The same, given F(w) and ∇F(w) already computed. The residual is measured with the factored
   * matrix itself: no further pass over the data.
   */
  public static Result exact(InnerProblem problem, double lambda, double[] w, double value,
      double[] outerGradient) {
    int p = w.length;
    RegularizedInner h = new RegularizedInner(problem, lambda);
    DMatrixRMaj a = h.hessian(w);
    DMatrixRMaj b = new DMatrixRMaj(p, 1, true, outerGradient);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
    DMatrixRMaj q = new DMatrixRMaj(p, 1);
    if (!chol.setA(a.copy())) {
      throw new IllegalStateException("the inner Hessian is not positive definite at λ = " + lambda);
    }
    chol.solve(b, q);
    DMatrixRMaj r = new DMatrixRMaj(p, 1);
    CommonOps_DDRM.mult(a, q, r);
    CommonOps_DDRM.subtractEquals(r, b);
    return result(value, lambda, w, problem.penaltyMask(), q.getData().clone(), 0,
        NormOps_DDRM.normF(r));
  }

  /** The system solved by conjugate gradients from {@code q0} until the residual is ≤ tolerance. */
  public static Result conjugateGradient(InnerProblem problem, OuterObjective outer, double lambda,
      double[] w, double[] q0, double tolerance) {
    double[] grad = new double[w.length];
    double value = outer.valueAndGradient(problem, w, grad);
    return conjugateGradient(problem, lambda, w, value, grad, q0, tolerance);
  }

  /** The same, given F(w) and ∇F(w) already computed. */
  public static Result conjugateGradient(InnerProblem problem, double lambda, double[] w,
      double value, double[] outerGradient, double[] q0, double tolerance) {
    int p = w.length;
    RegularizedInner h = new RegularizedInner(problem, lambda);
    ConjugateGradient.Result cg = ConjugateGradient.solve((v, out) -> h.hessianVector(w, v, out),
        outerGradient, q0, tolerance, 10 * p + 100);
    return result(value, lambda, w, problem.penaltyMask(), cg.q(), cg.iterations(), cg.residual());
  }

  private static Result result(double value, double lambda, double[] w, double[] m, double[] q,
      int iterations, double residual) {
    double[] mw = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      mw[j] = m[j] * w[j];
    }
    double dLambda = -Vectors.dot(mw, q);
    return new Result(value, dLambda, lambda * dLambda, q, iterations, residual);
  }
}
