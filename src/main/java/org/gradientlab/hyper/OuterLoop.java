package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.math.Vectors;

/**
 * Hypergradient descent on s = log λ, one phase at a time, so a student can watch it work:
 * <ol>
 *   <li>INNER_SOLVE: train w at the trial λ, warm-started from the last accepted weights (HOAG:
 *       L-BFGS until ‖∇h‖ ≤ ε_k·‖∇L_train(0)‖; exact: Newton to machine precision), and C there;
 *   <li>LINEAR_SOLVE: (∇²L_train + λ diag m) q = ∇F(w) (HOAG: CG from the last q until the
 *       residual is ≤ ε_k·‖∇F(w)‖; exact: Cholesky);
 *   <li>HYPERGRADIENT: p = dC/ds = −λ (m⊙w)·q, shown beside a finite-difference check;
 *   <li>UPDATE: accept the trial or go back, and choose the next step.
 * </ol>
 * F is the outer loss (the validation loss, or the training loss for the pitfall), m the penalty
 * mask (1 for a penalised weight, 0 for an intercept). In HOAG mode (Pedregosa 2016, Alg. 1) ε_k
 * follows a summable schedule, which keeps the paper's convergence guarantee.
 *
 * <p>The step rule is a safeguarded secant (Barzilai–Borwein) method on the one number s: the
 * slope of p between the last two accepted points is the curvature c of C(s), and the step is
 * Newton's, Δs = −p/c, at most twice the last accepted step and never more than {@link #MAX_STEP}
 * (a floor on the curvature). Before a curvature is known (the first step), or where C is not
 * convex (c ≤ 0), the step goes downhill by 1 in log λ at first, then twice the last step. A trial
 * whose C fails Armijo's sufficient decrease, C ≤ C_acc + 10⁻⁴·p_acc·Δs, is rejected: λ and w go
 * back to the accepted point (kept, not solved again) and the step shrinks to the minimum of the
 * parabola through C_acc, p_acc and the trial's C, within [0.1, 0.5] of it. The values compared
 * are C corrected by the first-order error of the inexact w, C − qᵀ∇h(w) (adjoint error
 * correction): HOAG's loose solves leave errors in C larger than the differences being judged.
 * The loop has converged when the next step would change C by less than
 * {@link #DECREASE_TOLERANCE}·C to first order, |p·Δs|, or move log λ by less than
 * {@link #STEP_TOLERANCE}; it reports an end of the search range it is pushed against.
 *
 * <p>Every pass over the training rows is counted ({@link Work}); validation passes are not (each
 * λ judged costs one, for every method alike), nor is the finite-difference check.
 *
 * <p>Not thread-safe: one loop per thread; the UI drives it from a worker.
 */
public final class OuterLoop {

  /** Where λ is taken: HOAG's inexact solves or exact ones. */
  public enum Mode {
    HOAG("HOAG: inexact solves, tolerance ε_k → 0"),
    EXACT("exact: Newton to machine precision, Cholesky");

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

  /** How an update chose the next step. */
  public enum Rule {
    /** No curvature known yet: 1 downhill in log λ. */
    FIRST,
    /** To the minimum of the cubic through C and p at the last two accepted points. */
    CUBIC,
    /** That cubic has no minimum downhill: twice the last step, downhill. */
    EXPAND,
    /** The trial was rejected: back to the accepted point, a shorter step. */
    BACKTRACK
  }

  /** Where the loop stands after an update. */
  public enum Verdict { RUNNING, CONVERGED, AT_LOWER_END, AT_UPPER_END }

  /**
   * @param check whether the HYPERGRADIENT phase also computes the finite-difference referee (two
   *     exact solves: for the student's eyes, not for batch runs and benchmarks)
   */
  public record Settings(Mode mode, ToleranceSchedule schedule, double epsilon0, double logLambda0,
      double logMin, double logMax, OuterObjective outer, boolean check) {
    public static Settings hoag(HyperProblem p) {
      return new Settings(Mode.HOAG, ToleranceSchedule.QUADRATIC, DEFAULT_EPSILON0, p.logLambda0(),
          p.logMin(), p.logMax(), OuterObjective.VALIDATION, true);
    }

    public Settings with(Mode m, ToleranceSchedule sc, double e0, OuterObjective o, boolean c) {
      return new Settings(m, sc, e0, logLambda0, logMin, logMax, o, c);
    }
  }

  /** What one phase did; every record carries the formula it evaluated, as plain text. */
  public sealed interface Step permits InnerSolved, LinearSolved, HypergradientFound, Updated {
    int iteration();

    String formula();
  }

  /**
   * @param epsilon ε_k (0 in exact mode)
   * @param tolerance the bound on ‖∇h‖ the solve aimed for (0 in exact mode: the rounding floor)
   * @param reachedTolerance false when the solver stopped short of it (iteration cap)
   * @param outerValue C at the trial λ
   * @param validationLoss L_val there (equal to C for the validation objective)
   */
  public record InnerSolved(int iteration, double lambda, double epsilon, double tolerance,
      int innerIterations, int gradientEvaluations, double gradientNorm, boolean reachedTolerance,
      double trainLoss, double outerValue, double validationLoss, Work work, String formula)
      implements Step {}

  public record LinearSolved(int iteration, int cgIterations, double residual, double tolerance,
      boolean exact, Work work, String formula) implements Step {}

  /**
   * @param correctedValue C − qᵀ∇h(w): C corrected by the first-order error of the inexact w
   * @param acceptedValue the bound it is judged against, Armijo's C_acc + 10⁻⁴·p_acc·Δs (NaN at first)
   * @param acceptable whether it passed the sufficient-decrease test (always true at first)
   */
  public record HypergradientFound(int iteration, double lambda, double dLogLambda,
      double finiteDifference, double epsilon, double correctedValue, double acceptedValue,
      boolean acceptable, String formula) implements Step {}

  /**
   * @param logLambdaBefore the trial point just judged
   * @param logLambdaAfter the next trial point
   * @param accepted whether the trial became the accepted point
   * @param curvature the secant curvature c of C(s) used (NaN if none)
   * @param stepSize Δs/(−p) for an accepted trial (the step as a multiple of −p), NaN otherwise
   */
  public record Updated(int iteration, double logLambdaBefore, double logLambdaAfter,
      boolean accepted, Rule rule, double curvature, double stepSize, double outerValue,
      Verdict verdict, String formula) implements Step {}

  /**
   * One finished outer iteration, for plots and tables: the trial λ_k, C there (and both losses
   * apart), whether it was accepted, and the work spent so far, including this iteration.
   */
  public record Iterate(int iteration, double lambda, double outerValue, double validationLoss,
      double trainLoss, boolean accepted, Work work, long innerIterations, long cgIterations,
      int cappedSolves) {}

  public static final double DEFAULT_EPSILON0 = 0.01;
  /** Step of the finite-difference check on log λ. */
  public static final double CHECK_STEP = 1e-4;
  /** The first step, in log λ: a factor e in λ. */
  public static final double FIRST_STEP = 1;
  /** No step is longer than this in log λ (a factor e⁴ ≈ 55 in λ): a floor on the curvature. */
  public static final double MAX_STEP = 4;
  /** Converged once the next step would move log λ by less (λ by less than 0.1 %). */
  public static final double STEP_TOLERANCE = 1e-3;
  /**
   * Converged once the next step would change C by less than this, relative, to first order:
   * |p·Δs| ≤ 10⁻⁵·C (for a secant step that is twice the decrease its model predicts, p²/c).
   */
  public static final double DECREASE_TOLERANCE = 1e-5;
  /** Every warm-started inner solve shrinks ‖∇h‖ at least by this factor. */
  public static final double WARM_REDUCTION = 0.5;
  /** Armijo's constant for the outer sufficient-decrease test. */
  public static final double ARMIJO = 1e-4;

  private final InnerProblem raw;
  private final CountingProblem problem;
  private final Settings settings;
  private final List<Iterate> history = new ArrayList<>();
  private double gradientScale = Double.NaN;
  private Phase next = Phase.INNER_SOLVE;
  private int k = 1;
  /** The trial point, Δ = s − sAccepted, and the longest step the next proposal may take. */
  private double s;
  private double delta;
  private double radius = FIRST_STEP;
  // The trial being judged.
  private double[] w;
  private double value;
  private double[] outerGradient;
  private double validationLoss;
  private double trainLoss;
  private boolean acceptable;
  /** ∇h at the trial's w, and C corrected by the first-order error of the inexact w. */
  private double[] innerGradient;
  private double corrected;
  private InnerStart trialStart;
  private double epsilon;
  private ImplicitDifferentiation.Result solved;
  // The accepted point.
  private boolean hasAccepted;
  private double sAccepted;
  private double cAccepted;
  private double pAccepted;
  private double[] wAccepted;
  /** Where the next inner solve starts: the accepted weights, with L_train and ∇L_train there. */
  private InnerStart start;
  private double[] qAccepted;
  private double curvature = Double.NaN;
  private Verdict verdict = Verdict.RUNNING;
  private long innerIterations;
  private long cgIterations;
  private int cappedSolves;

  public OuterLoop(InnerProblem problem, Settings settings) {
    this.raw = problem instanceof CountingProblem c ? c.counted() : problem;
    this.problem = new CountingProblem(raw);
    this.settings = settings;
    this.s = settings.logLambda0();
    this.w = new double[problem.dimension()];
    this.wAccepted = w.clone();
    this.qAccepted = new double[problem.dimension()];
  }

  public Phase nextPhase() {
    return next;
  }

  public int iteration() {
    return k;
  }

  /** The λ of the next inner solve. */
  public double lambda() {
    return Math.exp(s);
  }

  /** The accepted λ: the best the loop has found (λ₀ before the first solve). */
  public double acceptedLambda() {
    return hasAccepted ? Math.exp(sAccepted) : lambda();
  }

  /** The weights of the last inner solve. */
  public double[] weights() {
    return w.clone();
  }

  public Verdict verdict() {
    return verdict;
  }

  public Settings settings() {
    return settings;
  }

  public List<Iterate> history() {
    return List.copyOf(history);
  }

  /** Passes over the training rows spent so far. */
  public Work work() {
    return problem.work();
  }

  /** L-BFGS iterations or Newton steps spent so far. */
  public long innerWork() {
    return innerIterations;
  }

  /** CG iterations spent so far (0 in exact mode, where the system is solved by Cholesky). */
  public long cgWork() {
    return cgIterations;
  }

  /** Inner solves that stopped at the iteration cap without reaching their tolerance. */
  public int cappedSolves() {
    return cappedSolves;
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
    if (start == null) {
      // The untrained model, w = 0: its gradient is the λ-free scale of inner tolerances (the
      // penalty vanishes there), and the first solve starts from it without evaluating it again.
      start = ExactInner.untrained(problem);
      gradientScale = ExactInner.gradientScale(start);
    }
    epsilon = exact() ? 0 : settings.schedule().epsilon(settings.epsilon0(), k);
    double tolerance = epsilon * gradientScale;
    RegularizedInner h = new RegularizedInner(problem, lambda);
    if (!exact() && hasAccepted) {
      // A warm start that already meets ε_k would leave w where it was, blind to the new λ: every
      // solve at least shrinks ‖∇h‖ by WARM_REDUCTION from where it starts (known, no pass).
      double[] g0 = new double[w.length];
      h.valueAndGradient(start, g0);
      tolerance = Math.min(tolerance, WARM_REDUCTION * Vectors.norm(g0));
    }
    InnerSolution sol = exact() ? ExactInner.solve(problem, lambda, start)
        : Lbfgs.minimize(h, start, tolerance);
    trialStart = sol.asStart();
    w = sol.w();
    innerIterations += sol.iterations();
    if (!sol.reachedTolerance()) {
      cappedSolves++;
    }
    outerGradient = new double[w.length];
    value = settings.outer().valueAndGradient(problem, w, outerGradient);
    // Both losses for the display, from work already done where it was done.
    boolean validation = settings.outer() == OuterObjective.VALIDATION;
    trainLoss = validation ? sol.trainLoss() : value;
    validationLoss = validation ? value : raw.validationLoss(w);
    innerGradient = new double[w.length];
    new RegularizedInner(raw, lambda).valueAndGradient(sol.asStart(), innerGradient);
    next = Phase.LINEAR_SOLVE;
    String rule = exact() ? "Newton's method to machine precision" : "L-BFGS until ‖∇h‖ ≤ ε_k·‖∇L_train(0)‖";
    return new InnerSolved(k, lambda, epsilon, tolerance, sol.iterations(), sol.gradientEvaluations(),
        sol.gradientNorm(), sol.reachedTolerance(), trainLoss, value, validationLoss, problem.work(), "w_k = argmin_w L_train(w) + (λ/2)Σ m_j w_j²,  " + rule);
  }

  private Step linearSolve() {
    double lambda = lambda();
    double tolerance = 0;
    if (exact()) {
      solved = ImplicitDifferentiation.exact(problem, lambda, w, value, outerGradient);
    } else {
      // Relative to the right-hand side: the residual leaves a relative error of order ε_k in q.
      tolerance = epsilon * Vectors.norm(outerGradient);
      solved = ImplicitDifferentiation.conjugateGradient(problem, lambda, w, value, outerGradient,
          qAccepted, tolerance);
    }
    cgIterations += solved.cgIterations();
    next = Phase.HYPERGRADIENT;
    return new LinearSolved(k, solved.cgIterations(), solved.residual(), tolerance, exact(),
        problem.work(), "(∇²L_train(w) + λ·diag m) q = ∇F(w)  "
            + (exact() ? "by Cholesky" : "by CG from the last q, to ε_k·‖∇F(w)‖"));
  }

  private Step hypergradient() {
    double fd = settings.check()
        ? ExactInner.finiteDifferenceLogLambda(raw, settings.outer(), lambda(), CHECK_STEP)
        : Double.NaN;
    // To first order an inexact w is off by H⁻¹∇h, which moves C by ∇Fᵀ H⁻¹ ∇h = qᵀ∇h: the
    // corrected C − qᵀ∇h is accurate to second order (adjoint error correction), so the test
    // below compares what the inexact solves can tell apart.
    corrected = value - Vectors.dot(solved.q(), innerGradient);
    double bound = cAccepted + ARMIJO * pAccepted * delta;
    acceptable = !hasAccepted || delta == 0 || corrected <= bound;
    next = Phase.UPDATE;
    return new HypergradientFound(k, lambda(), solved.dLogLambda(), fd, epsilon, corrected,
        hasAccepted ? bound : Double.NaN, acceptable, "p = dC/d log λ = −λ (m⊙w)·q      check: (C(λe^h) − C(λe^−h)) / 2h");
  }

  private Step update() {
    double before = s;
    history.add(new Iterate(k, Math.exp(before), value, validationLoss, trainLoss, acceptable,
        problem.work(), innerIterations, cgIterations, cappedSolves));
    Rule rule;
    double stepSize = Double.NaN;
    if (!acceptable) {
      // Back to the accepted point; the parabola through C_acc, its slope p_acc·Δ and the trial's C
      // has its minimum at t·Δ (Nocedal and Wright 2006, §3.5), kept within [0.1, 0.5].
      double slope = pAccepted * delta;
      double t = -slope / (2 * (corrected - cAccepted - slope));
      t = Double.isFinite(t) ? Math.max(0.1, Math.min(0.5, t)) : 0.5;
      delta *= t;
      radius = Math.abs(delta);
      s = sAccepted + delta;
      w = wAccepted.clone();
      rule = Rule.BACKTRACK;
      verdict = Math.abs(delta) < STEP_TOLERANCE
          || Math.abs(pAccepted * delta) <= DECREASE_TOLERANCE * Math.abs(cAccepted)
          ? Verdict.CONVERGED : Verdict.RUNNING;
      if (verdict == Verdict.CONVERGED) {
        s = sAccepted;
        delta = 0;
      }
    } else {
      double p = solved.dLogLambda();
      if (hasAccepted && Math.abs(before - sAccepted) > 1e-12) {
        curvature = (p - pAccepted) / (before - sAccepted);
      }
      boolean first = !hasAccepted;
      double lastStep = Math.abs(before - sAccepted);
      double model = first ? Double.NaN
          : cubicMinimizer(sAccepted, cAccepted, pAccepted, before, corrected, p) - before;
      hasAccepted = true;
      sAccepted = before;
      cAccepted = corrected;
      pAccepted = p;
      wAccepted = w.clone();
      start = trialStart;
      qAccepted = solved.q();
      double proposal;
      if (first) {
        rule = Rule.FIRST;
        proposal = -Math.signum(p) * FIRST_STEP;
      } else {
        radius = Math.min(MAX_STEP, 2 * lastStep);
        if (Double.isFinite(model) && model * p < 0) {
          rule = Rule.CUBIC;
          proposal = Math.max(-radius, Math.min(radius, model));
        } else {
          rule = Rule.EXPAND;
          proposal = -Math.signum(p) * radius;
        }
      }
      s = Math.max(settings.logMin(), Math.min(settings.logMax(), before + proposal));
      delta = s - before;
      stepSize = p == 0 ? Double.NaN : -delta / p;
      if (Math.abs(delta) < STEP_TOLERANCE && Math.abs(proposal) >= STEP_TOLERANCE) {
        verdict = proposal < 0 ? Verdict.AT_LOWER_END : Verdict.AT_UPPER_END;
      } else if (Math.abs(p * delta) <= DECREASE_TOLERANCE * Math.abs(value)
          || Math.abs(delta) < STEP_TOLERANCE) {
        verdict = Verdict.CONVERGED;
      } else {
        verdict = Verdict.RUNNING;
      }
    }
    next = Phase.INNER_SOLVE;
    Updated u = new Updated(k, before, s, acceptable, rule, curvature, stepSize, value, verdict,
        formula(rule));
    k++;
    return u;
  }

  /**
   * The minimiser of the cubic with values c0, c1 and slopes p0, p1 at s0, s1 (Hermite
   * interpolation; Nocedal and Wright 2006, eq. 3.59); NaN where the cubic has no minimum.
   */
  static double cubicMinimizer(double s0, double c0, double p0, double s1, double c1, double p1) {
    double d1 = p0 + p1 - 3 * (c0 - c1) / (s0 - s1);
    double disc = d1 * d1 - p0 * p1;
    if (!(disc >= 0) || s0 == s1) {
      return Double.NaN;
    }
    double d2 = Math.signum(s1 - s0) * Math.sqrt(disc);
    double denominator = p1 - p0 + 2 * d2;
    return denominator == 0 ? Double.NaN : s1 - (s1 - s0) * (p1 + d2 - d1) / denominator;
  }

  private String formula(Rule rule) {
    String range = "  in [" + Math.round(settings.logMin()) + ", " + Math.round(settings.logMax()) + "]";
    return switch (rule) {
      case FIRST -> "log λ ← log λ − sign(p)·1   (no curvature known yet: one unit downhill)" + range;
      case CUBIC -> "log λ ← the minimum of the cubic through C and p at the last two λ  (≤ 2× the last step)" + range;
      case EXPAND -> "log λ ← log λ − sign(p)·2|last step|   (that cubic has no minimum downhill)" + range;
      case BACKTRACK -> "C rose: back to the accepted λ, step × t, t from a parabola through C";
    };
  }
}
