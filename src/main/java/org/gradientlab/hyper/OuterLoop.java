package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.math.Vectors;

/**
 * Hypergradient descent on s = log λ, one phase at a time, so a student can watch it work:
 * <ol>
 *   <li>INNER_SOLVE: warm-started L-BFGS on h(w, λ) until ‖∇h‖ ≤ ε_k·‖∇L_train(0)‖ (exact mode:
 *       1e-9 instead of ε_k);
 *   <li>LINEAR_SOLVE: (∇²L_train + λ diag m) q = ∇F(w), by CG to ε_k (exact mode: Cholesky);
 *   <li>HYPERGRADIENT: p = dC/ds = −λ (m⊙w)·q, shown beside a finite-difference check;
 *   <li>UPDATE: s ← clip(s − p/L), with HOAG's step-size rule.
 * </ol>
 * In HOAG mode (Pedregosa 2016, Alg. 1) ε_k follows a decreasing schedule, relative to
 * ‖∇L_train(0)‖ (inner) and to ‖∇F‖ at the first iterate (linear system), as in the author's reference
 * implementation. The step size 1/L starts from L = |p₁| (1 if |p₁| ≤ 1e-3); afterwards L shrinks
 * by 0.95 when the last step decreased C by at least what the tolerances allow,
 * C_k − ε_k ≤ C_{k−1} + ε_{k−1} + ε_{k−1}|Δs| − (L/2)Δs², stays when C merely did not rise, and
 * doubles when C rose. (The reference code applies this test with the step about to be taken; here
 * Δs is the step that led to the value being judged.)
 *
 * <p>Not thread-safe: one loop per thread; the UI drives it from a worker.
 */
public final class OuterLoop {

  /** Where λ is taken: HOAG's inexact solves or exact ones. */
  public enum Mode {
    HOAG("HOAG: inexact inner solves, tolerance ε_k → 0"),
    EXACT("exact: every inner solve and linear system to full accuracy");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public enum Phase { INNER_SOLVE, LINEAR_SOLVE, HYPERGRADIENT, UPDATE }

  /**
   * @param check whether the HYPERGRADIENT phase also computes the finite-difference referee (two
   *     exact solves: for the student's eyes, not for batch runs and benchmarks)
   */
  public record Settings(Mode mode, ToleranceSchedule schedule, double epsilon0, double logLambda0,
      double logMin, double logMax, OuterObjective outer, boolean check) {
    public static Settings hoag(HyperProblem p) {
      return new Settings(Mode.HOAG, ToleranceSchedule.QUADRATIC, 0.01, p.logLambda0(), p.logMin(),
          p.logMax(), OuterObjective.VALIDATION, true);
    }
  }

  /** What one phase did; every record carries the formula it evaluated, as plain text. */
  public sealed interface Step permits InnerSolved, LinearSolved, HypergradientFound, Updated {
    int iteration();

    String formula();
  }

  public record InnerSolved(int iteration, double lambda, double tolerance, int innerIterations,
      double gradientNorm, double trainLoss, double outerValue, String formula) implements Step {}

  public record LinearSolved(int iteration, int cgIterations, double residual, double tolerance,
      boolean exact, String formula) implements Step {}

  public record HypergradientFound(int iteration, double dLogLambda, double finiteDifference,
      String formula) implements Step {}

  public record Updated(int iteration, double logLambdaBefore, double logLambdaAfter, double stepSize,
      double outerValue, String formula) implements Step {}

  /** One finished outer iteration, for plots: λ_k, C there, and the work spent so far. */
  public record Iterate(int iteration, double lambda, double outerValue, long innerIterations,
      long cgIterations) {}

  /** Step of the finite-difference check on log λ. */
  public static final double CHECK_STEP = 1e-4;

  private final InnerProblem problem;
  private final Settings settings;
  private final List<Iterate> history = new ArrayList<>();
  private Phase next = Phase.INNER_SOLVE;
  private int k = 1;
  private double s;
  private double[] w;
  private double[] q;
  private double initialGradientNorm = Double.NaN;
  private double initialOuterGradientNorm = Double.NaN;
  private double epsilon;
  private double previousEpsilon;
  private double lipschitz = Double.NaN;
  private double previousValue = Double.POSITIVE_INFINITY;
  private double lastIncrement;
  private double value;
  private double hypergradient;
  private long innerWork;
  private long cgWork;
  private ImplicitDifferentiation.Result solved;

  public OuterLoop(InnerProblem problem, Settings settings) {
    this.problem = problem;
    this.settings = settings;
    this.s = settings.logLambda0();
    this.w = new double[problem.dimension()];
    this.q = new double[problem.dimension()];
  }

  public Phase nextPhase() {
    return next;
  }

  public int iteration() {
    return k;
  }

  public double lambda() {
    return Math.exp(s);
  }

  public double[] weights() {
    return w.clone();
  }

  public List<Iterate> history() {
    return List.copyOf(history);
  }

  public long innerWork() {
    return innerWork;
  }

  /** CG iterations spent so far (0 in exact mode, where the system is solved by Cholesky). */
  public long cgWork() {
    return cgWork;
  }

  /** Performs the next phase. */
  public Step advance() {
    return switch (next) {
      case INNER_SOLVE -> innerSolve();
      case LINEAR_SOLVE -> linearSolve();
      case HYPERGRADIENT -> hypergradient();
      case UPDATE -> update();
    };
  }

  /** Performs the phases up to and including the next UPDATE. */
  public List<Step> iterate() {
    List<Step> steps = new ArrayList<>();
    do {
      steps.add(advance());
    } while (next != Phase.INNER_SOLVE);
    return steps;
  }

  private boolean exact() {
    return settings.mode() == Mode.EXACT;
  }

  private Step innerSolve() {
    double lambda = lambda();
    RegularizedInner h = new RegularizedInner(problem, lambda);
    if (Double.isNaN(initialGradientNorm)) {
      initialGradientNorm = ExactInner.gradientScale(problem);
    }
    previousEpsilon = epsilon;
    epsilon = exact() ? 0 : settings.schedule().epsilon(settings.epsilon0(), k);
    double tolerance = (exact() ? ExactInner.RELATIVE_TOLERANCE : epsilon) * initialGradientNorm;
    InnerSolution sol = Lbfgs.minimize(h, w, tolerance);
    w = sol.w();
    innerWork += sol.iterations();
    value = settings.outer().value(problem, w);
    next = Phase.LINEAR_SOLVE;
    return new InnerSolved(k, lambda, tolerance, sol.iterations(), sol.gradientNorm(),
        problem.trainLoss(w), value,
        "w_k ≈ argmin_w L_train(w) + (λ/2)‖w‖²  until ‖∇h‖ ≤ " + (exact() ? "1e-9" : "ε_k") + "·‖∇L_train(0)‖");
  }

  private Step linearSolve() {
    double lambda = lambda();
    if (exact()) {
      solved = ImplicitDifferentiation.exact(problem, settings.outer(), lambda, w);
    } else {
      if (Double.isNaN(initialOuterGradientNorm)) {
        double[] g = new double[w.length];
        settings.outer().valueAndGradient(problem, w, g);
        initialOuterGradientNorm = Math.max(Vectors.norm(g), 1e-300);
      }
      solved = ImplicitDifferentiation.conjugateGradient(problem, settings.outer(), lambda, w, q,
          epsilon * initialOuterGradientNorm);
    }
    q = solved.q();
    cgWork += solved.cgIterations();
    next = Phase.HYPERGRADIENT;
    return new LinearSolved(k, solved.cgIterations(), solved.residual(),
        exact() ? 0 : epsilon * initialOuterGradientNorm, exact(),
        "(∇²L_train(w) + λ·diag m) q = ∇F(w)  " + (exact() ? "by Cholesky" : "by CG to ε_k·‖∇F‖"));
  }

  private Step hypergradient() {
    hypergradient = solved.dLogLambda();
    double fd = settings.check()
        ? ExactInner.finiteDifferenceLogLambda(problem, settings.outer(), lambda(), CHECK_STEP)
        : Double.NaN;
    next = Phase.UPDATE;
    return new HypergradientFound(k, hypergradient, fd,
        "dC/d log λ = −λ (m⊙w)·q      check: (C(λe^h) − C(λe^−h)) / 2h");
  }

  private Step update() {
    double before = s;
    if (Double.isNaN(lipschitz)) {
      lipschitz = Math.abs(hypergradient) > 1e-3 ? Math.abs(hypergradient) : 1;
    } else if (value - epsilon <= previousValue + previousEpsilon + previousEpsilon * lastIncrement
        - lipschitz / 2 * lastIncrement * lastIncrement) {
      lipschitz *= 0.95;
    } else if (value > previousValue) {
      lipschitz *= 2;
    }
    double step = 1 / lipschitz;
    s = Math.max(settings.logMin(), Math.min(settings.logMax(), s - step * hypergradient));
    lastIncrement = Math.abs(s - before);
    previousValue = value;
    history.add(new Iterate(k, Math.exp(before), value, innerWork, cgWork));
    next = Phase.INNER_SOLVE;
    Updated u = new Updated(k, before, s, step, value,
        "log λ ← log λ − (1/L)·dC/d log λ,   clipped to [" + Math.round(settings.logMin()) + ", "
            + Math.round(settings.logMax()) + "]");
    k++;
    return u;
  }
}
