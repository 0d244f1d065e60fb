package org.gradientlab.stability;

/**
 * Step-size limits from the curvature of f at a point, where f ≈ its quadratic model.
 *
 * <p>Along an eigenvector of the Hessian with eigenvalue h, one GD step multiplies the error by
 * (1 − ηh), so GD is stable iff 0 &lt; ηh &lt; 2 for every h: η &lt; 2/L with L the largest eigenvalue.
 * Heavy-ball momentum (v ← αv + g, θ ← θ − ηv) has characteristic polynomial z² − (1 + α − ηh)z + α,
 * whose roots stay in the unit circle iff ηh &lt; 2(1 + α); Nesterov's (gradient at θ − ηαv) has
 * z² − (1 − ηh)(1 + α)z + α(1 − ηh), stable iff ηh &lt; 2(1 + α)/(1 + 2α).
 *
 * @param largestCurvature L, the largest Hessian eigenvalue
 * @param smallestCurvature μ, the smallest Hessian eigenvalue
 */
public record StabilityEdges(double largestCurvature, double smallestCurvature) {

  /** 2/L; infinite where f curves nowhere upward (no step is too large for the quadratic model). */
  public double gradientDescentEdge() {
    return largestCurvature > 0 ? 2 / largestCurvature : Double.POSITIVE_INFINITY;
  }

  /** 2(1 + α)/L. */
  public double momentumEdge(double alpha) {
    return largestCurvature > 0 ? 2 * (1 + alpha) / largestCurvature : Double.POSITIVE_INFINITY;
  }

  /** 2(1 + α)/((1 + 2α)L). */
  public double nesterovEdge(double alpha) {
    return largestCurvature > 0
        ? 2 * (1 + alpha) / ((1 + 2 * alpha) * largestCurvature)
        : Double.POSITIVE_INFINITY;
  }

  /** κ = L/μ; infinite when μ ≤ 0 (flat or saddle directions). */
  public double conditionNumber() {
    return smallestCurvature > 0 ? largestCurvature / smallestCurvature : Double.POSITIVE_INFINITY;
  }

  /** The step η* = 2/(L + μ) that makes GD fastest on a quadratic: rate (κ − 1)/(κ + 1) per step. */
  public double optimalGradientDescentStep() {
    return 2 / (largestCurvature + smallestCurvature);
  }
}
