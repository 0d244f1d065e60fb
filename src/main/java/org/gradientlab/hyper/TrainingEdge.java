package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The learning-rate edge of the training loop that unrolled differentiation runs: gradient descent
 * on L_train + (λ/2)‖w‖² is stable for η &lt; 2/(L + λ), L the largest eigenvalue of ∇²L_train.
 * For ridge the Hessian is constant; for logistic regression ∇²L_train(0) = ¼XᵀX/n bounds it from
 * above (σ′ ≤ ¼), so the edge taken at w = 0 is a safe one.
 */
public final class TrainingEdge {

  private TrainingEdge() {}

  /** L: the largest eigenvalue of ∇²L_train(0) (EJML's symmetric eigen-decomposition). */
  public static double curvature(InnerProblem problem) {
    DMatrixRMaj h = problem.trainHessian(new double[problem.dimension()]);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
    if (!eig.decompose(h)) {
      throw new IllegalStateException("the training Hessian could not be decomposed");
    }
    double largest = 0;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      largest = Math.max(largest, eig.getEigenvalue(i).getReal());
    }
    return largest;
  }

  /**
   * The largest stable learning rate of the training loop at this λ, for curvature L: 2/(L + λ)
   * for gradient descent; 2(1 + α)/(L + λ) for heavy-ball momentum on a quadratic (Polyak 1964:
   * w_{t+1} = w_t − ηg_t + α(w_t − w_{t−1}) is stable iff 0 < ηh < 2(1 + α) for every eigenvalue h).
   */
  public static double edge(UnrolledMethod method, double alpha, double curvature, double lambda) {
    double factor = method == UnrolledMethod.MOMENTUM ? 1 + alpha : 1;
    return 2 * factor / (curvature + lambda);
  }

  /** The edge's formula as the map labels it. */
  public static String edgeFormula(UnrolledMethod method) {
    return method == UnrolledMethod.MOMENTUM ? "η = 2(1+α)/(L + λ)" : "η = 2/(L + λ)";
  }

  /** 2/(L + λ): the largest stable learning rate of gradient descent at this λ. */
  public static double gradientDescentEdge(InnerProblem problem, double lambda) {
    return 2 / (curvature(problem) + lambda);
  }
}
