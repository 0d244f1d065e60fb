package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
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
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;
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
  private final OptimizerCatalog optimizers;
  private final ReadOnlyObjectWrapper<OptimizerSettings> settings = new ReadOnlyObjectWrapper<>();
  /** One linked control value per hyperparameter key: setting it sets every optimizer that takes it. */
  private final Map<String, DoubleProperty> linked = new LinkedHashMap<>();
  /** One control value per optimizer and key, for unlinked controls: made when first asked for. */
  private final Map<OptimizerKind, Map<String, DoubleProperty>> own = new LinkedHashMap<>();
  /**
   * Whether the controls set a key for every optimizer at once (the default) or each optimizer's
   * own; a scene whose racing optimizers differ in some value opens unlinked.
   */
  private final javafx.beans.property.BooleanProperty linkedControls =
      new javafx.beans.property.SimpleBooleanProperty(true);
  private final DoubleProperty lambda = new SimpleDoubleProperty();
  private final ObjectProperty<LearningRateSchedule> schedule =
      new SimpleObjectProperty<>(LearningRateSchedule.CONSTANT);
  private final IntegerProperty steps = new SimpleIntegerProperty();
  private final LongProperty seed = new SimpleLongProperty();
  private final ObjectProperty<Point> start = new SimpleObjectProperty<>();
  private final ObjectProperty<Domain> view = new SimpleObjectProperty<>();
  /** One's own data (imported from a CSV file) for a landscape fitted to data, or null for its preset. */
  private final ObjectProperty<org.gradientlab.data.ImportedData> data = new SimpleObjectProperty<>();
  private final ObservableSet<OptimizerKind> racing = FXCollections.observableSet(new LinkedHashSet<>());
  private final ObservableSet<Panel> panels = FXCollections.observableSet(EnumSet.noneOf(Panel.class));
  private final ReadOnlyObjectWrapper<SceneResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final PlaybackModel playback = new PlaybackModel();
  private final Executor worker;
  private final TuneModel tune;
  private InsideModel inside;
  private final LatestWinsComputation<Scene, SceneResult> computation;
  private boolean applying;
  private boolean syncingLinked;

  /** Engine work on {@code background}'s "lab-engine" worker (sweeps on "lab-tune"), results on its publisher. */
  public LabModel(LandscapeCatalog catalog, Background background) {
    this(catalog, OptimizerCatalog.standard(), background.worker("lab-engine"), background.publisher(),
        background.worker("lab-tune"));
  }

  /** For tests: any worker and publisher, e.g. the calling thread for both. */
  public LabModel(LandscapeCatalog catalog, Executor worker, Executor publisher) {
    this(catalog, OptimizerCatalog.standard(), worker, publisher);
  }

  public LabModel(LandscapeCatalog catalog, OptimizerCatalog optimizers, Executor worker,
      Executor publisher) {
    this(catalog, optimizers, worker, publisher, worker);
  }

  private LabModel(LandscapeCatalog catalog, OptimizerCatalog optimizers, Executor worker,
      Executor publisher, Executor tuneWorker) {
    this.worker = worker;
    this.catalog = catalog;
    this.tune = new TuneModel(this, tuneWorker, publisher);
    this.optimizers = optimizers;
    for (Hyperparameter h : optimizers.hyperparameters()) {
      DoubleProperty p = new SimpleDoubleProperty(h.defaultValue());
      p.addListener((obs, was, now) -> linkedChanged(h.key(), now.doubleValue()));
      linked.put(h.key(), p);
    }
    settings.set(optimizers.defaults(Hyperparameter.LEARNING_RATE.defaultValue()));
    this.landscape = new SimpleObjectProperty<>(LandscapeSpec.of("parabola"));
    SceneRunner runner = new SceneRunner(catalog);
    computation =
        new LatestWinsComputation<>(
            (scene, isStale) -> runner.run(scene),
            worker,
            publisher,
            this::publish,
            e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    this.inside = new InsideModel(this, worker, publisher);
    apply(Scene.initial());
    for (ObservableValue<?> input : List.of(landscape, settings, lambda, schedule, steps, seed, start, data)) {
      input.addListener((obs, was, now) -> recompute());
    }
    racing.addListener((SetChangeListener<OptimizerKind>) change -> {
      syncLinked();
      recompute();
    });
  }

  public LandscapeCatalog catalog() {
    return catalog;
  }

  // ---- inputs -------------------------------------------------------------------------------

  public ObjectProperty<LandscapeSpec> landscapeProperty() {
    return landscape;
  }

  public OptimizerCatalog optimizers() {
    return optimizers;
  }

  /** Each optimizer's own hyperparameters. */
  public ReadOnlyObjectProperty<OptimizerSettings> settingsProperty() {
    return settings.getReadOnlyProperty();
  }

  /**
   * The linked control of hyperparameter {@code key}: it shows the value of the first racing
   * optimizer that takes it, and setting it sets that key for every optimizer that takes it.
   */
  public DoubleProperty hyperparameterProperty(String key) {
    DoubleProperty p = linked.get(key);
    if (p == null) {
      throw new IllegalArgumentException("no optimizer takes '" + key + "'");
    }
    return p;
  }

  /**
   * {@code kind}'s own value of {@code key}: setting it changes that optimizer alone (an unlinked
   * control); it follows the settings, whatever sets them.
   */
  public DoubleProperty hyperparameterProperty(OptimizerKind kind, String key) {
    if (!kind.has(key)) {
      throw new IllegalArgumentException(kind.label() + " has no '" + key + "'");
    }
    return own.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> {
      DoubleProperty p = new SimpleDoubleProperty(settings.get().value(kind, key));
      p.addListener((obs, was, now) -> {
        if (!syncingLinked) {
          setHyperparameter(kind, key, now.doubleValue());
        }
      });
      return p;
    });
  }

  /** Whether the optimizer settings' controls are linked (one value for all) or per optimizer. */
  public javafx.beans.property.BooleanProperty linkedControlsProperty() {
    return linkedControls;
  }

  /** Whether the racing optimizers that take {@code key} all have the same value of it. */
  public boolean agree(String key) {
    List<OptimizerKind> owners = racingInCatalogOrder().stream().filter(k -> k.has(key)).toList();
    return owners.stream().map(k -> settings.get().value(k, key)).distinct().count() <= 1;
  }

  /** The learning rate η, linked across every optimizer in the race. */
  public DoubleProperty etaProperty() {
    return hyperparameterProperty(Hyperparameter.LEARNING_RATE.key());
  }

  /** How every optimizer's η changes with the step (constant by default). */
  public ObjectProperty<LearningRateSchedule> scheduleProperty() {
    return schedule;
  }

  /** The L2 weight λ of the landscape. */
  public DoubleProperty lambdaProperty() {
    return lambda;
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

  /** One's own data, or null while the landscape fits its preset dataset. */
  public ReadOnlyObjectProperty<org.gradientlab.data.ImportedData> dataProperty() {
    return data;
  }

  /**
   * Fits landscape {@code id} (one the catalog fits to data: the line fit, logistic regression) to
   * a student's own data (from {@code CsvImport}), from its usual start, in the whole view. The
   * scene keeps them ({@code data: file.csv}).
   */
  public void useOwnData(String id, org.gradientlab.data.ImportedData points) {
    if (catalog.entry(id).ownData() == null) {
      throw new IllegalArgumentException(catalog.entry(id).label() + " takes no data of one's own");
    }
    if (!landscape.get().id().equals(id)) {
      selectLandscape(id);
    }
    applying = true;
    try {
      data.set(points);
      view.set(null);
    } finally {
      applying = false;
    }
    recompute();
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
      data.set(null);
      start.set(Point.of(entry.defaultStart()));
      view.set(null);
      settings.set(settings.get().withEverywhere(Hyperparameter.LEARNING_RATE.key(), entry.suggestedEta()));
      steps.set(entry.suggestedSteps());
      syncLinked();
    } finally {
      applying = false;
    }
    recompute();
  }

  /** Sets one parameter of the current landscape (e.g. κ of the bowl). */
  public void setLandscapeParameter(String name, String value) {
    if (name.equals("data") && takesOwnData()) {
      data.set(null); // a preset chosen: the model fits it again, not one's own data
    }
    landscape.set(landscape.get().with(name, value));
  }

  /**
   * Every optimizer restarts from {@code p}; unless a point is being picked (a lesson asks where an
   * optimizer will be), when the click goes to the picker instead and the start stays.
   */
  public void moveStart(Point p) {
    java.util.function.Consumer<Point> picker = pointPicker.get();
    if (picker != null) {
      picker.accept(p);
      return;
    }
    start.set(p);
  }

  private final ObjectProperty<java.util.function.Consumer<Point>> pointPicker = new SimpleObjectProperty<>();

  private final ObjectProperty<Point> guess = new SimpleObjectProperty<>();

  /** A point a lesson's prediction marks on the landscape: the student's guess, or null. */
  public ObjectProperty<Point> guessProperty() {
    return guess;
  }

  /** Who takes the landscape's clicks instead of the start point (null: they move the start). */
  public ObjectProperty<java.util.function.Consumer<Point>> pointPickerProperty() {
    return pointPicker;
  }

  /** Sets {@code key} of {@code kind} alone (an unlinked value); a bad value is reported, not kept. */
  public void setHyperparameter(OptimizerKind kind, String key, double value) {
    try {
      settings.set(settings.get().with(kind, key, value));
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
    }
    syncLinked();
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

  /** "Tune each": η sweeps for the racing optimizers. */
  public TuneModel tuning() {
    return tune;
  }

  /** Inside each optimizer at the step on screen. */
  public InsideModel inside() {
    return inside;
  }

  /** Stops the engine worker: nothing more is computed or published. */
  public void dispose() {
    tune.dispose();
    inside.dispose();
    computation.cancel();
    if (worker instanceof Background.Worker w) {
      w.close();
    }
  }

  /** Sets every input from {@code scene} and recomputes once. */
  public void apply(Scene scene) {
    applying = true;
    try {
      landscape.set(scene.landscape());
      settings.set(scene.settings());
      lambda.set(scene.lambda());
      schedule.set(scene.schedule());
      steps.set(scene.steps());
      seed.set(scene.seed());
      start.set(scene.start() != null
          ? scene.start()
          : Point.of(catalog.entry(scene.landscape().id()).defaultStart()));
      view.set(scene.view());
      data.set(scene.data());
      racing.clear();
      racing.addAll(scene.optimizers());
      panels.clear();
      panels.addAll(scene.panels());
      syncLinked();
      linkedControls.set(settings.get().kinds().isEmpty() || everyKeyAgrees());
    } finally {
      applying = false;
    }
    recompute();
  }

  /** The current inputs as a scene (what "save this setup" writes). */
  public Scene snapshot() {
    return new Scene(
        landscape.get(),
        racingInCatalogOrder(),
        settings.get(),
        lambda.get(),
        schedule.get(),
        start.get(),
        steps.get(),
        seed.get(),
        view.get(),
        panels.isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(panels),
        takesOwnData() ? data.get() : null);
  }

  /** The file shape the current landscape reads as one's own data, or null when it takes none. */
  public org.gradientlab.data.CsvImport.Shape ownDataShape() {
    org.gradientlab.landscape.OwnData own = catalog.entry(landscape.get().id()).ownData();
    return own == null ? null : own.shape();
  }

  /** Whether the current landscape is a model fitted to data that can be one's own. */
  public boolean takesOwnData() {
    return catalog.entry(landscape.get().id()).ownData() != null;
  }

  /** The race in the order every list shows the optimizers. */
  public List<OptimizerKind> racingInCatalogOrder() {
    List<OptimizerKind> kinds = new ArrayList<>(racing);
    kinds.sort(Comparator.comparingInt(optimizers::indexOf));
    return kinds;
  }

  private boolean everyKeyAgrees() {
    for (Hyperparameter h : optimizers.hyperparameters()) {
      if (!agree(h.key())) {
        return false;
      }
    }
    return true;
  }

  /** A linked control moved: its key changes for every optimizer that takes it. */
  private void linkedChanged(String key, double value) {
    if (syncingLinked) {
      return;
    }
    try {
      settings.set(settings.get().withEverywhere(key, value));
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      syncLinked();
    }
  }

  /** Each linked control shows the value of the first racing optimizer that takes its key. */
  private void syncLinked() {
    syncingLinked = true;
    try {
      List<OptimizerKind> preferred = racingInCatalogOrder();
      for (Map.Entry<String, DoubleProperty> e : linked.entrySet()) {
        e.getValue().set(settings.get().representative(e.getKey(), preferred));
      }
      for (Map.Entry<OptimizerKind, Map<String, DoubleProperty>> k : own.entrySet()) {
        for (Map.Entry<String, DoubleProperty> e : k.getValue().entrySet()) {
          e.getValue().set(settings.get().value(k.getKey(), e.getKey()));
        }
      }
    } finally {
      syncingLinked = false;
    }
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
