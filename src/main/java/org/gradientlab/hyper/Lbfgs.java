package org.gradientlab.hyper;

import org.gradientlab.math.Vectors;

/**
 * The inner solver: limited-memory BFGS (Nocedal 1980; Nocedal and Wright 2006, Alg. 7.4, two-loop
 * recursion) with a backtracking Armijo line search, stopped when ‖∇h(w)‖ ≤ tolerance. Warm starts
 * are what make HOAG's inexact inner solves cheap. The same solver serves every method, so its
 * work is a fair measure of inner work. A solve that ends without reaching the tolerance (the
 * iteration cap, or the rounding floor: {@link #MEMORY} steps in a row that lower h by less than
 * rounding) says so in {@link InnerSolution#reachedTolerance}.
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
    return minimize(h, InnerStart.at(start), tolerance);
  }

  /** From a start whose training loss and gradient may already be known (then not evaluated again). */
  public static InnerSolution minimize(RegularizedInner h, InnerStart start, double tolerance) {
    double[] w = start.w();
    int p = w.length;
    double[] g = new double[p];
    double[] d = new double[p];
    double[] trialW = new double[p];
    double[] trialG = new double[p];
    Memory memory = new Memory(p);
    double f = h.valueAndGradient(start, g);
    int evaluations = start.known() ? 0 : 1;
    int it = 0;
    int flat = 0;
    while (Vectors.norm(g) > tolerance && it < MAX_ITERATIONS && flat < MEMORY && Double.isFinite(f)) {
      memory.direction(g, d);
      if (!(Vectors.dot(g, d) < 0)) {
        // Not a descent direction (the curvature pairs went stale): restart from −∇h.
        for (int j = 0; j < p; j++) {
          d[j] = -g[j];
        }
        memory.clear();
      }
      LineSearch step = lineSearch(h, w, f, g, d, trialW, trialG);
      evaluations += step.evaluations();
      if (!step.accepted()) {
        break; // at the rounding floor: no step along d helps
      }
      memory.remember(w, trialW, g, trialG);
      System.arraycopy(trialW, 0, w, 0, p);
      System.arraycopy(trialG, 0, g, 0, p);
      // h no longer falls measurably: MEMORY such steps in a row mean the rounding floor, where
      // ‖∇h‖ is noise and iterating on to the cap would buy nothing.
      flat = step.value() > f - ROUNDING * Math.abs(f) ? flat + 1 : 0;
      f = step.value();
      it++;
    }
    double norm = Vectors.norm(g);
    double[] trainGradient = new double[p];
    double trainLoss = h.trainLoss(w, f, g, trainGradient);
    return new InnerSolution(w, it, evaluations, f, trainLoss, norm, norm <= tolerance, trainGradient);
  }

  /**
   * Backtracking from t = 1 along d, halving, until Armijo's sufficient decrease holds; or, where h
   * is flat to rounding near the optimum, until the gradient is smaller at no measurable cost in h.
   * The accepted point is left in trialW, trialG.
   */
  private static LineSearch lineSearch(RegularizedInner h, double[] w, double f, double[] g, double[] d,
      double[] trialW, double[] trialG) {
    double slope = Vectors.dot(g, d);
    double gradientNorm = Vectors.norm(g);
    double t = 1;
    int evaluations = 0;
    while (t > MIN_STEP) {
      for (int j = 0; j < w.length; j++) {
        trialW[j] = w[j] + t * d[j];
      }
      double ft = h.valueAndGradient(trialW, trialG);
      evaluations++;
      if (ft <= f + ARMIJO * t * slope
          || (ft <= f + ROUNDING * Math.abs(f) && Vectors.norm(trialG) < gradientNorm)) {
        return new LineSearch(true, ft, evaluations);
      }
      t *= 0.5;
    }
    return new LineSearch(false, f, evaluations);
  }

  /** What a line search found: whether a step was accepted, h there, and the evaluations spent. */
  private record LineSearch(boolean accepted, double value, int evaluations) {}

  /** The last {@link #MEMORY} curvature pairs (s, y) = (Δw, Δ∇h) and the two-loop recursion. */
  private static final class Memory {
    private final double[][] s = new double[MEMORY][];
    private final double[][] y = new double[MEMORY][];
    private final double[] rho = new double[MEMORY];
    private final double[] alpha = new double[MEMORY];
    private int stored;
    private int newest = -1;

    Memory(int p) {
      for (int i = 0; i < MEMORY; i++) {
        s[i] = new double[p];
        y[i] = new double[p];
      }
    }

    void clear() {
      stored = 0;
    }

    /** d = −H_k ∇h by the two-loop recursion; H_0 = γI with γ = sᵀy/yᵀy of the newest pair. */
    void direction(double[] g, double[] d) {
      int p = g.length;
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
    }

    /** Stores the pair of a step w → next; pairs without positive curvature sᵀy are skipped. */
    void remember(double[] w, double[] next, double[] g, double[] nextG) {
      int slot = (newest + 1) % MEMORY;
      for (int j = 0; j < w.length; j++) {
        s[slot][j] = next[j] - w[j];
        y[slot][j] = nextG[j] - g[j];
      }
      double sy = Vectors.dot(s[slot], y[slot]);
      if (sy > 1e-16) {
        rho[slot] = 1 / sy;
        newest = slot;
        stored = Math.min(stored + 1, MEMORY);
      }
    }
  }
}
