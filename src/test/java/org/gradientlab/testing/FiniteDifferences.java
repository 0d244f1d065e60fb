package org.gradientlab.testing;

import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Objective;

/** Central differences, the referee for every analytic derivative in the tests. */
public final class FiniteDifferences {

  private FiniteDifferences() {}

  /** (f(θ + hεᵢ) − f(θ − hεᵢ)) / 2h for every i; error O(h²). */
  public static double[] gradient(Objective f, double[] theta, double h) {
    double[] g = new double[theta.length];
    double[] x = theta.clone();
    for (int i = 0; i < theta.length; i++) {
      x[i] = theta[i] + h;
      double plus = f.value(x);
      x[i] = theta[i] - h;
      double minus = f.value(x);
      x[i] = theta[i];
      g[i] = (plus - minus) / (2 * h);
    }
    return g;
  }

  /** Column j is the central difference of ∇f along εⱼ. */
  public static DMatrixRMaj hessian(Objective f, double[] theta, double h) {
    int n = theta.length;
    DMatrixRMaj out = new DMatrixRMaj(n, n);
    double[] x = theta.clone();
    double[] gp = new double[n];
    double[] gm = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = theta[j] + h;
      f.valueAndGradient(x, gp);
      x[j] = theta[j] - h;
      f.valueAndGradient(x, gm);
      x[j] = theta[j];
      for (int i = 0; i < n; i++) {
        out.set(i, j, (gp[i] - gm[i]) / (2 * h));
      }
    }
    return out;
  }
}
