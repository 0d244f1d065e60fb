package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;

/**
 * The inner level of a bilevel problem: a model's training loss L_train(w), to which the lab adds
 * (λ/2) Σⱼ mⱼ wⱼ² (mⱼ = 1 for penalised weights, 0 for an intercept), and the validation loss
 * L_val(w) the outer level judges the trained weights by.
 *
 * <p>Losses are means over examples. Implementations are immutable and safe to share between
 * threads.
 */
public interface InnerProblem {

  String name();

  /** p, the number of weights. */
  int dimension();

  /** m: 1 where the L2 term weighs the weight, 0 where it does not (an intercept). */
  double[] penaltyMask();

  /** L_train(w); writes ∇L_train(w) into {@code gradient}. */
  double trainValueAndGradient(double[] w, double[] gradient);

  double trainLoss(double[] w);

  /** ∇²L_train(w) · v into {@code out}. */
  void trainHessianVector(double[] w, double[] v, double[] out);

  /** ∇²L_train(w) as a p × p matrix. */
  DMatrixRMaj trainHessian(double[] w);

  /** L_val(w); writes ∇L_val(w) into {@code gradient}. */
  double validationValueAndGradient(double[] w, double[] gradient);

  double validationLoss(double[] w);

  /** Whether L_train is a quadratic in w (then one Newton step solves the inner problem exactly). */
  default boolean quadratic() {
    return false;
  }

  /** The share of validation examples classified right; NaN for regression. */
  default double validationAccuracy(double[] w) {
    return Double.NaN;
  }
}
