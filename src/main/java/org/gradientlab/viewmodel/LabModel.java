package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.Hyperparameters;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;

/**
 * The lab's state as JavaFX properties, and its bridge to the engine. Controls bind to the input
 * properties; compound actions are intent methods ({@link #selectLandscape}, {@link #moveStart},
 * {@link #zoom}, …). Every change schedules one recomputation of the whole {@link Scene} off the FX
 * thread ({@link LatestWinsComputation}); the {@link SceneResult} is published on the FX thread,
 * and views redraw from it.
 */
public final class LabModel {

  private final LandscapeCatalog catalog;
  private final ObjectProperty<LandscapeSpec> landscape;
  private final DoubleProperty eta = new SimpleDoubleProperty();
  private final DoubleProperty lambda = new SimpleDoubleProperty();
  private final DoubleProperty alpha = new SimpleDoubleProperty();
  private final DoubleProperty beta1 = new SimpleDoubleProperty();
  private final DoubleProperty beta2 = new SimpleDoubleProperty();
  private final DoubleProperty rho = new SimpleDoubleProperty();
  private final DoubleProperty sigma = new SimpleDoubleProperty();
  private final IntegerProperty batchSize = new SimpleIntegerProperty();
  private final IntegerProperty steps = new SimpleIntegerProperty();
  private final LongProperty seed = new SimpleLongProperty();
  private final ObjectProperty<Point> start = new SimpleObjectProperty<>();
  private final ObjectProperty<Domain> view = new SimpleObjectProperty<>();
  private final ObservableSet<OptimizerKind> racing = FXCollections.observableSet(EnumSet.noneOf(OptimizerKind.class));
  private final ObservableSet<Panel> panels = FXCollections.observableSet(EnumSet.noneOf(Panel.class));
  private final ReadOnlyObjectWrapper<SceneResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final PlaybackModel playback = new PlaybackModel();
  private final LatestWinsComputation<Scene, SceneResult> computation;
  private boolean applying;

  /** For the app: engine work on a daemon worker, results on the FX thread. */
  public LabModel(LandscapeCatalog catalog) {
    this(catalog, LatestWinsComputation.newWorker("lab-engine"), Platform::runLater);
  }

  /** For tests: any worker and publisher, e.g. the calling thread for both. */
  public LabModel(LandscapeCatalog catalog, Executor worker, Executor publisher) {
    this.catalog = catalog;
    this.landscape = new SimpleObjectProperty<>(LandscapeSpec.of("parabola"));
    SceneRunner runner = new SceneRunner(catalog);
    computation =
        new LatestWinsComputation<>(
            (scene, isStale) -> runner.run(scene),
            worker,
            publisher,
            this::publish,
            e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    apply(Scene.initial());
    for (ObservableValue<?> input :
        List.of(landscape, eta, lambda, alpha, beta1, beta2, rho, sigma, batchSize, steps, seed, start)) {
      input.addListener((obs, was, now) -> recompute());
    }
    racing.addListener((SetChangeListener<OptimizerKind>) change -> recompute());
  }

  public LandscapeCatalog catalog() {
    return catalog;
  }

  // ---- inputs -------------------------------------------------------------------------------

  public ObjectProperty<LandscapeSpec> landscapeProperty() {
    return landscape;
  }

  /** The learning rate η shared by every optimizer in the race. */
  public DoubleProperty etaProperty() {
    return eta;
  }

  /** The L2 weight λ of the landscape. */
  public DoubleProperty lambdaProperty() {
    return lambda;
  }

  public DoubleProperty alphaProperty() {
    return alpha;
  }

  public DoubleProperty beta1Property() {
    return beta1;
  }

  public DoubleProperty beta2Property() {
    return beta2;
  }

  public DoubleProperty rhoProperty() {
    return rho;
  }

  public DoubleProperty sigmaProperty() {
    return sigma;
  }

  public IntegerProperty batchSizeProperty() {
    return batchSize;
  }

  public IntegerProperty stepsProperty() {
    return steps;
  }

  public LongProperty seedProperty() {
    return seed;
  }

  /** Where every optimizer starts. */
  public ReadOnlyObjectProperty<Point> startProperty() {
    return start;
  }

  /** The visible part of the plane; null means the landscape's own domain. */
  public ReadOnlyObjectProperty<Domain> viewProperty() {
    return view;
  }

  /** The optimizers in the race. */
  public ObservableSet<OptimizerKind> racing() {
    return racing;
  }

  /** The panels shown besides the landscape. */
  public ObservableSet<Panel> panels() {
    return panels;
  }

  // ---- outputs ------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<SceneResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public SceneResult getResult() {
    return result.get();
  }

  /** The last engine error, or "" when the last computation succeeded. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public PlaybackModel playback() {
    return playback;
  }

  // ---- intents ------------------------------------------------------------------------------

  /**
   * Switches to the landscape {@code id} with its default parameters, start and view, and its
   * suggested η and number of steps.
   */
  public void selectLandscape(String id) {
    LandscapeEntry entry = catalog.entry(id);
    applying = true;
    try {
      landscape.set(catalog.defaults(id));
      start.set(Point.of(entry.defaultStart()));
      view.set(null);
      eta.set(entry.suggestedEta());
      steps.set(entry.suggestedSteps());
    } finally {
      applying = false;
    }
    recompute();
  }

  /** Sets one parameter of the current landscape (e.g. κ of the bowl). */
  public void setLandscapeParameter(String name, String value) {
    landscape.set(landscape.get().with(name, value));
  }

  /** Every optimizer restarts from {@code p}. */
  public void moveStart(Point p) {
    start.set(p);
  }

  /** Adds or removes {@code kind} from the race. */
  public void setRacing(OptimizerKind kind, boolean on) {
    if (on) {
      racing.add(kind);
    } else {
      racing.remove(kind);
    }
  }

  /** Zooms the view by {@code factor} (&lt; 1 zooms in) about the point (cx, cy). */
  public void zoom(double cx, double cy, double factor, Domain current) {
    view.set(current.zoomedAbout(cx, cy, factor));
  }

  /** Moves the view by (dx, dy) in data units. */
  public void pan(double dx, double dy, Domain current) {
    view.set(current.shifted(dx, dy));
  }

  /** Back to the landscape's own domain. */
  public void resetView() {
    view.set(null);
  }

  public void setPanelVisible(Panel panel, boolean visible) {
    if (visible) {
      panels.add(panel);
    } else {
      panels.remove(panel);
    }
  }

  /** Sets every input from {@code scene} and recomputes once. */
  public void apply(Scene scene) {
    applying = true;
    try {
      landscape.set(scene.landscape());
      Hyperparameters h = scene.hyperparameters();
      eta.set(h.eta());
      lambda.set(h.lambda());
      alpha.set(h.alpha());
      beta1.set(h.beta1());
      beta2.set(h.beta2());
      rho.set(h.rho());
      sigma.set(h.sigma());
      batchSize.set(h.batchSize());
      steps.set(scene.steps());
      seed.set(scene.seed());
      start.set(scene.start() != null
          ? scene.start()
          : Point.of(catalog.entry(scene.landscape().id()).defaultStart()));
      view.set(scene.view());
      racing.clear();
      racing.addAll(scene.optimizers());
      panels.clear();
      panels.addAll(scene.panels());
    } finally {
      applying = false;
    }
    recompute();
  }

  /** The current inputs as a scene (what "save this setup" writes). */
  public Scene snapshot() {
    List<OptimizerKind> kinds = new ArrayList<>(EnumSet.copyOf(racingOrEmpty()));
    return new Scene(
        landscape.get(),
        kinds,
        new Hyperparameters(eta.get(), lambda.get(), alpha.get(), beta1.get(), beta2.get(),
            rho.get(), sigma.get(), batchSize.get()),
        start.get(),
        steps.get(),
        seed.get(),
        view.get(),
        panels.isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(panels));
  }

  private java.util.Collection<OptimizerKind> racingOrEmpty() {
    return racing.isEmpty() ? EnumSet.noneOf(OptimizerKind.class) : racing;
  }

  private void recompute() {
    if (applying) {
      return;
    }
    Scene scene;
    try {
      scene = snapshot();
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    computation.submit(scene);
  }

  private void publish(SceneResult r) {
    error.set("");
    result.set(r);
    playback.resultChanged(r.maxLength() - 1);
  }
}
