package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
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
    int p = w.length;
    double[] grad = new double[p];
    double value = outer.valueAndGradient(problem, w, grad);
    RegularizedInner h = new RegularizedInner(problem, lambda);
    LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(p);
    DMatrixRMaj q = new DMatrixRMaj(p, 1);
    if (!chol.setA(h.hessian(w))) {
      throw new IllegalStateException("the inner Hessian is not positive definite at λ = " + lambda);
    }
    chol.solve(new DMatrixRMaj(p, 1, true, grad), q);
    double[] qq = q.getData().clone();
    double[] hq = new double[p];
    h.hessianVector(w, qq, hq);
    double residual = 0;
    for (int j = 0; j < p; j++) {
      residual += (hq[j] - grad[j]) * (hq[j] - grad[j]);
    }
    return result(value, lambda, w, problem.penaltyMask(), qq, 0, Math.sqrt(residual));
  }

  /** The system solved by conjugate gradients from {@code q0} until the residual is ≤ tolerance. */
  public static Result conjugateGradient(InnerProblem problem, OuterObjective outer, double lambda,
      double[] w, double[] q0, double tolerance) {
    int p = w.length;
    double[] grad = new double[p];
    double value = outer.valueAndGradient(problem, w, grad);
    RegularizedInner h = new RegularizedInner(problem, lambda);
    ConjugateGradient.Result cg = ConjugateGradient.solve((v, out) -> h.hessianVector(w, v, out),
        grad, q0, tolerance, 10 * p + 100);
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
