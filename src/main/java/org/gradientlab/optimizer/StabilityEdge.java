package org.gradientlab.optimizer;

/**
 * The largest stable learning rate of an optimizer on a quadratic with largest curvature L, where it
 * has one in closed form (GD: 2/L; heavy ball: 2(1 + α)/L; Newton: 2 whatever L). Adaptive methods
 * have none: they rescale their steps as they go.
 *
 * @param mark short text for the tick on the η slider, e.g. "2/L"
 * @param formula the edge as a formula, e.g. "2(1+α)/L"
 * @param rule η at the edge for the optimizer's values and L
 */
public record StabilityEdge(String mark, String formula, Rule rule) {

  /** η at the edge; +∞ where every step size is stable for the quadratic model. */
  @FunctionalInterface
  public interface Rule {
    double edge(HyperparameterValues values, double largestCurvature);
  }

  /** The edge for these values and curvature L. */
  public double at(HyperparameterValues values, double largestCurvature) {
    return rule.edge(values, largestCurvature);
  }

  /** c/L for L &gt; 0, +∞ where f curves nowhere upward. */
  public static double over(double c, double largestCurvature) {
    return largestCurvature > 0 ? c / largestCurvature : Double.POSITIVE_INFINITY;
  }
}
