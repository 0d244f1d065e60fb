package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Rastrigin's function f(θ) = 2A + Σᵢ (θᵢ² − A cos 2πθᵢ), A = 10 (Rastrigin 1974): a bowl covered in
 * a regular grid of local minima, the standard picture of a non-convex loss.
 */
public final class Rastrigin implements Objective {

  private static final double A = 10;
  private static final double TWO_PI = 2 * Math.PI;

  @Override
  public String name() {
    return "Rastrigin";
  }

  @Override
  public String formula() {
    return "f(x, y) = 20 + x² − 10 cos 2πx + y² − 10 cos 2πy";
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    double x = theta[0];
    double y = theta[1];
    return 2 * A + x * x - A * Math.cos(TWO_PI * x) + y * y - A * Math.cos(TWO_PI * y);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    double y = theta[1];
    gradientOut[0] = 2 * x + TWO_PI * A * Math.sin(TWO_PI * x);
    gradientOut[1] = 2 * y + TWO_PI * A * Math.sin(TWO_PI * y);
    return 2 * A + x * x - A * Math.cos(TWO_PI * x) + y * y - A * Math.cos(TWO_PI * y);
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, 2 + TWO_PI * TWO_PI * A * Math.cos(TWO_PI * theta[0]));
    hessianOut.set(0, 1, 0);
    hessianOut.set(1, 0, 0);
    hessianOut.set(1, 1, 2 + TWO_PI * TWO_PI * A * Math.cos(TWO_PI * theta[1]));
  }

  @Override
  public Domain domain() {
    return Domain.square(5.12);
  }

  /** The global minimum; the local ones near the integer lattice are left for students to find. */
  @Override
  public List<Minimum> knownMinima() {
    return List.of(Minimum.at(0, 0, 0));
  }
}
