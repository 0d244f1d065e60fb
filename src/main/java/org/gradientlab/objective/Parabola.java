package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * f(x) = x², the first landscape of every course. f'(x) = 2x, so one GD step is x ← (1 − 2η)x:
 * it converges for 0 < η < 1, flips between ±x₀ at η = 1 and diverges for η > 1 (L = 2, edge 2/L = 1).
 */
public final class Parabola implements Objective {

  @Override
  public String name() {
    return "f(x) = x²";
  }

  @Override
  public String formula() {
    return "f(x) = x²";
  }

  @Override
  public int dimension() {
    return 1;
  }

  @Override
  public double value(double[] theta) {
    return theta[0] * theta[0];
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    gradientOut[0] = 2 * x;
    return x * x;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    hessianOut.reshape(1, 1);
    hessianOut.set(0, 0, 2);
  }

  @Override
  public Domain domain() {
    return Domain.interval(-1.6, 1.6);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(Minimum.at(0, 0));
  }
}
