package org.gradientlab.hyper;

/**
 * Work spent on the training data, in the units of the HOAG paper (Pedregosa 2016): each
 * loss+gradient evaluation is one pass over the training rows, and so is a loss alone; a
 * Hessian-vector product costs about two passes; a full Hessian (for Newton and Cholesky) about
 * p passes. They are counted apart, never added into one number that hides the difference.
 *
 * @param gradients training loss+gradient evaluations
 * @param losses training loss evaluations without a gradient
 * @param hessianVectors products ∇²L_train(w)·v
 * @param hessians full Hessians ∇²L_train(w)
 */
public record Work(long gradients, long losses, long hessianVectors, long hessians) {

  public static final Work NONE = new Work(0, 0, 0, 0);

  public Work plus(Work o) {
    return new Work(gradients + o.gradients, losses + o.losses, hessianVectors + o.hessianVectors,
        hessians + o.hessians);
  }

  public Work minus(Work o) {
    return new Work(gradients - o.gradients, losses - o.losses, hessianVectors - o.hessianVectors,
        hessians - o.hessians);
  }
}
