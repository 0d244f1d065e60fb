package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Beale's function f(x, y) = Σᵢ (cᵢ − x + x yⁱ)², c = (1.5, 2.25, 2.625): a flat floor around the
 * minimum (3, ½) and walls that rise by five orders of magnitude toward the corners.
 */
public final class Beale implements Objective {

  private static final double C1 = 1.5;
  private static final double C2 = 2.25;
  private static final double C3 = 2.625;

  @Override
  public String name() {
    return "Beale";
  }

  @Override
  public String formula() {
    return "f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²";
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    double x = theta[0];
    double y = theta[1];
    double t1 = C1 - x + x * y;
    double t2 = C2 - x + x * y * y;
    double t3 = C3 - x + x * y * y * y;
    return t1 * t1 + t2 * t2 + t3 * t3;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0];
    double y = theta[1];
    double y2 = y * y;
    double y3 = y2 * y;
    double t1 = C1 - x + x * y;
    double t2 = C2 - x + x * y2;
    double t3 = C3 - x + x * y3;
    gradientOut[0] = 2 * (t1 * (y - 1) + t2 * (y2 - 1) + t3 * (y3 - 1));
    gradientOut[1] = 2 * (t1 * x + t2 * 2 * x * y + t3 * 3 * x * y2);
    return t1 * t1 + t2 * t2 + t3 * t3;
  }

  /** ∇²f = 2 Σᵢ (∇tᵢ ∇tᵢᵀ + tᵢ ∇²tᵢ). */
  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    double x = theta[0];
    double y = theta[1];
    double y2 = y * y;
    double y3 = y2 * y;
    double t1 = C1 - x + x * y;
    double t2 = C2 - x + x * y2;
    double t3 = C3 - x + x * y3;
    // ∇t₁ = (y − 1, x), ∇t₂ = (y² − 1, 2xy), ∇t₃ = (y³ − 1, 3xy²)
    double[] gx = {y - 1, y2 - 1, y3 - 1};
    double[] gy = {x, 2 * x * y, 3 * x * y2};
    double hxx = 0;
    double hxy = 0;
    double hyy = 0;
    for (int i = 0; i < 3; i++) {
      hxx += gx[i] * gx[i];
      hxy += gx[i] * gy[i];
      hyy += gy[i] * gy[i];
    }
    // ∇²t₁ = [[0, 1], [1, 0]], ∇²t₂ = [[0, 2y], [2y, 2x]], ∇²t₃ = [[0, 3y²], [3y², 6xy]]
    hxy += t1 + t2 * 2 * y + t3 * 3 * y2;
    hyy += t2 * 2 * x + t3 * 6 * x * y;
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, 2 * hxx);
    hessianOut.set(0, 1, 2 * hxy);
    hessianOut.set(1, 0, 2 * hxy);
    hessianOut.set(1, 1, 2 * hyy);
  }

  @Override
  public Domain domain() {
    return Domain.square(4.5);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(Minimum.at(0, 3, 0.5));
  }
}
