package org.gradientlab.hyper;

import org.gradientlab.math.Vectors;

/**
 * Conjugate gradients (Hestenes and Stiefel 1952) for A q = b with A symmetric positive definite,
 * given only products A·v, stopped when ‖A q − b‖ ≤ tolerance; warm-started from a guess. Each
 * iteration costs one product A·v; a warm start one more, for its residual.
 */
public final class ConjugateGradient {

  /** What a solve produced. */
  public record Result(double[] q, int iterations, double residual) {}

  /** A·v into out. */
  @FunctionalInterface
  public interface Operator {
    void apply(double[] v, double[] out);
  }

  private ConjugateGradient() {}

  public static Result solve(Operator a, double[] b, double[] start, double tolerance, int maxIterations) {
    int n = b.length;
    double[] q = start.clone();
    double[] r = new double[n];
    double[] ap = new double[n];
    boolean zero = true;
    for (double v : q) {
      zero &= v == 0;
    }
    if (!zero) {
      a.apply(q, ap); // the residual of a warm start; from zero it is b, at no cost
    }
    for (int i = 0; i < n; i++) {
      r[i] = b[i] - ap[i];
    }
    double[] p = r.clone();
    double rr = Vectors.dot(r, r);
    int it = 0;
    while (Math.sqrt(rr) > tolerance && it < maxIterations) {
      a.apply(p, ap);
      double pap = Vectors.dot(p, ap);
      if (!(pap > 0)) {
        break; // not positive definite along p: stop with what we have
      }
      double step = rr / pap;
      for (int i = 0; i < n; i++) {
        q[i] += step * p[i];
        r[i] -= step * ap[i];
      }
      double next = Vectors.dot(r, r);
      double beta = next / rr;
      for (int i = 0; i < n; i++) {
        p[i] = r[i] + beta * p[i];
      }
      rr = next;
      it++;
    }
    return new Result(q, it, Math.sqrt(rr));
  }
}
