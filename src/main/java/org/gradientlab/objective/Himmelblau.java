package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)² (Himmelblau 1972): four minima of
 * equal depth 0, so the start point decides which one an optimizer finds.
 */
public final class Himmelblau implements Objective {

  @Override
  public String name() {
    return "Himmelblau";
  }

  @Override
  public String formula() {
    return "f(x, y) = (x² + y − 11)² + (x + y² − 7)²";
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    double u = theta[0] * theta[0] + theta[1] - 11;
    double v = theta[0] + theta[1] * theta[1] - 7;
    return u * u + v * v;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    double y = theta[1];
    double u = x * x + y - 11;
    double v = x + y * y - 7;
    gradientOut[0] = 4 * x * u + 2 * v;
    gradientOut[1] = 2 * u + 4 * y * v;
    return u * u + v * v;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    double x = theta[0];
    double y = theta[1];
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, 12 * x * x + 4 * y - 42);
    hessianOut.set(0, 1, 4 * x + 4 * y);
    hessianOut.set(1, 0, 4 * x + 4 * y);
    hessianOut.set(1, 1, 4 * x + 12 * y * y - 26);
  }

  @Override
  public Domain domain() {
    return Domain.square(5);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(
        Minimum.at(0, 3, 2),
        Minimum.at(0, -2.805118086952745, 3.131312518250573),
        Minimum.at(0, -3.779310253377747, -3.283185991286170),
        Minimum.at(0, 3.584428340330492, -1.848126526964404));
  }
}
