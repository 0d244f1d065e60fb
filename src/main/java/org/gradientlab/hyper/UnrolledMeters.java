package org.gradientlab.hyper;

/**
 * dC/d log λ and dC/dη of T-step training computed every way the lab knows, side by side with what
 * each costs: forward mode (carries one tangent of p numbers per hyperparameter along), plain
 * reverse mode (stores the trajectory: memory grows with T), reverse mode with checkpoints every k
 * steps (stores ⌈T/k⌉ states and one segment, recomputes the rest), central finite differences of
 * C_T (the referee), and the implicit hypergradient at the inner optimum (p numbers and one linear
 * solve, whatever T; the value the unrolled ones tend to as training converges, with dC/dη = 0).
 *
 * <p>Memory is counted in numbers (doubles) kept from one step to the next — states, tangents,
 * adjoints and the stored trajectory — not per-step scratch. Work is counted by
 * {@link CountingProblem}: passes over the training rows. Times are wall-clock and only for the
 * meters (noise at small T; the counts are what tests check).
 */
public final class UnrolledMeters {

  /** Relative step of the finite-difference check, in log λ and in η. */
  public static final double CHECK_STEP = 1e-5;

  /**
   * One way of computing the two derivatives: dC/d log λ and dC/dη, the numbers it kept, the
   * passes it made over the training rows, and the time it took. NaN derivatives when training
   * diverged.
   */
  public record Meter(String method, double value, double dLogLambda, double dEta, long storedNumbers,
      Work work, long nanos) {}

  /** Every way at once, for one (λ, η) and training loop. */
  public record Comparison(int steps, int checkpointEvery, Meter forward, Meter reverse,
      Meter checkpointed, Meter finiteDifference, Meter implicit) {}

  private UnrolledMeters() {}

  /** Runs every method; {@code checkpointEvery} is the k of checkpointed reverse mode. */
  public static Comparison compare(InnerProblem problem, OuterObjective outer, double lambda,
      double eta, Unrolled.Loop loop, int checkpointEvery) {
    int p = problem.dimension();
    int t = loop.steps();
    boolean momentum = loop.method() == UnrolledMethod.MOMENTUM;
    CountingProblem fc = new CountingProblem(problem);
    long start = System.nanoTime();
    UnrolledResult f = Unrolled.forward(fc, outer, lambda, eta, loop);
    Meter forward = meter("forward mode", f, lambda, forwardNumbers(p, momentum), fc.work(),
        System.nanoTime() - start);
    CountingProblem rc = new CountingProblem(problem);
    start = System.nanoTime();
    UnrolledResult r = Unrolled.reverse(rc, outer, lambda, eta, loop, 1);
    Meter reverse = meter("reverse mode", r, lambda, reverseNumbers(p, t, 1), rc.work(),
        System.nanoTime() - start);
    int k = Math.max(1, Math.min(checkpointEvery, Math.max(1, t)));
    CountingProblem cc = new CountingProblem(problem);
    start = System.nanoTime();
    UnrolledResult ck = Unrolled.reverse(cc, outer, lambda, eta, loop, k);
    Meter checkpointed = meter("reverse, checkpoint every " + k, ck, lambda, reverseNumbers(p, t, k),
        cc.work(), System.nanoTime() - start);
    CountingProblem dc = new CountingProblem(problem);
    start = System.nanoTime();
    double hl = CHECK_STEP;
    double he = CHECK_STEP * eta;
    double dLog = (Unrolled.value(dc, outer, lambda * Math.exp(hl), eta, loop)
        - Unrolled.value(dc, outer, lambda * Math.exp(-hl), eta, loop)) / (2 * hl);
    double dEta = (Unrolled.value(dc, outer, lambda, eta + he, loop)
        - Unrolled.value(dc, outer, lambda, eta - he, loop)) / (2 * he);
    Meter fd = new Meter("finite differences", Unrolled.value(problem, outer, lambda, eta, loop), dLog,
        dEta, 2L * p, dc.work(), System.nanoTime() - start);
    return new Comparison(t, k, forward, reverse, checkpointed, fd, implicit(problem, outer, lambda));
  }

  /**
   * The implicit hypergradient at the inner optimum w*(λ) (Newton to the rounding floor, then
   * Cholesky): what the unrolled derivatives converge to; dC/dη = 0 there, since w* does not
   * depend on η.
   */
  public static Meter implicit(InnerProblem problem, OuterObjective outer, double lambda) {
    int p = problem.dimension();
    CountingProblem ic = new CountingProblem(problem);
    long start = System.nanoTime();
    double[] w = ExactInner.solve(ic, lambda, new double[p]).w();
    ImplicitDifferentiation.Result res = ImplicitDifferentiation.exact(ic, outer, lambda, w);
    return new Meter("implicit (T → ∞)", res.value(), res.dLogLambda(), 0, implicitNumbers(p), ic.work(),
        System.nanoTime() - start);
  }

  private static Meter meter(String name, UnrolledResult r, double lambda, long numbers, Work work,
      long nanos) {
    return new Meter(name, r.value(), lambda * r.dLambda(), r.dEta(), numbers, work, nanos);
  }

  /**
   * Forward mode keeps w and one tangent per hyperparameter, dw/dλ and dw/dη (3p numbers); with
   * momentum also v and the two tangents of v (6p). Independent of T.
   */
  public static long forwardNumbers(int p, boolean momentum) {
    return (momentum ? 6L : 3L) * p;
  }

  /**
   * Reverse mode with checkpoints every k steps (k = 1: plain): plain keeps w_t and v_{t+1} of
   * every step, 2p·T, besides w_T and the adjoints of w and v (3p); checkpointed keeps (w, v) at
   * ⌈T/k⌉ segment starts and one recomputed segment of k steps, 2p·(⌈T/k⌉ + k), besides the
   * running state and the adjoints (5p).
   */
  public static long reverseNumbers(int p, int steps, int k) {
    if (k <= 1) {
      return 2L * p * steps + 3L * p;
    }
    long segments = (steps + k - 1) / k;
    return 2L * p * (segments + Math.min(k, steps)) + 5L * p;
  }

  /** The implicit way keeps w* and q (2p) and, for the Cholesky solve, the p × p matrix. */
  public static long implicitNumbers(int p) {
    return 2L * p + (long) p * p;
  }

  /** The k that makes checkpointed memory smallest for T steps: about √T. */
  public static int bestCheckpointInterval(int steps) {
    return Math.max(1, (int) Math.round(Math.sqrt(Math.max(1, steps))));
  }
}
