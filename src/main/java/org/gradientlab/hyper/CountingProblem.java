package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;

/**
 * An inner problem that counts every pass over the training rows it is asked for, so the work a
 * method reports is what it did, not what it says it did. Validation passes are not counted: every
 * method pays one per λ it judges. Not thread-safe: one per loop.
 */
public final class CountingProblem implements InnerProblem {

  private final InnerProblem problem;
  private long gradients;
  private long losses;
  private long hessianVectors;
  private long hessians;

  public CountingProblem(InnerProblem problem) {
    this.problem = problem instanceof CountingProblem c ? c.problem : problem;
  }

  /** The work counted so far. */
  public Work work() {
    return new Work(gradients, losses, hessianVectors, hessians);
  }

  /** The problem being counted. */
  public InnerProblem counted() {
    return problem;
  }

  @Override
  public String name() {
    return problem.name();
  }

  @Override
  public int dimension() {
    return problem.dimension();
  }

  @Override
  public double[] penaltyMask() {
    return problem.penaltyMask();
  }

  @Override
  public double trainValueAndGradient(double[] w, double[] gradient) {
    gradients++;
    return problem.trainValueAndGradient(w, gradient);
  }

  @Override
  public double trainLoss(double[] w) {
    losses++;
    return problem.trainLoss(w);
  }

  @Override
  public void trainHessianVector(double[] w, double[] v, double[] out) {
    hessianVectors++;
    problem.trainHessianVector(w, v, out);
  }

  @Override
  public DMatrixRMaj trainHessian(double[] w) {
    hessians++;
    return problem.trainHessian(w);
  }

  @Override
  public double validationValueAndGradient(double[] w, double[] gradient) {
    return problem.validationValueAndGradient(w, gradient);
  }

  @Override
  public double validationLoss(double[] w) {
    return problem.validationLoss(w);
  }

  @Override
  public boolean quadratic() {
    return problem.quadratic();
  }

  @Override
  public double validationAccuracy(double[] w) {
    return problem.validationAccuracy(w);
  }
}
