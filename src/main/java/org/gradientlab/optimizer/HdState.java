package org.gradientlab.optimizer;

import org.gradientlab.format.Numbers;

/**
 * What the hypergradient-descent optimizers share: the learning rate η_t they adapt by one step
 * η_t = η_{t−1} − β h_t per update, where h_t = ∇f(θ_{t−1})·∂u_{t−1}/∂η is the derivative of the
 * loss through the previous update u (Baydin et al. 2018), and its range over the run for the
 * status line.
 */
abstract class HdState implements Optimizer {

  private final double eta0;
  private final double beta;
  /** η_t: the learning rate of the last step (η₀ before the first). */
  protected double eta;
  private double lowest;
  private double highest;
  /** η before the last adaptation and the hypergradient h_t that moved it, for the anatomy. */
  private double etaBefore = Double.NaN;
  private double lastHypergradient = Double.NaN;
  private boolean stepped;

  HdState(double eta0, double beta) {
    this.eta0 = eta0;
    this.beta = beta;
    restart();
  }

  /** η_t = η_{t−1} − β h_t. */
  protected final void adapt(double hypergradient) {
    etaBefore = eta;
    lastHypergradient = hypergradient;
    stepped = true;
    eta -= beta * hypergradient;
    lowest = Math.min(lowest, eta);
    highest = Math.max(highest, eta);
  }

  protected final void restart() {
    stepped = false;
    etaBefore = Double.NaN;
    lastHypergradient = Double.NaN;
    eta = eta0;
    lowest = eta0;
    highest = eta0;
  }

  /**
   * The last update's anatomy: the gradient, the base method's own vectors, the step Δθ = −η_t·d
   * and the rule with this step's numbers, starting with the η adaptation; null before the first.
   */
  protected final StepAnatomy anatomy(double[] gradient, java.util.Map<String, double[]> vectors,
      double[] direction, String directionName) {
    if (!stepped) {
      return null;
    }
    double[] step = new double[direction.length];
    for (int i = 0; i < step.length; i++) {
      step[i] = -eta * direction[i];
    }
    String rule = "h = " + StepAnatomy.number(lastHypergradient) + ", η ← "
        + StepAnatomy.number(etaBefore) + " − " + StepAnatomy.number(beta) + "·h = "
        + StepAnatomy.number(eta) + ";  Δθ = −η·" + directionName + " = " + StepAnatomy.vector(step);
    return new StepAnatomy(gradient, vectors, null, null, step, rule);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public String status() {
    if (!Double.isFinite(eta)) {
      return "η_t overflowed";
    }
    return "η_t: " + Numbers.compact(eta0) + " → " + Numbers.compact(round(eta)) + " (between "
        + Numbers.compact(round(lowest)) + " and " + Numbers.compact(round(highest)) + ")";
  }

  /** Four significant digits: enough to read η off a status line. */
  private static double round(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * scale) / scale;
  }
}
