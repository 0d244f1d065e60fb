package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.hyper.ExactInner;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.SearchBaselines;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.hyper.Work;

/**
 * A hypergradient scene run as far as it says: its outer iterations, then its phases of the next,
 * with every step the loop took, its iterates, and (on demand) the dense curve C(λ) that judges
 * them, the grid searches of the comparison table and the joint (λ, η) descent of the map (both
 * on demand). The loop is built by {@link #loop} for the workspace and here alike.
 */
public final class HyperRun implements WorkspaceResult {

  /** Points of the dense curve that referees "within 1 % of the grid minimum". */
  public static final int CURVE_POINTS = 160;

  private final HyperScene scene;
  private final HyperProblem problem;
  private final List<OuterLoop.Step> steps;
  private final List<OuterLoop.Iterate> iterates;
  private final OuterLoop.Verdict verdict;
  private final double acceptedLambda;
  private final Work work;
  private ValidationCurve curve;
  private final Map<Integer, List<SearchBaselines.Trial>> grids = new HashMap<>();
  private JointPath joint;
  private final Map<Integer, org.gradientlab.hyper.UnrolledResult> horizons = new HashMap<>();
  private org.gradientlab.hyper.UnrolledMeters.Meter implicit;
  private org.gradientlab.hyper.BayesianOptimization bayes;
  private final Map<Integer, org.gradientlab.hyper.BayesianOptimization> bayesRuns = new HashMap<>();
  private org.gradientlab.hyper.PerFeatureComparison.Result many;
  private double curvature = Double.NaN;

  private HyperRun(HyperScene scene, HyperProblem problem, List<OuterLoop.Step> steps,
      List<OuterLoop.Iterate> iterates, OuterLoop.Verdict verdict, double acceptedLambda, Work work) {
    this.scene = scene;
    this.problem = problem;
    this.steps = List.copyOf(steps);
    this.iterates = List.copyOf(iterates);
    this.verdict = verdict;
    this.acceptedLambda = acceptedLambda;
    this.work = work;
  }

  /**
   * A run as recorded: the steps a loop took, where it stood and the work it spent, on
   * {@code problem} (for replays and for tests that build a run whose numbers they know).
   */
  public static HyperRun recorded(HyperScene scene, HyperProblem problem, List<OuterLoop.Step> steps,
      List<OuterLoop.Iterate> iterates, OuterLoop.Verdict verdict, double acceptedLambda, Work work) {
    return new HyperRun(scene, problem, steps, iterates, verdict, acceptedLambda, work);
  }

  /** The loop's settings for {@code s} on {@code p}. */
  public static OuterLoop.Settings settings(HyperScene s, HyperProblem p) {
    OuterLoop.Settings hoag = OuterLoop.Settings.hoag(p);
    double epsilon0 = Double.isNaN(s.epsilon0()) ? hoag.epsilon0() : s.epsilon0();
    return hoag.with(s.method(), s.schedule(), epsilon0, s.objective(), true);
  }

  /** A fresh outer loop for {@code s} on {@code p}. */
  public static OuterLoop loop(HyperScene s, HyperProblem p) {
    return new OuterLoop(p.inner(), settings(s, p));
  }

  /**
   * Runs {@code s}: whole iterations first (stopping early once the loop has converged or hit an end
   * of the search range, as Run does), then its phases of the next.
   */
  public static HyperRun of(HyperScene s) {
    return of(s, HyperProblems.byId(s.problem()));
  }

  /** Runs {@code s} on {@code p} (the problem its id names, or another one). */
  public static HyperRun of(HyperScene s, HyperProblem p) {
    OuterLoop loop = loop(s, p);
    List<OuterLoop.Step> steps = new ArrayList<>();
    for (int i = 0; i < s.iterations() && loop.verdict() == OuterLoop.Verdict.RUNNING; i++) {
      steps.addAll(loop.iterate());
    }
    for (int i = 0; i < s.phase(); i++) {
      steps.add(loop.advance());
    }
    return new HyperRun(s, p, steps, loop.history(), loop.verdict(), loop.acceptedLambda(), loop.work());
  }

  @Override
  public HyperScene scene() {
    return scene;
  }

  public HyperProblem problem() {
    return problem;
  }

  public List<OuterLoop.Step> steps() {
    return steps;
  }

  public List<OuterLoop.Iterate> iterates() {
    return iterates;
  }

  public OuterLoop.Verdict verdict() {
    return verdict;
  }

  /** The passes over the training rows the loop spent, as the comparison table counts them. */
  public Work work() {
    return work;
  }

  /** The λ the loop stands on (its last accepted one). */
  public double acceptedLambda() {
    return acceptedLambda;
  }

  /** C at the accepted λ with the weights solved exactly: the fair judge of where the loop got to. */
  public double validationAtAccepted() {
    double[] w = ExactInner.solve(problem.inner(), acceptedLambda, new double[problem.inner().dimension()]).w();
    return OuterObjective.VALIDATION.value(problem.inner(), w);
  }

  /** The dense curve C(λ) over the problem's range (computed once, when first asked for). */
  public synchronized ValidationCurve curve() {
    if (curve == null) {
      curve = ValidationCurve.compute(problem.inner(), OuterObjective.VALIDATION, problem.logMin(),
          problem.logMax(), CURVE_POINTS, ValidationCurve.UNWATCHED, () -> false);
    }
    return curve;
  }

  /**
   * Grid search with {@code points} values of λ over the problem's range, judged by the validation
   * loss, exactly as the comparison table runs it (computed once per size, when first asked for).
   */
  public synchronized List<SearchBaselines.Trial> grid(int points) {
    return grids.computeIfAbsent(points, n -> SearchBaselines.grid(problem.inner(),
        OuterObjective.VALIDATION, problem.logMin(), problem.logMax(), n));
  }

  /** The joint (log λ, η) descent the map draws for this scene (computed once, when first asked for). */
  public synchronized JointPath jointPath() {
    if (joint == null) {
      joint = JointPath.of(scene, problem);
    }
    return joint;
  }

  // ---- the further tabs, each computed once when first asked for ---------------------------

  /** L of the training loss (the largest eigenvalue of its Hessian at w = 0). */
  public synchronized double curvature() {
    if (Double.isNaN(curvature)) {
      curvature = org.gradientlab.hyper.TrainingEdge.curvature(problem.inner());
    }
    return curvature;
  }

  /** λ of the "η through training" tab: the scene's, or the problem's λ₀. */
  public double horizonLambda() {
    double s = scene.horizon().logLambda();
    return Math.exp(Double.isNaN(s) ? problem.logLambda0() : s);
  }

  /** η of that tab: its share of the training loop's edge 2/(L + λ) (momentum: 2(1 + α)/(L + λ)). */
  public double horizonEta() {
    HyperScene.Horizon h = scene.horizon();
    double alpha = h.method() == org.gradientlab.hyper.UnrolledMethod.MOMENTUM ? JointPath.MOMENTUM_ALPHA : 0;
    return h.etaFraction() * org.gradientlab.hyper.TrainingEdge.edge(h.method(), alpha, curvature(), horizonLambda());
  }

  /**
   * C_T with dC/dλ and dC/dη after {@code steps} steps of the tab's training loop from w = 0
   * (forward mode, as the tab's first card computes them).
   */
  public synchronized org.gradientlab.hyper.UnrolledResult horizon(int steps) {
    return horizons.computeIfAbsent(steps, t -> {
      HyperScene.Horizon h = scene.horizon();
      double alpha = h.method() == org.gradientlab.hyper.UnrolledMethod.MOMENTUM ? JointPath.MOMENTUM_ALPHA : 0;
      org.gradientlab.hyper.Unrolled.Loop loop = new org.gradientlab.hyper.Unrolled.Loop(h.method(), t, alpha,
          new double[problem.inner().dimension()]);
      return org.gradientlab.hyper.Unrolled.forward(problem.inner(), OuterObjective.VALIDATION, horizonLambda(),
          horizonEta(), loop);
    });
  }

  /** The implicit hypergradient at w*(λ) for the tab's λ: the limit T → ∞. */
  public synchronized org.gradientlab.hyper.UnrolledMeters.Meter implicit() {
    if (implicit == null) {
      implicit = org.gradientlab.hyper.UnrolledMeters.implicit(problem.inner(), OuterObjective.VALIDATION,
          horizonLambda());
    }
    return implicit;
  }

  /** Bayesian optimisation as the scene pre-runs it: its evaluations, then its phases of the next. */
  public synchronized org.gradientlab.hyper.BayesianOptimization bayes() {
    if (bayes == null) {
      HyperScene.Bayes b = scene.bayes();
      bayes = HyperBayes.optimizer(problem, b.target(), b.seed());
      HyperBayes.prerun(bayes, b.evaluations(), b.phase(), () -> false);
    }
    return bayes;
  }

  /** The scene's BO run on for {@code evaluations} evaluations in all. */
  public synchronized org.gradientlab.hyper.BayesianOptimization bayes(int evaluations) {
    return bayesRuns.computeIfAbsent(evaluations, n -> {
      HyperScene.Bayes b = scene.bayes();
      org.gradientlab.hyper.BayesianOptimization bo = HyperBayes.optimizer(problem, b.target(), b.seed());
      HyperBayes.prerun(bo, n, 0, () -> false);
      return bo;
    });
  }

  /** The many-λ comparison with the scene's budget and seed. */
  public synchronized org.gradientlab.hyper.PerFeatureComparison.Result many() {
    if (many == null) {
      many = org.gradientlab.hyper.PerFeatureComparison.compare(scene.many().budget(), scene.many().seed(),
          () -> false);
    }
    return many;
  }
}
