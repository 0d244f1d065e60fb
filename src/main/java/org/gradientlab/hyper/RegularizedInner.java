package org.gradientlab.hyper;

/**
 * The inner objective h(w, λ) = L_train(w) + (λ/2) Σⱼ mⱼ wⱼ², with ∇h = ∇L_train + λ m⊙w and
 * ∇²h = ∇²L_train + λ diag(m).
 */
public record RegularizedInner(InnerProblem problem, double lambda) {

  public double valueAndGradient(double[] w, double[] gradient) {
    double f = problem.trainValueAndGradient(w, gradient);
    double[] m = problem.penaltyMask();
    double penalty = 0;
    for (int j = 0; j < w.length; j++) {
      gradient[j] += lambda * m[j] * w[j];
      penalty += m[j] * w[j] * w[j];
    }
    return f + 0.5 * lambda * penalty;
  }

  /** (∇²L_train + λ diag(m)) v. */
  public void hessianVector(double[] w, double[] v, double[] out) {
    problem.trainHessianVector(w, v, out);
    double[] m = problem.penaltyMask();
    for (int j = 0; j < v.length; j++) {
      out[j] += lambda * m[j] * v[j];
    }
  }
}
