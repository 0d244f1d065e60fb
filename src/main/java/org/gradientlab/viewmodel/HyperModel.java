package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.util.Duration;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.JointDescent;
import org.gradientlab.hyper.OuterLandscape;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.JointPath;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.SearchBaselines;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.hyper.Work;
import org.gradientlab.format.Numbers;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.CappedObjective;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.ProgressObjective;

/**
 * The hypergradient lab: hypergradient descent on log λ for one bilevel problem, one phase at a
 * time (inner solve, linear solve, hypergradient with its finite-difference check, update), beside
 * the dense curve C(λ) it is trying to minimise, the search baselines on the same problem, and the
 * outer landscape C_T(log λ, η) of unrolled training with the joint (λ, η) descent path.
 *
 * <p>Three workers of the {@link Background} keep the FX thread free: the outer loop (the
 * {@link OuterLoop} lives on it and is touched by no other thread; its phases run in order through
 * {@link SerialWork}, and a reset drops what an earlier loop still had queued), the curves and
 * baselines, and the outer landscape (both latest-wins).
 */
public final class HyperModel {

  /** Points of the dense curve C(λ). */
  public static final int CURVE_POINTS = 160;
  /** The loop stops by itself after this many outer iterations. */
  public static final int MAX_ITERATIONS = 60;

  /** The dense curves over log λ (validation, and training for the pitfall) and the search baselines. */
  public record Curves(HyperProblem problem, ValidationCurve validation, ValidationCurve training,
      List<Baseline> baselines) {}

  /**
   * One row of the comparison: a way of choosing λ, the passes over the training rows it took,
   * the solves that stopped short of their tolerance, and what it found: the best λ with the
   * validation loss and, apart, the training loss there.
   */
  public record Baseline(String method, int trials, Work work, int shortSolves, double bestLambda,
      double validationLoss, double trainLoss) {}

  /**
   * The outer landscape of unrolled training, the joint descent path on it, and the best pixel of
   * the map (log λ, η, C_T there; NaN while unknown): C_T's best, which is not C's minimum.
   */
  public record Landscape(HyperProblem problem, OuterLandscape objective, Heatmap heatmap,
      double curvature, List<JointDescent.Point> path, double[] best) {}

  /**
   * Where the outer loop stands, as published to the FX thread after every phase: the next phase
   * and λ, the weights of the last inner solve and the λ they were fitted at, both losses there
   * (and the validation accuracy for classification), the work so far and the loop's verdict.
   */
  public record LoopState(OuterLoop.Phase nextPhase, int iteration, double lambda, double[] weights,
      double fitLambda, double trainLoss, double validationLoss, double accuracy, Work work,
      long innerIterations, long cgIterations, int shortSolves, OuterLoop.Verdict verdict) {
    public LoopState {
      weights = weights.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }

    /** Whether the weights are a fit yet (false before the first inner solve). */
    public boolean fitted() {
      return !Double.isNaN(fitLambda);
    }
  }

  private record LandscapeRequest(HyperProblem problem, UnrolledMethod method, int steps,
      double logLambda0, double eta0) {}

  private final List<HyperProblem> problems = HyperProblems.all();
  private final ObjectProperty<HyperProblem> problem = new SimpleObjectProperty<>(problems.get(0));
  private final ObjectProperty<OuterLoop.Mode> mode = new SimpleObjectProperty<>(OuterLoop.Mode.HOAG);
  private final ObjectProperty<ToleranceSchedule> schedule = new SimpleObjectProperty<>(ToleranceSchedule.QUADRATIC);
  private final ObjectProperty<OuterObjective> objective = new SimpleObjectProperty<>(OuterObjective.VALIDATION);
  private final DoubleProperty phaseDelayMillis = new SimpleDoubleProperty(180);
  private final ObjectProperty<UnrolledMethod> unrolledMethod = new SimpleObjectProperty<>(UnrolledMethod.GD);
  private final IntegerProperty unrolledSteps = new SimpleIntegerProperty(60);
  /** Start of the joint descent, in units of the training edge 2/L for η. */
  private final DoubleProperty jointLogLambda0 = new SimpleDoubleProperty(Double.NaN);
  private final DoubleProperty jointEtaFraction0 = new SimpleDoubleProperty(0.35);
  /** HOAG's first tolerance ε₀; NaN for the default. */
  private final DoubleProperty epsilon0 = new SimpleDoubleProperty(Double.NaN);
  private final ObservableSet<HyperScene.HyperPanel> panels =
      FXCollections.observableSet(EnumSet.allOf(HyperScene.HyperPanel.class));
  /** The tab shown (the view selects it, and tells it when the user picks another). */
  private final ObjectProperty<HyperScene.Tab> tab = new SimpleObjectProperty<>(HyperScene.Tab.HOAG);
  /** Set while a scene is applied: its settings change together, with one reset at the end. */
  private boolean applying;

  private final ReadOnlyObjectWrapper<Curves> curves = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper curveProgress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyObjectWrapper<Landscape> landscape = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper landscapeProgress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyObjectWrapper<LoopState> state = new ReadOnlyObjectWrapper<>();
  private final ObservableList<OuterLoop.Step> steps = FXCollections.observableArrayList();
  private final ObservableList<OuterLoop.Iterate> iterates = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  private final Background.Worker outerWorker;
  private final Background.Worker curveWorker;
  private final Background.Worker landscapeWorker;
  private final Executor publisher;
  /** The phases of the outer loop, one after another; a reset starts a new generation. */
  private final SerialWork outer;
  private final LatestWinsComputation<CurvesRequest, Curves> curveComputation;
  private final LatestWinsComputation<LandscapeRequest, Landscape> landscapeComputation;
  /** What the next loop is made of, set by {@link #reset}; the first phase after it builds the loop. */
  private volatile LoopSetup setup;
  /** The setup the current loop was built from; outer worker only. */
  private LoopSetup loopSetup;
  /** Lives on the outer worker only. */
  private OuterLoop loop;
  /** The last inner solve and the validation accuracy of its weights; outer worker only. */
  private OuterLoop.InnerSolved fit;
  private org.gradientlab.hyper.InnerProblem loopProblem;
  private double fitAccuracy = Double.NaN;
  /** The last rendered landscape, reused when only the path's start moves; landscape worker only. */
  private LandscapeRequest renderedFor;
  private Heatmap rendered;
  private final PauseTransition pause = new PauseTransition();
  /** The workspace's further panels (issue 16): each with its own workers, idle until shown. */
  private final UnrolledModel unrolledModel;
  private final BayesModel bayesModel;
  private final ManyLambdaModel manyLambdaModel;
  /** The heat map's best pixel as last rendered (log λ, η, C_T); landscape worker only. */
  private double[] renderedBest;
  private record CurvesRequest(HyperProblem problem) {}

  private record LoopSetup(HyperProblem problem, OuterLoop.Settings settings) {}

  /** Outer loop, curves and map on {@code background}'s workers, results on its publisher. */
  public HyperModel(Background background) {
    outerWorker = background.worker("hyper-outer");
    curveWorker = background.worker("hyper-curves");
    landscapeWorker = background.worker("hyper-landscape");
    publisher = background.publisher();
    outer = new SerialWork(outerWorker, publisher, e -> {
      busy.set(false);
      running.set(false);
      message.set("The outer step failed: " + e.getMessage());
    });
    curveComputation = new LatestWinsComputation<>(this::computeCurves, curveWorker,
        publisher, curves::set, e -> message.set("The curve C(λ) failed: " + e.getMessage()));
    landscapeComputation = new LatestWinsComputation<>(this::computeLandscape, landscapeWorker,
        publisher, landscape::set,
        e -> message.set("The outer landscape failed: " + e.getMessage()));
    for (ObservableValue<?> v : List.of(mode, schedule, objective, epsilon0)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          reset();
        }
      });
    }
    problem.addListener((o, a, b) -> {
      if (!applying) {
        jointLogLambda0.set(Double.NaN);
        reset();
        recomputeCurves();
        recomputeLandscape();
      }
    });
    for (ObservableValue<?> v : List.of(unrolledMethod, unrolledSteps, jointLogLambda0, jointEtaFraction0)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          recomputeLandscape();
        }
      });
    }
    running.addListener((o, a, on) -> {
      if (on && !busy.get()) {
        advance();
      }
    });
    pause.setOnFinished(e -> {
      if (running.get()) {
        advance();
      }
    });
    reset();
    recomputeCurves();
    recomputeLandscape();
    unrolledModel = new UnrolledModel(background, problem);
    bayesModel = new BayesModel(background, problem, curves.getReadOnlyProperty());
    manyLambdaModel = new ManyLambdaModel(background);
  }

  /** η through the trajectory: unrolled derivatives, their cost, and the horizon T. */
  public UnrolledModel unrolled() { return unrolledModel; }
  /** Bayesian optimisation and the comparison of every method. */
  public BayesModel bayes() { return bayesModel; }
  /** Ridge with one λ per feature. */
  public ManyLambdaModel manyLambdas() { return manyLambdaModel; }

  // ---- properties ---------------------------------------------------------------------------

  public List<HyperProblem> problems() { return problems; }
  public ObjectProperty<HyperProblem> problemProperty() { return problem; }
  public ObjectProperty<OuterLoop.Mode> modeProperty() { return mode; }
  public ObjectProperty<ToleranceSchedule> scheduleProperty() { return schedule; }
  public ObjectProperty<OuterObjective> objectiveProperty() { return objective; }
  /** HOAG's first tolerance ε₀; NaN for the method's default. */
  public DoubleProperty epsilon0Property() { return epsilon0; }
  /** The panels shown. */
  public ObservableSet<HyperScene.HyperPanel> panels() { return panels; }
  public DoubleProperty phaseDelayMillisProperty() { return phaseDelayMillis; }
  /** The tab shown. */
  public ObjectProperty<HyperScene.Tab> tabProperty() { return tab; }
  public ObjectProperty<UnrolledMethod> unrolledMethodProperty() { return unrolledMethod; }
  public IntegerProperty unrolledStepsProperty() { return unrolledSteps; }
  public DoubleProperty jointLogLambda0Property() { return jointLogLambda0; }
  public DoubleProperty jointEtaFraction0Property() { return jointEtaFraction0; }
  public ReadOnlyObjectProperty<Curves> curvesProperty() { return curves.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty curveProgressProperty() { return curveProgress.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Landscape> landscapeProperty() { return landscape.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty landscapeProgressProperty() { return landscapeProgress.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<LoopState> stateProperty() { return state.getReadOnlyProperty(); }
  public ObservableList<OuterLoop.Step> steps() { return FXCollections.unmodifiableObservableList(steps); }
  public ObservableList<OuterLoop.Iterate> iterates() { return FXCollections.unmodifiableObservableList(iterates); }
  public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
  public BooleanProperty runningProperty() { return running; }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

  // ---- the outer loop -----------------------------------------------------------------------

  /** Starts the outer loop over from the problem's λ₀ with the current settings. */
  public void reset() {
    running.set(false);
    pause.stop();
    outer.cancel();
    steps.clear();
    iterates.clear();
    busy.set(false);
    message.set("");
    HyperProblem p = problem.get();
    OuterLoop.Settings settings = HyperRun.settings(snapshotSettings(), p);
    state.set(new LoopState(OuterLoop.Phase.INNER_SOLVE, 1, Math.exp(p.logLambda0()),
        new double[p.inner().dimension()], Double.NaN, Double.NaN, Double.NaN, Double.NaN, Work.NONE,
        0, 0, 0, OuterLoop.Verdict.RUNNING));
    setup = new LoopSetup(p, settings);
  }

  /**
   * Sets everything {@code scene} says and runs the outer loop as far as it says (whole
   * iterations, then phases of the next), exactly as {@link HyperRun} does for the lesson checks.
   */
  public void apply(HyperScene scene) {
    boolean newProblem = !problem.get().id().equals(scene.problem());
    applying = true;
    try {
      if (newProblem) {
        problem.set(problems.stream().filter(p -> p.id().equals(scene.problem())).findFirst().orElseThrow());
      }
      objective.set(scene.objective());
      mode.set(scene.method());
      schedule.set(scene.schedule());
      epsilon0.set(scene.epsilon0());
      unrolledMethod.set(scene.unrolledMethod());
      unrolledSteps.set(scene.unrolledSteps());
      jointLogLambda0.set(scene.jointLogLambda0());
      jointEtaFraction0.set(scene.jointEtaFraction0());
      panels.clear();
      panels.addAll(scene.panels());
    } finally {
      applying = false;
    }
    // The further tabs after the problem (their models follow it), before the tab is shown.
    unrolledModel.apply(scene.horizon());
    bayesModel.apply(scene.bayes());
    manyLambdaModel.apply(scene.many());
    tab.set(scene.tab());
    reset();
    if (newProblem) {
      recomputeCurves();
    }
    recomputeLandscape();
    if (scene.iterations() > 0 || scene.phase() > 0) {
      busy.set(true);
      LoopSetup next = setup;
      outer.submit(cancelled -> prerun(next, scene.iterations(), scene.phase(), cancelled),
          results -> results.forEach(r -> publish(r.step(), r.last(), r.state())));
    }
  }

  /** What the workspace shows now, as a scene: its settings and how far the loop has run. */
  public HyperScene snapshot() {
    HyperScene settings = snapshotSettings();
    LoopState s = state.get();
    int done = s == null ? 0 : Math.max(0, s.iteration() - 1);
    int phase = s == null ? 0 : s.nextPhase().ordinal();
    return new HyperScene(settings.problem(), settings.objective(), settings.method(), settings.schedule(),
        settings.epsilon0(), Math.min(done, HyperScene.MAX_ITERATIONS), phase, settings.unrolledMethod(),
        settings.unrolledSteps(), settings.jointLogLambda0(), settings.jointEtaFraction0(), settings.panels(),
        tab.get(), unrolledModel.scene(), bayesModel.scene(), manyLambdaModel.scene());
  }

  /** The settings as a scene that has run nothing. */
  private HyperScene snapshotSettings() {
    return new HyperScene(problem.get().id(), objective.get(), mode.get(), schedule.get(), epsilon0.get(),
        0, 0, unrolledMethod.get(), unrolledSteps.get(), jointLogLambda0.get(), jointEtaFraction0.get(),
        panels.isEmpty() ? EnumSet.noneOf(HyperScene.HyperPanel.class) : EnumSet.copyOf(panels));
  }

  /**
   * On the outer worker: whole iterations while the loop is still running (as {@link HyperRun}
   * and Run do), then {@code phases} phases of the next.
   */
  private List<PhaseResult> prerun(LoopSetup next, int iterations, int phases,
      java.util.function.BooleanSupplier cancelled) {
    List<PhaseResult> out = new ArrayList<>();
    int perIteration = OuterLoop.Phase.values().length;
    for (int i = 0; i < iterations && !cancelled.getAsBoolean(); i++) {
      if (loopSetup == next && loop.verdict() != OuterLoop.Verdict.RUNNING) {
        break;
      }
      for (int k = 0; k < perIteration; k++) {
        out.add(phase(next));
      }
    }
    for (int k = 0; k < phases && !cancelled.getAsBoolean(); k++) {
      out.add(phase(next));
    }
    return out;
  }

  /** Performs the next phase of the outer loop on the worker; ignored while one is under way. */
  public void advance() {
    if (outer.pending() == 0) {
      enqueue();
    }
  }

  /** Advances through the rest of the current outer iteration, up to and including its update. */
  public void advanceIteration() {
    if (outer.pending() > 0) {
      return;
    }
    int phases = OuterLoop.Phase.values().length - state.get().nextPhase().ordinal();
    for (int i = 0; i < phases; i++) {
      enqueue();
    }
  }

  /** What one phase hands to the FX thread. */
  private record PhaseResult(OuterLoop.Step step, OuterLoop.Iterate last, LoopState state) {}

  /** Queues one phase on the worker; phases queued together run in order there. */
  private void enqueue() {
    busy.set(true);
    LoopSetup next = setup;
    outer.submit(cancelled -> phase(next), r -> publish(r.step(), r.last(), r.state()));
  }

  /** One phase of the outer loop, on the outer worker; the first after a reset builds the loop. */
  private PhaseResult phase(LoopSetup next) {
    if (loopSetup != next) {
      loop = new OuterLoop(next.problem().inner(), next.settings());
      loopProblem = next.problem().inner();
      loopSetup = next;
      fit = null;
    }
    OuterLoop.Step step = loop.advance();
    if (step instanceof OuterLoop.InnerSolved solvedStep) {
      // The losses come from the loop's own work; the accuracy (classification only) is one
      // validation pass, once per fit, never per redraw.
      fit = solvedStep;
      fitAccuracy = loopProblem.validationAccuracy(loop.weights());
    }
    List<OuterLoop.Iterate> history = loop.history();
    OuterLoop.Iterate last = history.isEmpty() ? null : history.get(history.size() - 1);
    LoopState s = new LoopState(loop.nextPhase(), loop.iteration(), loop.lambda(), loop.weights(),
        fit == null ? Double.NaN : fit.lambda(), fit == null ? Double.NaN : fit.trainLoss(),
        fit == null ? Double.NaN : fit.validationLoss(), fit == null ? Double.NaN : fitAccuracy,
        loop.work(), loop.innerWork(), loop.cgWork(), loop.cappedSolves(), loop.verdict());
    return new PhaseResult(step, last, s);
  }

  private void publish(OuterLoop.Step step, OuterLoop.Iterate last, LoopState s) {
    steps.add(step);
    if (last != null && (iterates.isEmpty() || iterates.get(iterates.size() - 1).iteration() != last.iteration())) {
      iterates.add(last);
    }
    state.set(s);
    busy.set(outer.pending() > 0);
    if (step instanceof OuterLoop.Updated u) {
      String at = Numbers.compact(Math.round(Math.log(s.fitLambda()) * 100) / 100.0);
      switch (u.verdict()) {
        case CONVERGED -> stopWith("Stopped: converged at log λ = " + at + " — the next step would change C by"
            + " less than 10⁻⁵·C.");
        case AT_LOWER_END -> stopWith("Stopped: λ hit the lower end of the search range (log λ = "
            + Math.round(problem.get().logMin()) + "): this objective wants no regularisation at all.");
        case AT_UPPER_END -> stopWith("Stopped: λ hit the upper end of the search range (log λ = "
            + Math.round(problem.get().logMax()) + ").");
        case RUNNING -> {
          if (u.iteration() >= MAX_ITERATIONS) {
            stopWith("Stopped after " + MAX_ITERATIONS + " outer iterations without converging.");
          }
        }
      }
    }
    if (running.get() && outer.pending() == 0) {
      pause.setDuration(Duration.millis(Math.max(1, phaseDelayMillis.get())));
      pause.playFromStart();
    }
  }

  private void stopWith(String why) {
    if (running.get()) {
      running.set(false);
      message.set(why);
    }
  }

  // ---- the curves and the baselines ---------------------------------------------------------

  public void recomputeCurves() {
    curveProgress.set(0);
    curveComputation.submit(new CurvesRequest(problem.get()));
  }

  private Curves computeCurves(CurvesRequest request, BooleanSupplier stale) {
    HyperProblem p = request.problem();
    // Both curves from the same inner solves; the baselines after them.
    ValidationCurve[] both = ValidationCurve.computeAll(p.inner(),
        new OuterObjective[] {OuterObjective.VALIDATION, OuterObjective.TRAINING}, p.logMin(), p.logMax(),
        CURVE_POINTS, f -> progress(curveProgress, 0.9 * f, stale), stale);
    ValidationCurve validation = both[0];
    ValidationCurve training = both[1];
    List<Baseline> baselines = new ArrayList<>();
    baselines.add(baseline("grid search, 10 points", SearchBaselines.grid(p.inner(),
        OuterObjective.VALIDATION, p.logMin(), p.logMax(), 10)));
    baselines.add(baseline("grid search, 30 points", SearchBaselines.grid(p.inner(),
        OuterObjective.VALIDATION, p.logMin(), p.logMax(), 30)));
    baselines.add(baseline("random search, 30 draws", SearchBaselines.random(p.inner(),
        OuterObjective.VALIDATION, p.logMin(), p.logMax(), 30, 1)));
    progress(curveProgress, 1, stale);
    return new Curves(p, validation, training, List.copyOf(baselines));
  }

  private static Baseline baseline(String name, List<SearchBaselines.Trial> trials) {
    SearchBaselines.Trial best = SearchBaselines.best(trials);
    SearchBaselines.Trial last = trials.get(trials.size() - 1);
    return new Baseline(name, trials.size(), last.work(), last.capped(), best.lambda(), best.value(),
        best.trainLoss());
  }

  private void progress(ReadOnlyDoubleWrapper target, double value, BooleanSupplier stale) {
    if (!stale.getAsBoolean()) {
      publisher.execute(() -> target.set(value));
    }
  }

  // ---- the outer landscape ------------------------------------------------------------------

  public void recomputeLandscape() {
    HyperProblem p = problem.get();
    double s0 = Double.isNaN(jointLogLambda0.get()) ? p.logLambda0() : jointLogLambda0.get();
    landscapeProgress.set(0);
    landscapeComputation.submit(new LandscapeRequest(p, unrolledMethod.get(), unrolledSteps.get(), s0,
        jointEtaFraction0.get()));
  }

  /**
   * The default box of the outer landscape: the problem's log-λ range without its flat far left,
   * and η from 2 % to 130 % of the training loop's edge at λ = 0 (2/L, or 2(1+α)/L for momentum).
   */
  public static Domain landscapeDomain(HyperProblem p, double curvature, UnrolledMethod method, double alpha) {
    return JointPath.defaultBox(p, curvature, method, alpha);
  }

  /** The smallest box holding {@code d} and the path, the path's part padded by 5 % of the box. */
  static Domain containing(Domain d, List<JointDescent.Point> path) {
    double x0 = d.xMin();
    double x1 = d.xMax();
    double y0 = d.yMin();
    double y1 = d.yMax();
    double px = 0.05 * d.width();
    double py = 0.05 * (d.yMax() - d.yMin());
    for (JointDescent.Point q : path) {
      x0 = Math.min(x0, q.logLambda() - px);
      x1 = Math.max(x1, q.logLambda() + px);
      y0 = Math.min(y0, Math.max(0.5 * q.eta(), q.eta() - py));
      y1 = Math.max(y1, q.eta() + py);
    }
    return new Domain(x0, x1, y0, y1);
  }

  private Landscape computeLandscape(LandscapeRequest r, BooleanSupplier stale) {
    HyperProblem p = r.problem();
    // The path first, in a wider box (the lesson checks compute the same JointPath): the map is
    // then drawn over a box that contains it, so the path never leaves the picture.
    JointPath joint = JointPath.of(p, r.method(), r.steps(), r.logLambda0(), r.eta0());
    double curvature = joint.curvature();
    Unrolled.Loop training = JointPath.loop(p, r.method(), r.steps());
    List<JointDescent.Point> path = joint.points();
    Domain d = containing(joint.box(), path);
    OuterLandscape c = new OuterLandscape(p.inner(), OuterObjective.VALIDATION, training,
        d.xMin(), d.xMax(), d.yMin(), d.yMax());
    LandscapeRequest key = new LandscapeRequest(p, r.method(), r.steps(), 0, 0);
    Heatmap map;
    if (key.equals(renderedFor) && rendered != null && rendered.view().equals(d)) {
      map = rendered;
    } else {
      // Every pixel is a whole training run: fewer pixels for bigger problems.
      long work = (long) r.steps() * p.inner().dimension() * Math.max(1, sampleCount(p));
      int width = work > 200_000 ? 48 : 120;
      int height = width * 3 / 4;
      // Past the cliff C climbs by orders of magnitude before it overflows: cap the colours at ten
      // times the loss of the untrained model (w = 0) so the region that trains keeps its detail.
      double cap = 10 * p.inner().validationLoss(new double[p.inner().dimension()]);
      org.gradientlab.plot.TrackedMinimum tracked = new org.gradientlab.plot.TrackedMinimum(c);
      ProgressObjective counted = new ProgressObjective(new CappedObjective(tracked, cap), (long) width * height,
          f -> progress(landscapeProgress, 0.95 * f, stale));
      map = Heatmap.render(counted, d, width, height, stale);
      renderedFor = key;
      rendered = map;
      double[] at = tracked.at();
      renderedBest = at == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
          : new double[] {at[0], at[1], tracked.best()};
    }
    progress(landscapeProgress, 1, stale);
    return new Landscape(p, c, map, curvature, path, renderedBest.clone());
  }

  private static int sampleCount(HyperProblem p) {
    return p.sine() != null ? p.sine().trainX().length : 300;
  }

  /** No phase on its way and the curves and the map computed (FX thread). */
  public boolean isIdle() {
    return outer.pending() == 0 && curves.get() != null && landscape.get() != null
        && curveProgress.get() >= 1 && landscapeProgress.get() >= 1;
  }

  /** Stops Run and every worker; nothing more is computed or published. */
  public void dispose() {
    unrolledModel.dispose();
    bayesModel.dispose();
    manyLambdaModel.dispose();
    running.set(false);
    pause.stop();
    outer.cancel();
    curveComputation.cancel();
    landscapeComputation.cancel();
    outerWorker.close();
    curveWorker.close();
    landscapeWorker.close();
  }
}
