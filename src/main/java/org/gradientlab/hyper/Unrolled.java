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
    UnrolledResult[] at = forwardAlong(problem, outer, lambda, eta, loop, new int[] {loop.steps()},
        () -> false);
    return at[0];
  }

  /**
   * Forward mode once through {@code loop.steps()} steps, read off at each of the ascending step
   * counts {@code samples} (each ≤ the loop's steps): C_T, dC/dλ and dC/dη after T steps for every
   * T asked, from one pass (one validation pass per sample). From the first sample past a
   * divergence on, every result is diverged. {@code cancelled} is polled every 256 steps.
   */
  public static UnrolledResult[] forwardAlong(InnerProblem problem, OuterObjective outer,
      double lambda, double eta, Loop loop, int[] samples, java.util.function.BooleanSupplier cancelled) {
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
    double[] grad = new double[p];
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    UnrolledResult[] out = new UnrolledResult[samples.length];
    int next = 0;
    for (int t = 0; next < samples.length; t++) {
      while (next < samples.length && samples[next] == t) {
        double c = outer.valueAndGradient(problem, w, grad);
        out[next++] = Double.isFinite(c)
            ? new UnrolledResult(c, Vectors.dot(grad, d), Vectors.dot(grad, e), w, false)
            : UnrolledResult.divergedAt(p);
      }
      if (next == samples.length) {
        break;
      }
      if (samples[next] < t || samples[next] > loop.steps()) {
        throw new IllegalArgumentException("samples must ascend within 0 … " + loop.steps());
      }
      if ((t & 255) == 255 && cancelled.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException();
      }
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
        while (next < samples.length) {
          out[next++] = UnrolledResult.divergedAt(p);
        }
      }
    }
    return out;
  }

  /** Plain reverse mode: every (w_t, v_{t+1}) stored, {@code steps} of them. */
  public static UnrolledResult reverse(InnerProblem problem, OuterObjective outer, double lambda,
      double eta, Loop loop) {
    return reverse(problem, outer, lambda, eta, loop, 1);
  }

  /**
   * Reverse mode with checkpointing (Griewank 1992): the forward pass keeps only the state
   * (w_t, v_t) at every k-th step; the backward pass recomputes each segment of k steps from its
   * checkpoint, with the same arithmetic, and runs the chain rule back through it. Memory falls
   * from 2p·T numbers to 2p·(⌈T/k⌉ + k), at the price of a second forward pass (T more gradients);
   * the numbers are those of plain reverse mode, because the recomputed states are bit for bit the
   * stored ones. k = 1 is plain reverse mode (nothing recomputed).
   */
  public static UnrolledResult reverse(InnerProblem problem, OuterObjective outer, double lambda,
      double eta, Loop loop, int checkpointEvery) {
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpoints every k ≥ 1 steps, was " + checkpointEvery);
    }
    int p = problem.dimension();
    int steps = loop.steps();
    int k = Math.min(checkpointEvery, Math.max(1, steps));
    double[] m = problem.penaltyMask();
    RegularizedInner h = new RegularizedInner(problem, lambda);
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    double alpha = momentum ? loop.alpha() : 0;
    // Forward pass. Plain (k = 1): w_t and v_{t+1} of every step. Checkpointed: (w_t, v_t) at the
    // start of every segment [s, s + k).
    int segments = (steps + k - 1) / k;
    double[][] ws = new double[k == 1 ? steps : 0][];
    double[][] vs = new double[k == 1 ? steps : 0][];
    double[][] checkW = new double[k == 1 ? 0 : segments][];
    double[][] checkV = new double[k == 1 ? 0 : segments][];
    double[] w = loop.start();
    double[] v = new double[p];
    double[] g = new double[p];
    for (int t = 0; t < steps; t++) {
      if (k == 1) {
        ws[t] = w.clone();
      } else if (t % k == 0) {
        checkW[t / k] = w.clone();
        checkV[t / k] = v.clone();
      }
      step(h, w, v, g, eta, alpha);
      if (k == 1) {
        vs[t] = v.clone();
      }
      if (diverged(w)) {
        return UnrolledResult.divergedAt(p);
      }
    }
    double[] wBar = new double[p];
    double c = outer.valueAndGradient(problem, w, wBar);
    if (!Double.isFinite(c)) {
      return UnrolledResult.divergedAt(p);
    }
    double[] finalWeights = w;
    double[] vBar = new double[p];
    double[] hv = new double[p];
    double[] total = new double[p];
    double[] dLambda = {0};
    double[] dEta = {0};
    // The segment being walked back through: its w_t and v_{t+1}, recomputed from the checkpoint.
    double[][] segW = new double[k == 1 ? 0 : k][];
    double[][] segV = new double[k == 1 ? 0 : k][];
    for (int seg = segments - 1; seg >= 0; seg--) {
      int s = seg * k;
      int e = Math.min(s + k, steps);
      if (k > 1) {
        double[] rw = checkW[seg].clone();
        double[] rv = checkV[seg].clone();
        for (int t = s; t < e; t++) {
          segW[t - s] = rw.clone();
          step(h, rw, rv, g, eta, alpha);
          segV[t - s] = rv.clone();
        }
      }
      for (int t = e - 1; t >= s; t--) {
        double[] wt = k == 1 ? ws[t] : segW[t - s];
        double[] vNext = k == 1 ? vs[t] : segV[t - s];
        backStep(h, m, eta, alpha, wt, vNext, wBar, vBar, total, hv, dLambda, dEta);
      }
    }
    return new UnrolledResult(c, dLambda[0], dEta[0], finalWeights, false);
  }

  /** One training step in place: v ← αv + ∇h(w), w ← w − ηv (α = 0: gradient descent). */
  private static void step(RegularizedInner h, double[] w, double[] v, double[] g, double eta,
      double alpha) {
    h.valueAndGradient(w, g);
    for (int j = 0; j < w.length; j++) {
      v[j] = alpha * v[j] + g[j];
      w[j] -= eta * v[j];
    }
  }

  /**
   * The chain rule back through step t (v' = αv + g(w), w' = w − ηv'): given the adjoints
   * wBar = ∂C/∂w' and vBar = ∂C/∂v' from later steps, accumulates ∂C/∂λ and ∂C/∂η and leaves the
   * adjoints of w and v.
   */
  private static void backStep(RegularizedInner h, double[] m, double eta, double alpha, double[] w,
      double[] vNext, double[] wBar, double[] vBar, double[] total, double[] hv, double[] dLambda,
      double[] dEta) {
    int p = w.length;
    for (int j = 0; j < p; j++) {
      total[j] = vBar[j] - eta * wBar[j]; // everything that flows into v'
    }
    dEta[0] -= Vectors.dot(wBar, vNext);
    for (int j = 0; j < p; j++) {
      dLambda[0] += total[j] * m[j] * w[j]; // ∂g/∂λ = m⊙w
    }
    h.hessianVector(w, total, hv);
    for (int j = 0; j < p; j++) {
      wBar[j] += hv[j];
      vBar[j] = alpha * total[j];
    }
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
