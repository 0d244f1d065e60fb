package org.gradientlab.hyper;

import org.gradientlab.math.Vectors;

/**
 * The inner solver: limited-memory BFGS (Nocedal 1980; Nocedal and Wright 2006, Alg. 7.4, two-loop
 * recursion) with a backtracking Armijo line search, stopped when ‖∇h(w)‖ ≤ tolerance. Warm starts
 * are what make HOAG's inexact inner solves cheap. The same solver serves every method, so its
 * iteration count is a fair measure of inner work.
 */
public final class Lbfgs {

  public static final int MEMORY = 10;
  public static final double ARMIJO = 1e-4;
  public static final int MAX_ITERATIONS = 10_000;
  /** Relative change in h below which two values are equal in double precision. */
  static final double ROUNDING = 1e-13;
  static final double MIN_STEP = 1e-12;

  private Lbfgs() {}

  public static InnerSolution minimize(RegularizedInner h, double[] start, double tolerance) {
    int p = start.length;
    double[] w = start.clone();
    double[] g = new double[p];
    double[] trialW = new double[p];
    double[] trialG = new double[p];
    double[][] s = new double[MEMORY][p];
    double[][] y = new double[MEMORY][p];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    double[] d = new double[p];
    int stored = 0;
    int newest = -1;
    double f = h.valueAndGradient(w, g);
    int evaluations = 1;
    int it = 0;
    while (Vectors.norm(g) > tolerance && it < MAX_ITERATIONS && Double.isFinite(f)) {
      // Two-loop recursion: d = −H_k ∇h, H_k the L-BFGS inverse-Hessian estimate.
      System.arraycopy(g, 0, d, 0, p);
      for (int k = 0; k < stored; k++) {
        int i = Math.floorMod(newest - k, MEMORY);
        alpha[i] = rho[i] * Vectors.dot(s[i], d);
        for (int j = 0; j < p; j++) {
          d[j] -= alpha[i] * y[i][j];
        }
      }
      double gamma = stored > 0 ? Vectors.dot(s[newest], y[newest]) / Vectors.dot(y[newest], y[newest])
          : 1 / Math.max(1, Vectors.norm(g));
      for (int j = 0; j < p; j++) {
        d[j] *= gamma;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int i = Math.floorMod(newest - k, MEMORY);
        double beta = rho[i] * Vectors.dot(y[i], d);
        for (int j = 0; j < p; j++) {
          d[j] += s[i][j] * (alpha[i] - beta);
        }
      }
      for (int j = 0; j < p; j++) {
        d[j] = -d[j];
      }
      double slope = Vectors.dot(g, d);
      if (!(slope < 0)) {
        // not a descent direction (curvature information went stale): restart from −∇h
        for (int j = 0; j < p; j++) {
          d[j] = -g[j];
        }
        slope = Vectors.dot(g, d);
        stored = 0;
      }
      double t = 1;
      double ft;
      double gradientNorm = Vectors.norm(g);
      boolean accepted;
      do {
        for (int j = 0; j < p; j++) {
          trialW[j] = w[j] + t * d[j];
        }
        ft = h.valueAndGradient(trialW, trialG);
        evaluations++;
        // Armijo; or, where h is flat to rounding near the optimum, a smaller gradient at no
        // measurable cost in h.
        accepted = ft <= f + ARMIJO * t * slope
            || (ft <= f + ROUNDING * Math.abs(f) && Vectors.norm(trialG) < gradientNorm);
        t *= 0.5;
      } while (!accepted && t > MIN_STEP);
      if (!accepted) {
        break; // at the rounding floor: no step along d helps
      }
      newest = (newest + 1) % MEMORY;
      for (int j = 0; j < p; j++) {
        s[newest][j] = trialW[j] - w[j];
        y[newest][j] = trialG[j] - g[j];
      }
      double sy = Vectors.dot(s[newest], y[newest]);
      if (sy > 1e-16) {
        rho[newest] = 1 / sy;
        stored = Math.min(stored + 1, MEMORY);
      } else {
        newest = Math.floorMod(newest - 1, MEMORY);
      }
      System.arraycopy(trialW, 0, w, 0, p);
      System.arraycopy(trialG, 0, g, 0, p);
      f = ft;
      it++;
    }
    return new InnerSolution(w, it, evaluations, Vectors.norm(g));
  }
}
