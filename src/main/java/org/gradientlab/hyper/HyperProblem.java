package org.gradientlab.hyper;

/**
 * A bilevel problem the hypergradient lab offers: its id in scene files (sine, diabetes,
 * breast-cancer), the inner problem, the range of log λ it searches, the start, and (for the sine)
 * the data behind the plot of the fitted curve.
 */
public record HyperProblem(String id, String label, InnerProblem inner, double logMin, double logMax,
    double logLambda0, SineFit sine) {

  @Override
  public String toString() {
    return label;
  }
}
