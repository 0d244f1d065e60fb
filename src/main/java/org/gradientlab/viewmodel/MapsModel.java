package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import org.gradientlab.maps.Axis;
import org.gradientlab.maps.OutcomeMap;
import org.gradientlab.maps.OutcomeMaps;
import org.gradientlab.maps.RateMap;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.stability.StabilityEdges;

/**
 * The convergence maps beside the lab's race. Two come from theory, for the quadratic model of the
 * landscape at its minimum (the lab's bowl: eigenvalues 1 and 1/κ): heavy-ball momentum's rate over
 * (η, α) and gradient descent's over (η, κ), each with the lab's current point, which the student
 * drags to set the race's η, α or κ. The third is measured: every racing optimizer run for N steps
 * at each cell of an (η, hyperparameter) plane, computed in the background with progress, only
 * while it is on screen; a click applies a cell. All work runs on a {@link LatestWinsComputation}.
 */
public final class MapsModel {

  /**
   * The quadratic the analytic maps describe.
   *
   * @param mu the smallest Hessian eigenvalue μ (&gt; 0)
   * @param largest the largest, L
   * @param atMinimum whether it is the Hessian at a minimum (otherwise at the start point)
   */
  public record Curvature(double mu, double largest, boolean atMinimum) {
    public double kappa() {
      return largest / mu;
    }
  }

  /** Both analytic maps, for one curvature. */
  public record RateMaps(Curvature curvature, RateMap momentum, RateMap gradientDescent) {}

  /** A measured map as computed, with what it was computed for. */
  public record Measured(OutcomeMaps.Request request, List<OutcomeMap> maps) {}

  private static final System.Logger LOG = System.getLogger(MapsModel.class.getName());
  /** The largest α a drag sets: the valid range is [0, 1), and α → 1 never converges. */
  static final double ALPHA_MAX = 0.999;

  private final LabModel lab;
  private final Executor rateWorker;
  private final Executor measuredWorker;
  private final Executor publisher;
  private final ReadOnlyObjectWrapper<Curvature> curvature = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RateMaps> rateMaps = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Measured> measured = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper measuredProgress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final BooleanProperty measuredActive = new SimpleBooleanProperty(false);
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final ObjectProperty<String> measuredKey = new SimpleObjectProperty<>("");
  private final ObservableList<String> measuredKeys = FXCollections.observableArrayList();
  private final LatestWinsComputation<Curvature, RateMaps> rateComputation;
  private final LatestWinsComputation<OutcomeMaps.Request, Measured> measuredComputation;
  private OutcomeMaps.Request requested;

  /** Work on {@code background}'s "rate-maps" and "outcome-maps" workers. */
  public MapsModel(LabModel lab, Background background) {
    this(lab, background.worker("rate-maps"), background.worker("outcome-maps"), background.publisher());
  }

  /** For tests: any workers and publisher, e.g. the calling thread for all three. */
  public MapsModel(LabModel lab, Executor rateWorker, Executor measuredWorker, Executor publisher) {
    this.lab = lab;
    this.rateWorker = rateWorker;
    this.measuredWorker = measuredWorker;
    this.publisher = publisher;
    rateComputation = new LatestWinsComputation<>(
        (c, stale) -> {
          RateMap m = RateMap.momentum(c.mu(), c.largest(), RateMap.RESOLUTION, stale);
          RateMap g = RateMap.gradientDescent(c.largest(), RateMap.RESOLUTION, stale);
          return m == null || g == null ? null : new RateMaps(c, m, g);
        },
        rateWorker, publisher, rateMaps::set, this::fail);
    measuredComputation = new LatestWinsComputation<>(
        (r, stale) -> {
          List<OutcomeMap> maps = OutcomeMaps.compute(r, p -> progress(p, stale), stale);
          return maps == null ? null : new Measured(r, maps);
        },
        measuredWorker, publisher, m -> {
          error.set("");
          measured.set(m);
        }, this::fail);
    lab.resultProperty().addListener((o, a, r) -> resultChanged(r));
    lab.racing().addListener((SetChangeListener<OptimizerKind>) c -> resultChanged(lab.getResult()));
    measuredActive.addListener((o, a, on) -> requestMeasured());
    // Shown with the scene's panels (a lesson step can open it: "panels: …, rate-map").
    shown.set(lab.panels().contains(Panel.RATE_MAP));
    lab.panels().addListener((SetChangeListener<Panel>) c -> shown.set(lab.panels().contains(Panel.RATE_MAP)));
    shown.addListener((o, a, on) -> lab.setPanelVisible(Panel.RATE_MAP, on));
    measuredKey.addListener((o, a, k) -> requestMeasured());
    resultChanged(lab.getResult());
  }

  /** Whether the maps are on screen: the lab's {@link Panel#RATE_MAP}, both ways. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  // ---- the analytic maps --------------------------------------------------------------------

  /** The quadratic model the analytic maps show; null where the landscape has none with μ &gt; 0. */
  public ReadOnlyObjectProperty<Curvature> curvatureProperty() {
    return curvature.getReadOnlyProperty();
  }

  /** The analytic maps for the newest curvature (null before the first). */
  public ReadOnlyObjectProperty<RateMaps> rateMapsProperty() {
    return rateMaps.getReadOnlyProperty();
  }

  /** {@code kind}'s own value of {@code key} in the race's settings (linked or not). */
  public double value(OptimizerKind kind, String key) {
    return lab.settingsProperty().get().value(kind, key);
  }

  /** Momentum's (η, α): where the current point of the momentum map sits. */
  public double[] momentumPoint() {
    return new double[] {value(Momentum.KIND, "eta"), value(Momentum.KIND, Momentum.ALPHA.key())};
  }

  /** Gradient descent's η: where the current point of the GD map sits across. */
  public double gradientDescentEta() {
    return value(GradientDescent.KIND, "eta");
  }

  /**
   * Sets momentum's η and α, as a drag on the map does: with linked controls for every optimizer
   * that takes them (the race shares the point), unlinked for momentum alone.
   */
  public void moveMomentumPoint(double eta, double alpha) {
    set(Momentum.KIND, "eta", round(Math.max(eta, Double.MIN_NORMAL)));
    set(Momentum.KIND, Momentum.ALPHA.key(), round(Math.max(0, Math.min(ALPHA_MAX, alpha))));
  }

  /** {@code key} of {@code kind}: through the linked control while the controls are linked. */
  private void set(OptimizerKind kind, String key, double v) {
    if (lab.linkedControlsProperty().get()) {
      lab.hyperparameterProperty(key).set(v);
    } else {
      lab.hyperparameterProperty(kind, key).set(v);
    }
  }

  /** Whether η follows a schedule: the rate maps are for a constant η. */
  public boolean scheduled() {
    return !lab.scheduleProperty().get().isConstant();
  }

  /**
   * Sets η, and on the bowl the κ that makes the quadratic's condition number {@code kappa} (with
   * λ: the eigenvalues are 1 + λ and 1/κ_bowl + λ); elsewhere κ belongs to the landscape and stays.
   */
  public void moveGradientPoint(double eta, double kappa) {
    set(GradientDescent.KIND, "eta", round(Math.max(eta, Double.MIN_NORMAL)));
    if (!"bowl".equals(lab.landscapeProperty().get().id())) {
      return;
    }
    double lambda = lab.lambdaProperty().get();
    double k = Math.max(RateMap.KAPPA_MIN, Math.min(RateMap.KAPPA_MAX, kappa));
    // κ_eff = (1 + λ)/(1/κ_bowl + λ)  ⇔  1/κ_bowl = (1 + λ)/κ_eff − λ
    double inverse = (1 + lambda) / k - lambda;
    double bowl = inverse > 0 ? Math.min(RateMap.KAPPA_MAX, 1 / inverse) : RateMap.KAPPA_MAX;
    lab.setLandscapeParameter("kappa", plain(round(Math.max(RateMap.KAPPA_MIN, bowl))));
  }

  /** Whether the lab's landscape is the bowl, whose κ the gradient-descent map sets. */
  public boolean kappaIsAdjustable() {
    return "bowl".equals(lab.landscapeProperty().get().id());
  }

  // ---- the measured map ---------------------------------------------------------------------

  /** True while the measured map is on screen: it is computed only then. */
  public BooleanProperty measuredActiveProperty() {
    return measuredActive;
  }

  /** The hyperparameter up the measured map; "" for strips over η alone. */
  public ObjectProperty<String> measuredKeyProperty() {
    return measuredKey;
  }

  /** The keys on offer: the racing optimizers' other hyperparameters that matter on this landscape. */
  public ObservableList<String> measuredKeys() {
    return measuredKeys;
  }

  public ReadOnlyObjectProperty<Measured> measuredProperty() {
    return measured.getReadOnlyProperty();
  }

  /** The fraction of the measured map's runs done (1 when it is complete). */
  public ReadOnlyDoubleProperty measuredProgressProperty() {
    return measuredProgress.getReadOnlyProperty();
  }

  /** What went wrong in the last computation, or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /**
   * A click on {@code kind}'s map: sets η and (when the map has one) the hyperparameter up it —
   * for the whole race while the controls are linked, for {@code kind} alone when they are not.
   */
  public void applyMeasured(OptimizerKind kind, double eta, double y) {
    set(kind, "eta", round(eta));
    String key = measuredKey.get();
    if (key != null && !key.isEmpty() && kind.has(key)) {
      Hyperparameter h = lab.optimizers().hyperparameter(key);
      set(kind, key, OutcomeMaps.value(h, round(y)));
    } else if (key != null && !key.isEmpty() && lab.linkedControlsProperty().get()) {
      Hyperparameter h = lab.optimizers().hyperparameter(key);
      lab.hyperparameterProperty(key).set(OutcomeMaps.value(h, round(y)));
    }
  }

  /** The linked control's value of {@code key} (what the race shares while linked). */
  public double linkedValue(String key) {
    return lab.hyperparameterProperty(key).get();
  }

  /** The schedule of η: the maps' texts say when the race's η is not constant. */
  public ReadOnlyObjectProperty<org.gradientlab.optimizer.LearningRateSchedule> scheduleProperty() {
    return lab.scheduleProperty();
  }

  /** Every optimizer's hyperparameters: the current point of the measured map moves with them. */
  public ReadOnlyObjectProperty<OptimizerSettings> settingsProperty() {
    return lab.settingsProperty();
  }

  /** The hyperparameter called {@code key} (null for ""). */
  public Hyperparameter hyperparameter(String key) {
    return key == null || key.isEmpty() ? null : lab.optimizers().hyperparameter(key);
  }

  /** Stops the workers: nothing more is computed or published. */
  public void dispose() {
    rateComputation.cancel();
    measuredComputation.cancel();
    for (Executor e : List.of(rateWorker, measuredWorker)) {
      if (e instanceof Background.Worker w) {
        w.close();
      }
    }
  }

  // ---- work ---------------------------------------------------------------------------------

  private void resultChanged(SceneResult r) {
    Curvature c = r == null ? null : curvatureOf(r.edges(), r.edgesAtMinimum());
    if (!Objects.equals(c, curvature.get())) {
      curvature.set(c);
      if (c != null) {
        rateComputation.submit(c);
      }
    }
    updateKeys(r);
    requestMeasured();
  }

  static Curvature curvatureOf(StabilityEdges e, boolean atMinimum) {
    double mu = e.smallestCurvature();
    double largest = e.largestCurvature();
    if (!(mu > 0) || !Double.isFinite(largest) || !(largest >= mu)) {
      return null;
    }
    return new Curvature(mu, largest, atMinimum);
  }

  private void updateKeys(SceneResult r) {
    List<String> keys = new ArrayList<>();
    boolean data = r != null && RegularizedObjective.baseOf(r.objective()) instanceof FiniteSumObjective;
    for (OptimizerKind k : lab.racingInCatalogOrder()) {
      for (Hyperparameter h : k.hyperparameters()) {
        if (h != Hyperparameter.LEARNING_RATE && !h.integer() && h.applies().on(data)
            && !keys.contains(h.key())) {
          keys.add(h.key());
        }
      }
    }
    keys.add("");
    boolean changed = !keys.equals(measuredKeys);
    if (changed) {
      measuredKeys.setAll(keys);
    }
    // A new racer brings a hyperparameter: show it rather than strips over η.
    if (!keys.contains(measuredKey.get()) || (changed && "".equals(measuredKey.get()))) {
      measuredKey.set(keys.contains(Momentum.ALPHA.key()) ? Momentum.ALPHA.key() : keys.get(0));
    }
  }

  private void requestMeasured() {
    SceneResult r = lab.getResult();
    if (!measuredActive.get() || r == null || r.scene().optimizers().isEmpty()) {
      return;
    }
    String key = measuredKey.get();
    Hyperparameter h = hyperparameter(key);
    // The axes' own values are set per cell: leave them out, so a click on a cell recomputes nothing.
    OptimizerSettings settings = r.scene().settings().withEverywhere(Hyperparameter.LEARNING_RATE.key(),
        Hyperparameter.LEARNING_RATE.defaultValue());
    if (h != null) {
      settings = settings.withEverywhere(h.key(), h.defaultValue());
    }
    Axis y = h == null ? null : OutcomeMaps.axis(h, OutcomeMaps.RESOLUTION);
    OutcomeMaps.Request request = new OutcomeMaps.Request(r.objective(), r.scene().optimizers(),
        settings, r.settings(), r.scene().schedule(), OutcomeMaps.etaAxis(OutcomeMaps.RESOLUTION), y);
    if (request.equals(requested)) {
      return;
    }
    requested = request;
    measuredProgress.set(0);
    measuredComputation.submit(request);
  }

  private void progress(double p, java.util.function.BooleanSupplier stale) {
    if (!stale.getAsBoolean()) {
      publisher.execute(() -> measuredProgress.set(p));
    }
  }

  private void fail(Throwable e) {
    LOG.log(System.Logger.Level.WARNING, "a convergence map failed", e);
    error.set("The convergence map could not be computed: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    requested = null;
  }


  /** Three significant digits: what a drag sets is a value the controls show in full. */
  static double round(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * scale) / scale;
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
