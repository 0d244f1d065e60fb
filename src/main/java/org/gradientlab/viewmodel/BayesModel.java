package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.GaussianProcess;
import org.gradientlab.hyper.HyperBlackBoxes;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.MethodComparison;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.TrainingEdge;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.scene.HyperBayes;
import org.gradientlab.scene.HyperScene;

/**
 * Bayesian optimisation in the Hypergradients workspace, one phase at a time (posterior, expected
 * improvement and the next point, the evaluation), over log λ of C(λ) or over (log λ, η) of the
 * unrolled C_T; and the comparison of every method on the problem, with the cost each needed to
 * get within 1 % of the dense-grid best.
 *
 * <p>The optimiser lives on one worker of the {@link Background} (its phases in order through
 * {@link SerialWork}; a reset starts a new generation); after every phase that worker publishes a
 * {@link State} with the posterior drawn on a grid, so the view only paints. The comparison runs
 * latest-wins on a second worker once the dense curve of the problem is known.
 */
public final class BayesModel {

  /** What BO minimises. */
  public enum Target {
    VALIDATION("C(λ) over log λ: an inner solve per point"),
    UNROLLED("C_T(λ, η) over (log λ, η): T steps of gradient descent per point");

    private final String label;

    Target(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Steps of unrolled gradient descent behind each evaluation of C_T. */
  public static final int UNROLLED_STEPS = HyperBayes.UNROLLED_STEPS;
  /** Points of the curves drawn over log λ (1-D) and per axis of the maps (2-D). */
  public static final int CURVE_POINTS = 200;
  public static final int MAP_POINTS = 48;
  /** Evaluations of the initial design. */
  public static final int DESIGN_1D = HyperBayes.DESIGN_1D;
  public static final int DESIGN_2D = HyperBayes.DESIGN_2D;

  /**
   * Where BO stands, as published after every phase. For 1-D: the posterior of C over log λ on
   * {@code xs} (mean and the ±2σ band, back from log C) and EI there; for 2-D: the posterior mean
   * and EI on a {@link #MAP_POINTS}² grid over the box, row 0 at the top (largest η).
   */
  public record State(HyperProblem problem, Target target, BayesianOptimization.Phase nextPhase,
      int iteration, List<BayesianOptimization.Evaluation> evaluations, BayesianOptimization.Evaluation best,
      double[] low, double[] high, GaussianProcess process, double[] xs, double[] mean, double[] lower,
      double[] upper, double[] improvement, double[] next, double nextImprovement, boolean design,
      long gradients, long innerIterations, double edgeCurvature) {}

  private record Setup(HyperProblem problem, Target target, long seed) {}

  /** The dense curve of a problem, to judge the comparison by. */
  private record Judge(HyperProblem problem, ValidationCurve curve) {}

  private final ObservableValue<HyperProblem> problem;
  private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.VALIDATION);
  private final IntegerProperty seed = new SimpleIntegerProperty(1);
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
  private final ObservableList<BayesianOptimization.Step> steps = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<MethodComparison.Table> comparison = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper comparisonProgress = new ReadOnlyDoubleWrapper(0);
  private final Background.Worker worker;
  private final Background.Worker comparisonWorker;
  private final java.util.concurrent.Executor publisher;
  private final SerialWork work;
  private final LatestWinsComputation<Judge, MethodComparison.Table> comparisonComputation;
  /** Waits between phases while running; made when first needed (it needs the FX toolkit). */
  private javafx.animation.PauseTransition pause;
  private volatile Setup setup;
  /** Set while a scene is applied: target and seed change together, with one reset. */
  private boolean applying;
  /** Whether the panel is on screen: the comparison is computed only for a shown panel. */
  private final BooleanProperty active = new SimpleBooleanProperty(false);
  /** The curves to judge by, kept until the panel is shown. */
  private HyperModel.Curves waiting;
  /** Worker only. */
  private Setup built;
  private BayesianOptimization bo;
  private double curvature;
  /** The pause between phases while running, long enough to see each. */
  public static final double RUN_DELAY_MILLIS = 350;
  /** The budget a Run goes to: evaluations. */
  public static final int RUN_BUDGET = 25;

  /**
   * @param curves the dense curves of the workspace's problem once known (the workspace computes
   *     them); the comparison is judged against C(λ)'s
   */
  public BayesModel(Background background, ObservableValue<HyperProblem> problem,
      ObservableValue<HyperModel.Curves> curves) {
    this.problem = problem;
    worker = background.worker("hyper-bayes");
    comparisonWorker = background.worker("hyper-comparison");
    publisher = background.publisher();
    work = new SerialWork(worker, publisher, e -> {
      busy.set(false);
      running.set(false);
      message.set("Bayesian optimisation failed: " + e.getMessage());
    });
    comparisonComputation = new LatestWinsComputation<>(this::computeComparison, comparisonWorker,
        publisher, comparison::set, e -> message.set("The comparison failed: " + e.getMessage()));
    problem.addListener((o, a, b) -> {
      comparisonComputation.cancel(); // the last problem's table must not land on this one
      comparison.set(null);
      reset();
    });
    target.addListener((o, a, b) -> {
      if (!applying) {
        reset();
      }
    });
    seed.addListener((o, a, b) -> {
      if (!applying) {
        reset();
      }
    });
    curves.addListener((o, a, c) -> judge(c));
    judge(curves.getValue());
    active.addListener((o, a, on) -> {
      if (on && waiting != null) {
        judge(waiting);
      }
    });
    running.addListener((o, a, on) -> {
      if (on && !busy.get()) {
        advance();
      }
    });
    reset();
  }

  private void judge(HyperModel.Curves c) {
    if (c != null && !active.get()) {
      waiting = c;
    } else if (c != null) {
      waiting = null;
      comparisonProgress.set(0);
      comparisonComputation.submit(new Judge(c.problem(), c.validation()));
    }
  }

  /** Set while the panel is shown; the first activation computes the comparison. */
  public BooleanProperty activeProperty() { return active; }
  public ObjectProperty<Target> targetProperty() { return target; }
  public IntegerProperty seedProperty() { return seed; }
  public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
  public ObservableList<BayesianOptimization.Step> steps() { return FXCollections.unmodifiableObservableList(steps); }
  public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
  /** While true, phases follow each other until {@link #RUN_BUDGET} evaluations. */
  public BooleanProperty runningProperty() { return running; }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<MethodComparison.Table> comparisonProperty() { return comparison.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty comparisonProgressProperty() { return comparisonProgress.getReadOnlyProperty(); }

  /** Starts over with the current problem, target and seed. */
  public void reset() {
    running.set(false);
    if (pause != null) {
      pause.stop();
    }
    work.cancel();
    steps.clear();
    busy.set(false);
    message.set("");
    setup = new Setup(problem.getValue(), target.get(), seed.get());
    Setup s = setup;
    busy.set(true);
    work.submit(cancelled -> {
      build(s);
      return snapshot(null);
    }, this::publish);
  }

  /**
   * Sets the target and seed a scene gives and runs BO as far as it says: its evaluations, then
   * phases of the next iteration (as {@link HyperBayes#prerun} does for the lesson checks).
   */
  public void apply(HyperScene.Bayes b) {
    applying = true;
    try {
      target.set(b.target() == HyperScene.BayesTarget.VALIDATION ? Target.VALIDATION : Target.UNROLLED);
      seed.set(b.seed());
    } finally {
      applying = false;
    }
    reset();
    if (b.evaluations() > 0 || b.phase() > 0) {
      Setup s = setup;
      busy.set(true);
      work.submit(cancelled -> {
        build(s);
        List<BayesianOptimization.Step> taken = HyperBayes.prerun(bo, b.evaluations(), b.phase(), cancelled);
        return new Prerun(taken, snapshot(taken.isEmpty() ? null : taken.get(taken.size() - 1)));
      }, r -> {
        steps.addAll(r.steps());
        publish(r.state());
      });
    }
  }

  private record Prerun(List<BayesianOptimization.Step> steps, State state) {}

  /** Where BO stands, as a scene's: target, seed, evaluations done and phases of the next. */
  public HyperScene.Bayes scene() {
    State s = state.get();
    int evaluations = s == null ? 0 : Math.min(HyperScene.MAX_BAYES_EVALUATIONS, s.evaluations().size());
    int phase = s == null ? 0 : s.nextPhase().ordinal();
    return new HyperScene.Bayes(scene(target.get()), Math.max(1, Math.min(HyperScene.MAX_SEED, seed.get())),
        evaluations, phase);
  }

  private static HyperScene.BayesTarget scene(Target t) {
    return t == Target.VALIDATION ? HyperScene.BayesTarget.VALIDATION : HyperScene.BayesTarget.UNROLLED;
  }

  /** The next phase, on the worker; ignored while one is under way. */
  public void advance() {
    if (work.pending() == 0) {
      enqueue(1);
    }
  }

  /** The rest of the current iteration, up to and including its evaluation. */
  public void advanceIteration() {
    if (work.pending() > 0) {
      return;
    }
    State s = state.get();
    int phases = s == null ? 3 : BayesianOptimization.Phase.values().length - s.nextPhase().ordinal();
    enqueue(phases);
  }

  private record PhaseResult(BayesianOptimization.Step step, State state) {}

  private void enqueue(int phases) {
    Setup s = setup;
    busy.set(true);
    for (int i = 0; i < phases; i++) {
      work.submit(cancelled -> {
        build(s);
        BayesianOptimization.Step step = bo.advance();
        return new PhaseResult(step, snapshot(step));
      }, r -> {
        steps.add(r.step());
        publish(r.state());
      });
    }
  }

  private void publish(State s) {
    state.set(s);
    busy.set(work.pending() > 0);
    if (running.get() && work.pending() == 0) {
      if (s.evaluations().size() >= RUN_BUDGET && s.nextPhase() == BayesianOptimization.Phase.POSTERIOR) {
        running.set(false);
        message.set("Stopped after " + RUN_BUDGET + " evaluations.");
      } else {
        if (pause == null) {
          pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(RUN_DELAY_MILLIS));
          pause.setOnFinished(e -> {
            if (running.get()) {
              advance();
            }
          });
        }
        pause.playFromStart();
      }
    }
  }

  /** Builds the optimiser for {@code s} on the worker, unless it stands for it already. */
  private void build(Setup s) {
    if (s == built) {
      return;
    }
    HyperProblem p = s.problem();
    bo = HyperBayes.optimizer(p, scene(s.target()), s.seed());
    curvature = s.target() == Target.VALIDATION ? Double.NaN : TrainingEdge.curvature(p.inner());
    built = s;
  }

  /** The state after {@code step}, with the posterior evaluated for drawing; worker only. */
  private State snapshot(BayesianOptimization.Step step) {
    Setup s = built;
    GaussianProcess gp = bo.process();
    double[] lo = bo.low();
    double[] hi = bo.high();
    double[] next = null;
    double nextEi = Double.NaN;
    boolean design = false;
    if (step instanceof BayesianOptimization.Acquired a) {
      next = a.next();
      nextEi = a.improvement();
      design = a.initialDesign();
    }
    double[] xs = null;
    double[] mean = null;
    double[] lower = null;
    double[] upper = null;
    double[] ei = null;
    if (gp != null) {
      double best = Double.POSITIVE_INFINITY;
      for (BayesianOptimization.Evaluation e : bo.evaluations()) {
        double y = bo.modelled(e.value());
        if (Double.isFinite(y)) {
          best = Math.min(best, y);
        }
      }
      double xi = BayesianOptimization.XI * Math.sqrt(gp.signalVariance());
      if (bo.dimension() == 1) {
        xs = new double[CURVE_POINTS];
        mean = new double[CURVE_POINTS];
        lower = new double[CURVE_POINTS];
        upper = new double[CURVE_POINTS];
        ei = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
          double u = (i + 0.5) / CURVE_POINTS;
          xs[i] = lo[0] + u * (hi[0] - lo[0]);
          double[] p = gp.predict(new double[] {u});
          mean[i] = Math.exp(p[0]);
          lower[i] = Math.exp(p[0] - 2 * p[1]);
          upper[i] = Math.exp(p[0] + 2 * p[1]);
          ei[i] = GaussianProcess.expectedImprovement(p[0], p[1], best, xi);
        }
      } else {
        int m = MAP_POINTS;
        mean = new double[m * m];
        ei = new double[m * m];
        for (int row = 0; row < m; row++) {
          for (int col = 0; col < m; col++) {
            double[] p = gp.predict(new double[] {(col + 0.5) / m, 1 - (row + 0.5) / m});
            mean[row * m + col] = Math.exp(p[0]);
            ei[row * m + col] = GaussianProcess.expectedImprovement(p[0], p[1], best, xi);
          }
        }
      }
    }
    return new State(s.problem(), s.target(), bo.nextPhase(), bo.iteration(), bo.evaluations(), bo.best(),
        lo, hi, gp, xs, mean, lower, upper, ei, next, nextEi, design, bo.work().gradients(), bo.innerIterations(),
        curvature);
  }

  private MethodComparison.Table computeComparison(Judge j, BooleanSupplier stale) {
    return MethodComparison.compare(j.problem(), j.curve(), MethodComparison.Settings.DEFAULT, f -> {
      if (!stale.getAsBoolean()) {
        publisher.execute(() -> comparisonProgress.set(f));
      }
    }, stale);
  }

  public void dispose() {
    running.set(false);
    if (pause != null) {
      pause.stop();
    }
    work.cancel();
    comparisonComputation.cancel();
    worker.close();
    comparisonWorker.close();
  }
}
