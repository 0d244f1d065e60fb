package org.gradientlab.math;

/** Small allocation-free operations on {@code double[]} vectors, for the hot loops. */
public final class Vectors {

  private Vectors() {}

  public static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  public static double squaredNorm(double[] v) {
    return dot(v, v);
  }

  public static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  public static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /** True when every component is finite. */
  public static boolean isFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
