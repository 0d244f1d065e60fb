package org.gradientlab.hyper;

import org.gradientlab.math.Vectors;

/**
 * Differentiating through training. T steps of GD, w_{t+1} = w_t − η g_t with
 * g_t = ∇L_train(w_t) + λ m⊙w_t, define w_T(λ, η); η, absent from every loss, gets a gradient
 * because it shapes w_T. Writing H_t = ∇²L_train(w_t) + λ diag(m):
 * <pre>
 *   forward, GD:   D_{t+1} = D_t − η (H_t D_t + m⊙w_t)          (D = dw/dλ)
 *                  E_{t+1} = E_t − g_t − η H_t E_t                (E = dw/dη)
 *   momentum (v_{t+1} = αv_t + g_t, w_{t+1} = w_t − η v_{t+1}):
 *                  V_{t+1} = αV_t + H_t D_t + m⊙w_t,   D_{t+1} = D_t − η V_{t+1}
 *                  U_{t+1} = αU_t + H_t E_t,           E_{t+1} = E_t − v_{t+1} − η U_{t+1}
 *   then           dC/dλ = ∇F(w_T)·D_T,   dC/dη = ∇F(w_T)·E_T.
 * </pre>
 * Reverse mode runs the same chain rule backwards over the stored trajectory (backpropagation
 * through training): one backward pass for both hyperparameters, at the price of storing every w_t.
 * Both give the same numbers to rounding.
 */
public final class Unrolled {

  /**
   * Training counts as diverged once ‖w_t‖ passes this: on standardised data sensible weights are
   * far smaller, and past the stability edge ‖w_t‖ grows geometrically (10²⁵⁸ after 100 steps is
   * finite, and meaningless).
   */
  public static final double DIVERGENCE_NORM = 1e8;

  private Unrolled() {}

  private static boolean diverged(double[] w) {
    return !Vectors.isFinite(w) || Vectors.norm(w) > DIVERGENCE_NORM;
  }

  /** Settings of the training loop: method, steps T, momentum α and the start w₀. */
  public record Loop(UnrolledMethod method, int steps, double alpha, double[] start) {
    public Loop {
      start = start.clone();
      if (steps < 0) {
        throw new IllegalArgumentException("steps must be ≥ 0");
      }
    }

    @Override
    public double[] start() {
      return start.clone();
    }
  }

  public static UnrolledResult forward(InnerProblem problem, OuterObjective outer, double lambda,
      double eta, Loop loop) {
    int p = problem.dimension();
    double[] m = problem.penaltyMask();
    RegularizedInner h = new RegularizedInner(problem, lambda);
    double[] w = loop.start();
    double[] v = new double[p];
    double[] d = new double[p];
    double[] e = new double[p];
    double[] dv = new double[p];
    double[] ev = new double[p];
    double[] g = new double[p];
    double[] hd = new double[p];
    double[] he = new double[p];
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    for (int t = 0; t < loop.steps(); t++) {
      h.valueAndGradient(w, g);
      h.hessianVector(w, d, hd);
      h.hessianVector(w, e, he);
      if (momentum) {
        for (int j = 0; j < p; j++) {
          v[j] = loop.alpha() * v[j] + g[j];
          dv[j] = loop.alpha() * dv[j] + hd[j] + m[j] * w[j];
          ev[j] = loop.alpha() * ev[j] + he[j];
        }
        for (int j = 0; j < p; j++) {
          d[j] -= eta * dv[j];
          e[j] -= v[j] + eta * ev[j];
          w[j] -= eta * v[j];
        }
      } else {
        for (int j = 0; j < p; j++) {
          d[j] -= eta * (hd[j] + m[j] * w[j]);
          e[j] -= g[j] + eta * he[j];
          w[j] -= eta * g[j];
        }
      }
      if (diverged(w)) {
        return UnrolledResult.divergedAt(p);
      }
    }
    double[] grad = new double[p];
    double c = outer.valueAndGradient(problem, w, grad);
    if (!Double.isFinite(c)) {
      return UnrolledResult.divergedAt(p);
    }
    return new UnrolledResult(c, Vectors.dot(grad, d), Vectors.dot(grad, e), w, false);
  }

  public static UnrolledResult reverse(InnerProblem problem, OuterObjective outer, double lambda,
      double eta, Loop loop) {
    int p = problem.dimension();
    int steps = loop.steps();
    double[] m = problem.penaltyMask();
    RegularizedInner h = new RegularizedInner(problem, lambda);
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    // Forward pass, storing w_t (and v_{t+1}, g_t) for the backward pass.
    double[][] ws = new double[steps + 1][];
    double[][] vs = new double[steps + 1][];
    double[][] gs = new double[steps][];
    ws[0] = loop.start();
    vs[0] = new double[p];
    for (int t = 0; t < steps; t++) {
      double[] g = new double[p];
      h.valueAndGradient(ws[t], g);
      gs[t] = g;
      double[] v = new double[p];
      double[] next = new double[p];
      for (int j = 0; j < p; j++) {
        v[j] = momentum ? loop.alpha() * vs[t][j] + g[j] : g[j];
        next[j] = ws[t][j] - eta * v[j];
      }
      vs[t + 1] = v;
      ws[t + 1] = next;
      if (diverged(next)) {
        return UnrolledResult.divergedAt(p);
      }
    }
    double[] wBar = new double[p];
    double c = outer.valueAndGradient(problem, ws[steps], wBar);
    if (!Double.isFinite(c)) {
      return UnrolledResult.divergedAt(p);
    }
    double[] vBar = new double[p];
    double[] hv = new double[p];
    double[] total = new double[p];
    double dLambda = 0;
    double dEta = 0;
    for (int t = steps - 1; t >= 0; t--) {
      // step t: v' = αv + g(w), w' = w − ηv'; adjoints wBar = ∂C/∂w', vBar = ∂C/∂v' (from later steps)
      for (int j = 0; j < p; j++) {
        total[j] = vBar[j] - eta * wBar[j]; // everything that flows into v'
      }
      dEta -= Vectors.dot(wBar, vs[t + 1]);
      for (int j = 0; j < p; j++) {
        dLambda += total[j] * m[j] * ws[t][j]; // ∂g/∂λ = m⊙w
      }
      h.hessianVector(ws[t], total, hv);
      for (int j = 0; j < p; j++) {
        wBar[j] += hv[j];
        vBar[j] = momentum ? loop.alpha() * total[j] : 0;
      }
    }
    return new UnrolledResult(c, dLambda, dEta, ws[steps], false);
  }

  /** C_T(λ, η) alone, for landscapes: T training steps, then the outer loss; NaN if it diverged. */
  public static double value(InnerProblem problem, OuterObjective outer, double lambda, double eta, Loop loop) {
    int p = problem.dimension();
    RegularizedInner h = new RegularizedInner(problem, lambda);
    double[] w = loop.start();
    double[] v = new double[p];
    double[] g = new double[p];
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    for (int t = 0; t < loop.steps(); t++) {
      h.valueAndGradient(w, g);
      for (int j = 0; j < p; j++) {
        v[j] = momentum ? loop.alpha() * v[j] + g[j] : g[j];
        w[j] -= eta * v[j];
      }
      if (diverged(w)) {
        return Double.NaN;
      }
    }
    double c = outer.value(problem, w);
    return Double.isFinite(c) ? c : Double.NaN;
  }
}
