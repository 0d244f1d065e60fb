package org.gradientlab.hyper;

/**
 * An inner problem with one loss on two splits of the data: the weights are fit to the training
 * rows and judged on the validation rows by the same per-example loss, a mean over the rows.
 */
abstract class SplitProblem implements InnerProblem {

  private final String name;
  protected final double[][] xTrain;
  protected final double[] yTrain;
  protected final double[][] xVal;
  protected final double[] yVal;

  SplitProblem(String name, double[][] xTrain, double[] yTrain, double[][] xVal, double[] yVal) {
    this.name = name;
    this.xTrain = xTrain;
    this.yTrain = yTrain;
    this.xVal = xVal;
    this.yVal = yVal;
  }

  /** The mean loss of {@code w} on the rows (x, y); its gradient into {@code gradient} unless null. */
  protected abstract double loss(double[][] x, double[] y, double[] w, double[] gradient);

  @Override
  public String name() {
    return name;
  }

  @Override
  public double trainValueAndGradient(double[] w, double[] gradient) {
    return loss(xTrain, yTrain, w, gradient);
  }

  @Override
  public double trainLoss(double[] w) {
    return loss(xTrain, yTrain, w, null);
  }

  @Override
  public double validationValueAndGradient(double[] w, double[] gradient) {
    return loss(xVal, yVal, w, gradient);
  }

  @Override
  public double validationLoss(double[] w) {
    return loss(xVal, yVal, w, null);
  }
}
