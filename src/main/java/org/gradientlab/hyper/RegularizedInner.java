package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;

/**
 * The inner objective h(w, λ) = L_train(w) + (λ/2) Σⱼ mⱼ wⱼ², with ∇h = ∇L_train + λ m⊙w and
 * ∇²h = ∇²L_train + λ diag(m). The mask m is read once: h is evaluated in every inner iteration.
 */
public final class RegularizedInner {

  private final InnerProblem problem;
  private final double lambda;
  private final double[] mask;

  public RegularizedInner(InnerProblem problem, double lambda) {
    this.problem = problem;
    this.lambda = lambda;
    this.mask = problem.penaltyMask();
  }

  public InnerProblem problem() {
    return problem;
  }

  public double lambda() {
    return lambda;
  }

  public double valueAndGradient(double[] w, double[] gradient) {
    double f = problem.trainValueAndGradient(w, gradient);
    double penalty = 0;
    for (int j = 0; j < w.length; j++) {
      gradient[j] += lambda * mask[j] * w[j];
      penalty += mask[j] * w[j] * w[j];
    }
    return f + 0.5 * lambda * penalty;
  }

  /** (∇²L_train + λ diag(m)) v. */
  public void hessianVector(double[] w, double[] v, double[] out) {
    problem.trainHessianVector(w, v, out);
    for (int j = 0; j < v.length; j++) {
      out[j] += lambda * mask[j] * v[j];
    }
  }

  /** ∇²L_train(w) + λ diag(m) as a matrix. */
  public DMatrixRMaj hessian(double[] w) {
    DMatrixRMaj h = problem.trainHessian(w);
    for (int j = 0; j < mask.length; j++) {
      h.add(j, j, lambda * mask[j]);
    }
    return h;
  }
}
