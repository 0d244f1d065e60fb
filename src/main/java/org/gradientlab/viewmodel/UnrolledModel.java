package org.gradientlab.viewmodel;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.gradientlab.hyper.HorizonSweep;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.TrainingEdge;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMeters;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.scene.HyperScene;

/**
 * η through the trajectory, for the Hypergradients workspace: at one (λ, η) and T steps of GD or
 * momentum, dC/d log λ and dC/dη by forward mode, reverse mode, checkpointed reverse mode and
 * finite differences, beside the implicit limit, with what each costs (recomputed as T is
 * dragged); the two derivatives against the horizon T = 1 … {@link #MAX_STEPS}; and where C_T's
 * best λ stands against C's minimum as T grows.
 *
 * <p>Two workers of the {@link Background}, both latest-wins: the meters (cheap, on every drag of
 * T) and the horizon sweep with the meeting (a training run per λ of the grid; only when λ, η, the
 * method or the problem change).
 */
public final class UnrolledModel {

  /** The longest horizon of the sweep and of the T slider. */
  public static final int MAX_STEPS = 10_000;
  /** Points of the sweep over T, log-spaced. */
  public static final int SWEEP_POINTS = 60;
  /** The horizons and λ grid of the meeting plot. */
  public static final int[] MEETING_STEPS = {1, 3, 10, 30, 100, 300, 1000, 3000, 10_000};
  public static final int MEETING_POINTS = 41;
  /** Momentum α of the unrolled momentum loop (as the outer landscape's). */
  public static final double ALPHA = 0.9;

  /** Where the sweep and the meeting were computed. */
  public record Horizon(HyperProblem problem, HorizonSweep.Sweep sweep, HorizonSweep.Meeting meeting,
      double eta, double edge) {}

  /** The meters at the current T, with the setting they were computed for. */
  public record Meters(HyperProblem problem, UnrolledMeters.Comparison comparison, double logLambda,
      double eta, double edge, UnrolledMethod method) {}

  private record Request(HyperProblem problem, UnrolledMethod method, int steps, double logLambda,
      double etaFraction, int checkpoint) {}

  private final ObservableValue<HyperProblem> problem;
  private final ObjectProperty<UnrolledMethod> method = new SimpleObjectProperty<>(UnrolledMethod.GD);
  private final IntegerProperty steps = new SimpleIntegerProperty(100);
  private final DoubleProperty logLambda = new SimpleDoubleProperty();
  /** η as a fraction of the training loop's edge 2/(L + λ) (momentum: 2(1 + α)/(L + λ)). */
  private final DoubleProperty etaFraction = new SimpleDoubleProperty(0.5);
  /** k of checkpointed reverse mode; 0: about √T, the k that keeps the least. */
  private final IntegerProperty checkpointEvery = new SimpleIntegerProperty(0);
  private final ReadOnlyObjectWrapper<Meters> meters = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Horizon> horizon = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper horizonProgress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  /** Whether the panel is on screen: nothing is computed for a hidden panel. */
  private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(false);
  /** Set while a scene is applied: its settings change together. */
  private boolean applying;
  /** What changed while inactive: recomputed on activation. */
  private boolean horizonDirty = true;
  private boolean metersDirty = true;
  private final Background.Worker meterWorker;
  private final Background.Worker horizonWorker;
  private final java.util.concurrent.Executor publisher;
  private final LatestWinsComputation<Request, Meters> meterComputation;
  private final LatestWinsComputation<Request, Horizon> horizonComputation;
  /** Curvature L of the problem's training loss, computed once per problem on a worker. */
  private final java.util.Map<HyperProblem, Double> curvatures = new java.util.concurrent.ConcurrentHashMap<>();

  public UnrolledModel(Background background, ObservableValue<HyperProblem> problem) {
    this.problem = problem;
    logLambda.set(problem.getValue().logLambda0());
    meterWorker = background.worker("hyper-unrolled-meters");
    horizonWorker = background.worker("hyper-unrolled-horizon");
    publisher = background.publisher();
    meterComputation = new LatestWinsComputation<>(this::computeMeters, meterWorker, publisher,
        meters::set, e -> message.set("The unrolled derivatives failed: " + e.getMessage()));
    horizonComputation = new LatestWinsComputation<>(this::computeHorizon, horizonWorker, publisher,
        horizon::set, e -> message.set("The sweep over T failed: " + e.getMessage()));
    problem.addListener((o, a, b) -> {
      logLambda.set(b.logLambda0());
      recompute(true);
    });
    for (ObservableValue<?> v : List.of(method, logLambda, etaFraction)) {
      v.addListener((o, a, b) -> recompute(true));
    }
    for (ObservableValue<?> v : List.of(steps, checkpointEvery)) {
      v.addListener((o, a, b) -> recompute(false));
    }
    active.addListener((o, a, on) -> {
      if (on && (metersDirty || horizonDirty)) {
        recompute(horizonDirty);
      }
    });
  }

  /** Set while the panel is shown; the first activation computes. */
  public javafx.beans.property.BooleanProperty activeProperty() { return active; }

  public ObjectProperty<UnrolledMethod> methodProperty() { return method; }
  public IntegerProperty stepsProperty() { return steps; }
  /** log λ of the point (the problem's λ₀ when the problem changes). */
  public DoubleProperty logLambdaProperty() { return logLambda; }
  public DoubleProperty etaFractionProperty() { return etaFraction; }
  public IntegerProperty checkpointEveryProperty() { return checkpointEvery; }
  public ReadOnlyObjectProperty<Meters> metersProperty() { return meters.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Horizon> horizonProperty() { return horizon.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty horizonProgressProperty() { return horizonProgress.getReadOnlyProperty(); }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

  /**
   * Sets what a scene's "η through training" gives (log λ NaN: the problem's λ₀), with one
   * recomputation for all of it once the panel is shown.
   */
  public void apply(HyperScene.Horizon h) {
    applying = true;
    try {
      method.set(h.method());
      steps.set(h.steps());
      logLambda.set(Double.isNaN(h.logLambda()) ? problem.getValue().logLambda0() : h.logLambda());
      etaFraction.set(h.etaFraction());
      checkpointEvery.set(h.checkpointEvery());
    } finally {
      applying = false;
    }
    recompute(true);
  }

  /** The settings as a scene's (log λ at the problem's λ₀ written as its default). */
  public HyperScene.Horizon scene() {
    double s = logLambda.get();
    double eta = Math.max(1e-3, Math.min(HyperScene.MAX_ETA_FRACTION, etaFraction.get()));
    return new HyperScene.Horizon(method.get(), Math.max(1, Math.min(HyperScene.MAX_UNROLLED_STEPS, steps.get())),
        s == problem.getValue().logLambda0() ? Double.NaN : s, eta,
        Math.max(0, Math.min(HyperScene.MAX_CHECKPOINT, checkpointEvery.get())));
  }

  private double effectiveLogLambda() {
    return logLambda.get();
  }

  private void recompute(boolean horizonToo) {
    if (applying) {
      return;
    }
    if (!active.get()) {
      metersDirty = true;
      horizonDirty |= horizonToo;
      return;
    }
    metersDirty = false;
    horizonDirty = false;
    Request r = new Request(problem.getValue(), method.get(), Math.max(1, Math.min(MAX_STEPS, steps.get())),
        effectiveLogLambda(), etaFraction.get(), checkpointEvery.get());
    meterComputation.submit(r);
    if (horizonToo) {
      horizonProgress.set(0);
      horizonComputation.submit(r);
    }
  }

  private double alpha(UnrolledMethod m) {
    return m == UnrolledMethod.MOMENTUM ? ALPHA : 0;
  }

  private double edge(Request r) {
    double l = curvatures.computeIfAbsent(r.problem(), p -> TrainingEdge.curvature(p.inner()));
    return TrainingEdge.edge(r.method(), alpha(r.method()), l, Math.exp(r.logLambda()));
  }

  private Meters computeMeters(Request r, BooleanSupplier stale) {
    double edge = edge(r);
    double eta = r.etaFraction() * edge;
    int k = r.checkpoint() > 0 ? r.checkpoint() : UnrolledMeters.bestCheckpointInterval(r.steps());
    Unrolled.Loop loop = new Unrolled.Loop(r.method(), r.steps(), alpha(r.method()),
        new double[r.problem().inner().dimension()]);
    UnrolledMeters.Comparison c = UnrolledMeters.compare(r.problem().inner(), OuterObjective.VALIDATION,
        Math.exp(r.logLambda()), eta, loop, k);
    return new Meters(r.problem(), c, r.logLambda(), eta, edge, r.method());
  }

  private Horizon computeHorizon(Request r, BooleanSupplier stale) {
    double edge = edge(r);
    double eta = r.etaFraction() * edge;
    HyperProblem p = r.problem();
    HorizonSweep.Sweep sweep = HorizonSweep.sweep(p.inner(), OuterObjective.VALIDATION, r.logLambda(), eta,
        r.method(), alpha(r.method()), MAX_STEPS, SWEEP_POINTS, stale);
    progress(0.2, stale);
    // The meeting at this η over the problem's range of log λ without its flat far left (as the map).
    double logMin = Math.max(p.logMin(), -10);
    HorizonSweep.Meeting meeting = HorizonSweep.meeting(p.inner(), OuterObjective.VALIDATION, eta, r.method(),
        alpha(r.method()), logMin, p.logMax(), MEETING_POINTS, MEETING_STEPS, f -> progress(0.2 + 0.8 * f, stale),
        stale);
    return new Horizon(p, sweep, meeting, eta, edge);
  }

  private void progress(double f, BooleanSupplier stale) {
    if (!stale.getAsBoolean()) {
      publisher.execute(() -> horizonProgress.set(f));
    }
  }

  public void dispose() {
    meterComputation.cancel();
    horizonComputation.cancel();
    meterWorker.close();
    horizonWorker.close();
  }
}
