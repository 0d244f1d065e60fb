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
    return f + addPenalty(w, gradient);
  }

  /** h and ∇h at a start, from its known training loss and gradient when it has them. */
  public double valueAndGradient(InnerStart start, double[] gradient) {
    double[] w = start.w();
    if (!start.known()) {
      return valueAndGradient(w, gradient);
    }
    System.arraycopy(start.trainGradient(), 0, gradient, 0, w.length);
    return start.trainLoss() + addPenalty(w, gradient);
  }

  /**
   * Given h and ∇h at w, L_train(w) and ∇L_train(w) (into {@code trainGradient}): h minus the
   * penalty term.
   */
  public double trainLoss(double[] w, double value, double[] gradient, double[] trainGradient) {
    double penalty = 0;
    for (int j = 0; j < w.length; j++) {
      trainGradient[j] = gradient[j] - lambda * mask[j] * w[j];
      penalty += mask[j] * w[j] * w[j];
    }
    return value - 0.5 * lambda * penalty;
  }

  private double addPenalty(double[] w, double[] gradient) {
    double penalty = 0;
    for (int j = 0; j < w.length; j++) {
      gradient[j] += lambda * mask[j] * w[j];
      penalty += mask[j] * w[j] * w[j];
    }
    return 0.5 * lambda * penalty;
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
