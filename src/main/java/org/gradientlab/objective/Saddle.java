package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The saddle f(x, y) = x² − y². The origin is a stationary point but not a minimum: GD started
 * exactly on the x-axis stops there; any tiny y grows by (1 + 2η) per step and escapes.
 */
public final class Saddle implements Objective {

  @Override
  public String name() {
    return "Saddle";
  }

  @Override
  public String formula() {
    return "f(x, y) = x² − y²";
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    return theta[0] * theta[0] - theta[1] * theta[1];
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    double y = theta[1];
    gradientOut[0] = 2 * x;
    gradientOut[1] = -2 * y;
    return x * x - y * y;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, 2);
    hessianOut.set(0, 1, 0);
    hessianOut.set(1, 0, 0);
    hessianOut.set(1, 1, -2);
  }

  @Override
  public Domain domain() {
    return Domain.square(2);
  }

  /** None: the only stationary point, the origin, is a saddle. */
  @Override
  public List<Minimum> knownMinima() {
    return List.of();
  }
}
