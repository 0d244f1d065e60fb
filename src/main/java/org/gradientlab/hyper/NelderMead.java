package org.gradientlab.hyper;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex search (Nelder and Mead 1965; the standard coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½) for a few smooth parameters, kept in a box by clamping, for
 * a fixed number of iterations: deterministic, derivative-free, used to fit a Gaussian process's
 * hyperparameters by marginal likelihood.
 */
final class NelderMead {

  private NelderMead() {}

  /** The best point found maximising f from {@code start} with initial steps {@code step}. */
  static double[] maximise(ToDoubleFunction<double[]> f, double[] start, double[] step, double[] lo,
      double[] hi, int iterations) {
    int d = start.length;
    double[][] simplex = new double[d + 1][];
    double[] values = new double[d + 1];
    simplex[0] = clamp(start.clone(), lo, hi);
    for (int i = 0; i < d; i++) {
      double[] p = start.clone();
      p[i] += step[i];
      if (p[i] > hi[i]) {
        p[i] = start[i] - step[i];
      }
      simplex[i + 1] = clamp(p, lo, hi);
    }
    for (int i = 0; i <= d; i++) {
      values[i] = value(f, simplex[i]);
    }
    for (int it = 0; it < iterations; it++) {
      sort(simplex, values);
      double[] centroid = new double[d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          centroid[j] += simplex[i][j] / d;
        }
      }
      double[] worst = simplex[d];
      double[] reflected = clamp(along(centroid, worst, -1), lo, hi);
      double fr = value(f, reflected);
      if (fr > values[0]) {
        double[] expanded = clamp(along(centroid, worst, -2), lo, hi);
        double fe = value(f, expanded);
        replace(simplex, values, d, fe > fr ? expanded : reflected, Math.max(fe, fr));
      } else if (fr > values[d - 1]) {
        replace(simplex, values, d, reflected, fr);
      } else {
        double[] contracted = along(centroid, worst, 0.5);
        double fc = value(f, contracted);
        if (fc > values[d]) {
          replace(simplex, values, d, contracted, fc);
        } else {
          for (int i = 1; i <= d; i++) {
            simplex[i] = along(simplex[0], simplex[i], 0.5);
            values[i] = value(f, simplex[i]);
          }
        }
      }
    }
    sort(simplex, values);
    return simplex[0];
  }

  /** c + t(p − c). */
  private static double[] along(double[] c, double[] p, double t) {
    double[] out = new double[c.length];
    for (int j = 0; j < c.length; j++) {
      out[j] = c[j] + t * (p[j] - c[j]);
    }
    return out;
  }

  private static double value(ToDoubleFunction<double[]> f, double[] p) {
    double v = f.applyAsDouble(p);
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private static void replace(double[][] simplex, double[] values, int i, double[] p, double v) {
    simplex[i] = p;
    values[i] = v;
  }

  /** Best first. */
  private static void sort(double[][] simplex, double[] values) {
    for (int i = 1; i < values.length; i++) {
      for (int j = i; j > 0 && values[j] > values[j - 1]; j--) {
        double v = values[j];
        values[j] = values[j - 1];
        values[j - 1] = v;
        double[] p = simplex[j];
        simplex[j] = simplex[j - 1];
        simplex[j - 1] = p;
      }
    }
  }

  private static double[] clamp(double[] p, double[] lo, double[] hi) {
    for (int j = 0; j < p.length; j++) {
      p[j] = Math.max(lo[j], Math.min(hi[j], p[j]));
    }
    return p;
  }
}
