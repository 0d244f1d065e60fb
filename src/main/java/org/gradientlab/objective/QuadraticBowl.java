package org.gradientlab.objective;

import java.util.List;
import org.gradientlab.format.Numbers;
import org.ejml.data.DMatrixRMaj;

/**
 * f(θ) = ½ (θ − c)ᵀ A (θ − c) with A = R(φ) diag(1, 1/κ) R(φ)ᵀ.
 *
 * <p>The largest curvature is fixed at L = 1 so that the GD stability edge 2/L = 2 does not move
 * while κ changes; κ = L/μ stretches the flat direction, and φ rotates the long axis away from the
 * coordinate axes (where per-coordinate methods such as Adagrad lose their advantage).
 */
public final class QuadraticBowl implements Objective {

  private final double conditionNumber;
  private final double rotationDegrees;
  private final double centerX;
  private final double centerY;
  // A = [[a, b], [b, d]]
  private final double a;
  private final double b;
  private final double d;

  public QuadraticBowl(double conditionNumber, double rotationDegrees) {
    this(conditionNumber, rotationDegrees, 0, 0);
  }

  public QuadraticBowl(
      double conditionNumber, double rotationDegrees, double centerX, double centerY) {
    if (!(conditionNumber >= 1) || !Double.isFinite(conditionNumber)) {
      throw new IllegalArgumentException("condition number must be ≥ 1, was " + conditionNumber);
    }
    this.conditionNumber = conditionNumber;
    this.rotationDegrees = rotationDegrees;
    this.centerX = centerX;
    this.centerY = centerY;
    double phi = Math.toRadians(rotationDegrees);
    double c = Math.cos(phi);
    double s = Math.sin(phi);
    double large = 1.0;
    double small = 1.0 / conditionNumber;
    // R diag(large, small) Rᵀ with R = [[c, −s], [s, c]]
    this.a = large * c * c + small * s * s;
    this.b = (large - small) * c * s;
    this.d = large * s * s + small * c * c;
  }

  public double conditionNumber() {
    return conditionNumber;
  }

  public double rotationDegrees() {
    return rotationDegrees;
  }

  @Override
  public String name() {
    return "Quadratic bowl";
  }

  @Override
  public String formula() {
    return String.format(
        "f(θ) = ½ θᵀAθ,  eigenvalues 1 and 1/κ,  κ = %s, rotated %s°",
        Numbers.compact(conditionNumber), Numbers.compact(rotationDegrees));
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] theta) {
    double x = theta[0] - centerX;
    double y = theta[1] - centerY;
    return 0.5 * (a * x * x + 2 * b * x * y + d * y * y);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double x = theta[0] - centerX;
    double y = theta[1] - centerY;
    double gx = a * x + b * y;
    double gy = b * x + d * y;
    gradientOut[0] = gx;
    gradientOut[1] = gy;
    return 0.5 * (x * gx + y * gy);
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, a);
    hessianOut.set(0, 1, b);
    hessianOut.set(1, 0, b);
    hessianOut.set(1, 1, d);
  }

  @Override
  public Domain domain() {
    return new Domain(centerX - 3, centerX + 3, centerY - 3, centerY + 3);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(Minimum.at(0, centerX, centerY));
  }
}
