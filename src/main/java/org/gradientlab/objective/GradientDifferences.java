package org.gradientlab.objective;

import org.ejml.data.DMatrixRMaj;

/**
 * The Hessian as central differences of an exact gradient, column j = (∇f(x + h eⱼ) − ∇f(x − h eⱼ))/2h:
 * for objectives whose gradient is exact (backpropagation, forward-mode unrolling) but whose second
 * derivatives would cost a second pass of their own. Error O(h²).
 */
public final class GradientDifferences {

  private GradientDifferences() {}

  public static void hessian(Objective f, double[] x, double h, DMatrixRMaj out) {
    int n = f.dimension();
    out.reshape(n, n);
    double[] t = x.clone();
    double[] gp = new double[n];
    double[] gm = new double[n];
    for (int j = 0; j < n; j++) {
      t[j] = x[j] + h;
      f.valueAndGradient(t, gp);
      t[j] = x[j] - h;
      f.valueAndGradient(t, gm);
      t[j] = x[j];
      for (int i = 0; i < n; i++) {
        out.set(i, j, (gp[i] - gm[i]) / (2 * h));
      }
    }
  }
}
