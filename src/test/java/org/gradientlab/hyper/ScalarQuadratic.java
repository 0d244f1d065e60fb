package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;

/**
 * The smallest bilevel problem with closed forms for everything: one weight, L_train(w) =
 * ½a(w − b)², L_val(w) = ½(w − c)². With the L2 term the inner optimum is w*(λ) = ab/(a + λ), and
 * T steps of gradient descent from 0 at rate η leave w_T = w*(1 − r^T), r = 1 − η(a + λ).
 */
final class ScalarQuadratic implements InnerProblem {

  final double a;
  final double b;
  final double c;

  ScalarQuadratic(double a, double b, double c) {
    this.a = a;
    this.b = b;
    this.c = c;
  }

  @Override
  public String name() {
    return "½a(w − b)²";
  }

  @Override
  public int dimension() {
    return 1;
  }

  @Override
  public double[] penaltyMask() {
    return new double[] {1};
  }

  @Override
  public double trainValueAndGradient(double[] w, double[] gradient) {
    gradient[0] = a * (w[0] - b);
    return trainLoss(w);
  }

  @Override
  public double trainLoss(double[] w) {
    return 0.5 * a * (w[0] - b) * (w[0] - b);
  }

  @Override
  public void trainHessianVector(double[] w, double[] v, double[] out) {
    out[0] = a * v[0];
  }

  @Override
  public DMatrixRMaj trainHessian(double[] w) {
    return new DMatrixRMaj(1, 1, true, a);
  }

  @Override
  public double validationValueAndGradient(double[] w, double[] gradient) {
    gradient[0] = w[0] - c;
    return validationLoss(w);
  }

  @Override
  public double validationLoss(double[] w) {
    return 0.5 * (w[0] - c) * (w[0] - c);
  }

  @Override
  public boolean quadratic() {
    return true;
  }

  /** w_T after T GD steps from 0. */
  double weightsAfter(int t, double lambda, double eta) {
    double r = 1 - eta * (a + lambda);
    return a * b / (a + lambda) * (1 - Math.pow(r, t));
  }

  /** dC_T/dη = (w_T − c)·w*·T(a + λ)r^{T−1}. */
  double dEta(int t, double lambda, double eta) {
    double s = a + lambda;
    double r = 1 - eta * s;
    double wStar = a * b / s;
    return (weightsAfter(t, lambda, eta) - c) * wStar * t * s * Math.pow(r, t - 1);
  }

  /** dC_T/dλ = (w_T − c)·(−ab/(a+λ)²·(1 − r^T) + w*·Tη r^{T−1}). */
  double dLambda(int t, double lambda, double eta) {
    double s = a + lambda;
    double r = 1 - eta * s;
    double wStar = a * b / s;
    double dw = -a * b / (s * s) * (1 - Math.pow(r, t)) + wStar * t * eta * Math.pow(r, t - 1);
    return (weightsAfter(t, lambda, eta) - c) * dw;
  }

  /** dC/dλ at the inner optimum: (w* − c)·(−ab/(a + λ)²). */
  double implicitDLambda(double lambda) {
    double s = a + lambda;
    return (a * b / s - c) * (-a * b / (s * s));
  }
}
