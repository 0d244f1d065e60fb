package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Rosenbrock's banana valley f(x, y) = (a − x)² + b (y − x²)², a = 1, b = 100 (Rosenbrock 1960).
 * The minimum (a, a²) sits at the end of a long curved valley: easy to find, slow to follow.
 */
public final class Rosenbrock implements Objective {

  private static final double A = 1;
  private static final double B = 100;

  @Override
  public String name() {
    return "Rosenbrock";
  }

  @Override
  public String formula() {
    return "f(x, y) = (1 − x)² + 100 (y − x²)²";
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    double x = theta[0];
    double y = theta[1];
    double u = A - x;
    double v = y - x * x;
    return u * u + B * v * v;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    double y = theta[1];
    double u = A - x;
    double v = y - x * x;
    gradientOut[0] = -2 * u - 4 * B * x * v;
    gradientOut[1] = 2 * B * v;
    return u * u + B * v * v;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    double x = theta[0];
    double y = theta[1];
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, 2 - 4 * B * y + 12 * B * x * x);
    hessianOut.set(0, 1, -4 * B * x);
    hessianOut.set(1, 0, -4 * B * x);
    hessianOut.set(1, 1, 2 * B);
  }

  @Override
  public Domain domain() {
    return new Domain(-2, 2, -1, 3);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(Minimum.at(0, A, A * A));
  }
}
