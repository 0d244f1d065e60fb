package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ImportedData;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.NetObjective;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerSettings;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.NetScene;
import org.gradientlab.net.SliceObjective;
import org.gradientlab.net.ThinnedPath;
import org.gradientlab.net.TrainingSession;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.net.TrajectoryPlane;
import org.gradientlab.net.WeightSlice;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.FittedFrame;
import org.gradientlab.plot.Heatmap;

/**
 * The neural-net lab: a small MLP trained live on a toy dataset or the student's own data, by a race
 * of optimizers of the engine that all start from the same initial weights and see the same
 * mini-batches, each with its own hyperparameters. A fraction of the examples can be held out:
 * every snapshot then measures the validation loss and accuracy too. Training runs on a worker
 * thread, one chunk of steps per animation frame (at most one chunk in flight, so the screen never
 * waits for it); each chunk ends with a snapshot per optimizer and the leading optimizer's decision
 * boundary. Changing η, λ or the batch size continues every run from its current weights with fresh
 * optimizer state, and so does replacing the one optimizer of a one-optimizer race; changing which
 * optimizers race, the data, the split, the layout, the initialisation or the seed starts over. A
 * scene's runs go through the same {@link NetRun} constructions, so the workspace shows what the
 * lesson checks compute.
 */
public final class NetModel {

  /** Resolution of the decision-boundary picture. */
  public static final int GRID = 120;
  /** Resolution of the weight-space slice. */
  public static final int SLICE_PIXELS = 200;
  /** Room around the path on the plane through it, as a fraction of its larger span, on each side. */
  public static final double TRAJECTORY_MARGIN = 0.25;
  /** Resolution of the quick first picture of a slice. */
  public static final int PREVIEW_PIXELS = 60;
  /**
   * Weights kept for the path (doubles): the whole run is kept, thinned to every k-th snapshot
   * ({@link ThinnedPath}) so that at most this many are held, within {@link #MIN_HISTORY} …
   * {@link #MAX_HISTORY} snapshots.
   */
  public static final int HISTORY_BUDGET = 4_000_000;
  public static final int MIN_HISTORY = 128;
  public static final int MAX_HISTORY = 2048;

  /** One point of an optimizer's training curves (validation: NaN without a split). */
  public record Point(long updates, double epochs, double loss, double accuracy, double[] layerNorms,
      double[] theta, double validationLoss, double validationAccuracy) {

    static Point of(TrainingSnapshot s) {
      return new Point(s.updates(), s.epochs(), s.loss(), s.accuracy(), s.layerGradientNorms(), s.theta(),
          s.validationLoss(), s.validationAccuracy());
    }
  }

  /**
   * A slice through the weights, rendered, with every racing optimizer's training path projected on
   * it (start first, current last; {@code paths} in the order of {@code kinds}, the leader first).
   * The plane is the leader's (through its path, or random or chosen directions at its weights), the
   * same for every path, so the paths compare. {@code mode} is the kind actually drawn (a plane
   * through a path that has not moved yet falls back to random directions) and {@code shareInPlane}
   * how much of the leader's path lies in the plane ({@link WeightSlice#shareInPlane}).
   */
  public record Slice(SliceObjective objective, Heatmap heatmap, List<OptimizerKind> kinds,
      List<List<double[]>> paths, SliceMode mode, double shareInPlane) {

    public Slice {
      kinds = List.copyOf(kinds);
      paths = List.copyOf(paths);
    }

    /** The leading optimizer's path. */
    public List<double[]> path() {
      return paths.isEmpty() ? List.of() : paths.get(0);
    }

    Slice withPaths(List<OptimizerKind> newKinds, List<List<double[]>> newPaths) {
      return new Slice(objective, heatmap, newKinds, newPaths, mode, shareInPlane);
    }
  }

  /**
   * The decision picture of the leading optimizer's weights: P(class 1) on a {@link #GRID}² grid
   * over {@code frame} (row 0 at the top), which fits every example; {@code data} are the training
   * examples, {@code heldOut} the validation ones (null without a split).
   */
  public record Decision(Dataset data, Dataset heldOut, Domain frame, float[] probabilities) {}

  private final ObjectProperty<ToyDatasets.Kind> dataset = new SimpleObjectProperty<>(ToyDatasets.Kind.SPIRALS);
  private final IntegerProperty points = new SimpleIntegerProperty(200);
  private final DoubleProperty noise = new SimpleDoubleProperty(0.05);
  private final ObjectProperty<List<Integer>> hidden = new SimpleObjectProperty<>(List.of(12, 12));
  private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.TANH);
  private final ObjectProperty<Initialization> initialization = new SimpleObjectProperty<>(Initialization.XAVIER);
  private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(Adam.KIND);
  /** The race, the leader first; {@link #optimizer} is its leader. Never empty. */
  private final ObjectProperty<List<OptimizerKind>> optimizers = new SimpleObjectProperty<>(List.of(Adam.KIND));
  private final DoubleProperty validation = new SimpleDoubleProperty(0);
  private final ReadOnlyObjectWrapper<ImportedData> imported = new ReadOnlyObjectWrapper<>();
  /** Each optimizer's own hyperparameters; {@link #etaProperty} sets η for all of them. */
  private final ObjectProperty<OptimizerSettings> settings =
      new SimpleObjectProperty<>(NetScene.initial().settings());
  private final DoubleProperty eta = new SimpleDoubleProperty(NetScene.initial().config().learningRate());
  private final LongProperty dataSeed = new SimpleLongProperty(NetScene.DEFAULT_DATA_SEED);
  private final ObservableSet<NetScene.NetPanel> panels =
      FXCollections.observableSet(EnumSet.allOf(NetScene.NetPanel.class));
  private final DoubleProperty lambda = new SimpleDoubleProperty(0);
  private final IntegerProperty batchSize = new SimpleIntegerProperty(200);
  private final LongProperty seed = new SimpleLongProperty(1);
  private final IntegerProperty stepsPerFrame = new SimpleIntegerProperty(5);
  private final ObjectProperty<SliceMode> sliceMode = new SimpleObjectProperty<>(SliceMode.TRAJECTORY);
  private final IntegerProperty weightA = new SimpleIntegerProperty(0);
  private final IntegerProperty weightB = new SimpleIntegerProperty(1);

  private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
  /** Every racer's latest snapshot, in race order. */
  private final ReadOnlyObjectWrapper<Map<OptimizerKind, TrainingSnapshot>> snapshots =
      new ReadOnlyObjectWrapper<>(Map.of());
  /** Every racer's curve points (thinned), in race order. */
  private final ReadOnlyObjectWrapper<Map<OptimizerKind, List<Point>>> histories =
      new ReadOnlyObjectWrapper<>(Map.of());
  private final ReadOnlyObjectWrapper<Dataset> validationData = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<NetLayout> layout = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Slice> slice = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper sliceProgress = new ReadOnlyDoubleWrapper(1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ObservableList<Point> history = FXCollections.observableArrayList();
  /** The race shown by the curves and paths (the one trained). FX thread only. */
  private List<OptimizerKind> shownRace = List.of(Adam.KIND);
  /** Each racer's snapshots, thinned, in race order; {@link #history} shows the leader's. FX thread only. */
  private List<ThinnedPath<Point>> trails = List.of(new ThinnedPath<>(MAX_HISTORY));
  /** The same paths projected on the slice shown, thinned alike; null until a slice is shown. FX thread only. */
  private List<ThinnedPath<double[]>> slicePaths;

  private final Background.Worker trainer;
  private final Background.Worker slicer;
  private final Executor publisher;
  /** Training chunks, one after another; a restart starts a new generation. */
  private final SerialWork training;
  private final LatestWinsComputation<SliceRequest, Slice> sliceComputation;
  /** One per racer, in race order. Touched on the trainer thread only. */
  private List<TrainingSession> sessions = List.of();
  private boolean sliceWhenIdle;
  private AnimationTimer timer;
  /** Set while a scene is applied: its settings change together, with one restart at the end. */
  private boolean applying;
  /** Set while the η control is brought to the optimizer's own η (it must not write it back). */
  private boolean showingEta;
  /** Set while {@link #optimizer} and {@link #optimizers} are brought in step. */
  private boolean syncingRace;

  /** Training and slices on {@code background}'s workers, results on its publisher; the first scene. */
  public NetModel(Background background) {
    this(background, NetScene.initial());
  }

  /** The same, showing {@code first} from the start (e.g. a restored session's scene). */
  public NetModel(Background background, NetScene first) {
    trainer = background.worker("net-training");
    slicer = background.worker("net-slice");
    publisher = background.publisher();
    training = new SerialWork(trainer, publisher, e -> {
      pause();
      message.set("Training failed: " + e.getMessage());
    });
    sliceComputation = new LatestWinsComputation<>(this::computeSlice, slicer,
        publisher, this::publishSlice, e -> message.set("The slice failed: " + e.getMessage()));
    for (ObservableValue<?> v : List.of(dataset, points, noise, dataSeed, hidden, activation, initialization, seed,
        validation, imported)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          restart();
        }
      });
    }
    optimizer.addListener((o, a, b) -> {
      if (!syncingRace && b != null) {
        optimizers.set(List.of(b)); // a one-optimizer race
      }
    });
    optimizers.addListener((o, a, b) -> {
      syncingRace = true;
      try {
        optimizer.set(b.get(0));
      } finally {
        syncingRace = false;
      }
      showEta();
      if (!applying) {
        // One optimizer replaced by another goes on from the weights; a new race starts over.
        if (a.size() == 1 && b.size() == 1) {
          continueWithNewSettings();
        } else {
          restart();
        }
      }
    });
    eta.addListener((o, a, b) -> {
      if (!applying && !showingEta) {
        settings.set(settings.get().withEverywhere("eta", b.doubleValue()));
      }
    });
    for (ObservableValue<?> v : List.of(settings, lambda, batchSize)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          continueWithNewSettings();
        }
      });
    }
    for (ObservableValue<?> v : List.of(sliceMode, weightA, weightB)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          recomputeSlice();
        }
      });
    }
    apply(first);
  }

  // ---- properties ---------------------------------------------------------------------------

  public ObjectProperty<ToyDatasets.Kind> datasetProperty() { return dataset; }
  public IntegerProperty pointsProperty() { return points; }
  public DoubleProperty noiseProperty() { return noise; }
  public ObjectProperty<List<Integer>> hiddenProperty() { return hidden; }
  public ObjectProperty<Activation> activationProperty() { return activation; }
  public ObjectProperty<Initialization> initializationProperty() { return initialization; }
  /** The leading optimizer; setting it makes a one-optimizer race of it. */
  public ObjectProperty<OptimizerKind> optimizerProperty() { return optimizer; }
  /** The optimizers that race, the leader first (a non-empty list without repeats). */
  public ObjectProperty<List<OptimizerKind>> optimizersProperty() { return optimizers; }
  /** The fraction of the examples held out for validation (0: all train). */
  public DoubleProperty validationProperty() { return validation; }
  /**
   * The student's own data (the file's path and every example, so a session can keep them), or
   * null while a toy dataset trains.
   */
  public ReadOnlyObjectProperty<ImportedData> importedProperty() { return imported.getReadOnlyProperty(); }
  /** η, linked across the optimizers: setting it sets every optimizer's η. */
  public DoubleProperty etaProperty() { return eta; }
  public ObjectProperty<OptimizerSettings> settingsProperty() { return settings; }
  public LongProperty dataSeedProperty() { return dataSeed; }
  /** The panels shown. */
  public ObservableSet<NetScene.NetPanel> panels() { return panels; }
  public DoubleProperty lambdaProperty() { return lambda; }
  public IntegerProperty batchSizeProperty() { return batchSize; }
  public LongProperty seedProperty() { return seed; }
  public IntegerProperty stepsPerFrameProperty() { return stepsPerFrame; }
  public ObjectProperty<SliceMode> sliceModeProperty() { return sliceMode; }
  public IntegerProperty weightAProperty() { return weightA; }
  public IntegerProperty weightBProperty() { return weightB; }

  /** The leading optimizer's latest snapshot. */
  public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
  /** Every racer's latest snapshot, in race order. */
  public ReadOnlyObjectProperty<Map<OptimizerKind, TrainingSnapshot>> snapshotsProperty() {
    return snapshots.getReadOnlyProperty();
  }
  /** Every racer's curve points, in race order ({@link #history} is the leader's). */
  public ReadOnlyObjectProperty<Map<OptimizerKind, List<Point>>> historiesProperty() {
    return histories.getReadOnlyProperty();
  }
  public ReadOnlyObjectProperty<Decision> decisionProperty() { return decision.getReadOnlyProperty(); }
  /** The examples that train (all of them without a validation split). */
  public ReadOnlyObjectProperty<Dataset> dataProperty() { return data.getReadOnlyProperty(); }
  /** The held-out examples, or null without a validation split. */
  public ReadOnlyObjectProperty<Dataset> validationDataProperty() { return validationData.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<NetLayout> layoutProperty() { return layout.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Slice> sliceProperty() { return slice.getReadOnlyProperty(); }
  public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty sliceProgressProperty() { return sliceProgress.getReadOnlyProperty(); }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
  /** The leading optimizer's curve points. */
  public ObservableList<Point> history() { return history; }

  // ---- intents ------------------------------------------------------------------------------

  public void play() {
    if (playing.get()) {
      return;
    }
    playing.set(true);
    if (timer == null) {
      timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (playing.get()) {
            requestChunk(stepsPerFrame.get());
          }
        }
      };
    }
    timer.start();
  }

  /** Stops training; the slice is then taken through the final weights (after any chunk in flight). */
  public void pause() {
    playing.set(false);
    if (timer != null) {
      timer.stop();
    }
    if (training.pending() > 0) {
      sliceWhenIdle = true;
    } else {
      recomputeSlice();
    }
  }

  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** k updates now, whether playing or not. */
  public void step(int k) {
    requestChunk(k);
  }

  /**
   * Adds {@code kind} to the race (at its end) or takes it out; the race then starts over from the
   * initial weights. The last optimizer of a race stays; one that needs the Hessian is refused.
   */
  public void setRacing(OptimizerKind kind, boolean on) {
    List<OptimizerKind> now = new ArrayList<>(optimizers.get());
    if (on && !now.contains(kind)) {
      if (kind.needsHessian()) {
        message.set(kind.label() + " needs the Hessian, which nets do not provide");
        return;
      }
      now.add(kind);
    } else if (!on && now.size() > 1) {
      now.remove(kind);
    } else {
      return;
    }
    optimizers.set(List.copyOf(now));
  }

  /**
   * Brings the student's own data in (the model keeps every example, so the file may change or go
   * away): training starts over on them. The data must have two features and 0/1 labels.
   */
  public void importData(ImportedData d) {
    if (d.dataset().featureCount() != NetLayout.INPUTS) {
      throw new IllegalArgumentException(d.source() + ": a net takes two features, not " + d.dataset().featureCount());
    }
    imported.set(d);
  }

  /** Back to the toy dataset of the data controls. */
  public void useToyData() {
    imported.set(null);
  }

  /** Fresh weights from the initialisation and seed for every racer; curves cleared. */
  public void restart() {
    NetLayout l;
    try {
      l = new NetLayout(hidden.get(), activation.get());
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    weightA.set(Math.min(weightA.get(), l.parameterCount() - 1));
    weightB.set(Math.min(Math.max(weightB.get(), weightA.get() == 0 ? 1 : 0), l.parameterCount() - 1));
    NetScene scene;
    try {
      scene = settingsScene();
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    message.set("");
    // The same constructions as a scene's run: the data, the split and the objectives of NetRun.
    NetObjective objective = NetRun.objective(scene);
    NetObjective held = NetRun.validationObjective(scene);
    data.set(objective.data());
    validationData.set(held == null ? null : held.data());
    layout.set(l);
    double[] theta = l.initialWeights(initialization.get(), seed.get());
    shownRace = scene.optimizers();
    int capacity = historyCapacity(l.parameterCount() * shownRace.size());
    List<ThinnedPath<Point>> fresh = new ArrayList<>();
    for (int i = 0; i < shownRace.size(); i++) {
      fresh.add(new ThinnedPath<>(capacity));
    }
    trails = fresh;
    slicePaths = null;
    history.clear();
    histories.set(Map.of());
    snapshots.set(Map.of());
    training.cancel();
    Domain frame = inputFrame(objective.data(), held == null ? null : held.data());
    training.submit(cancelled -> {
      List<TrainingSession> started = new ArrayList<>();
      for (OptimizerKind k : scene.optimizers()) {
        started.add(NetRun.session(scene, k, objective, held));
      }
      sessions = started;
      return chunk(advanceAll(0), frame);
    }, this::showChunk);
    if (!playing.get()) {
      recomputeSliceAt(theta);
    }
  }

  /**
   * Sets everything {@code scene} says, starts training afresh and trains its steps (paused), so
   * the picture, the curves and the slice show the run after that many updates.
   */
  public void apply(NetScene scene) {
    pause();
    applying = true;
    try {
      dataset.set(scene.dataset());
      points.set(scene.points());
      noise.set(scene.noise());
      dataSeed.set(scene.dataSeed());
      imported.set(scene.imported());
      validation.set(scene.validation());
      hidden.set(scene.hidden());
      activation.set(scene.activation());
      initialization.set(scene.initialization());
      optimizers.set(scene.optimizers());
      settings.set(scene.settings());
      lambda.set(scene.lambda());
      batchSize.set(scene.batch());
      seed.set(scene.seed());
      sliceMode.set(scene.slice());
      weightA.set(scene.weightA());
      weightB.set(scene.weightB());
      panels.clear();
      panels.addAll(scene.panels());
    } finally {
      applying = false;
    }
    showEta();
    restart();
    if (scene.steps() > 0) {
      pretrain(scene.steps());
    }
  }

  /** What the workspace shows now, as a scene: its settings and the updates trained so far. */
  public NetScene snapshot() {
    TrainingSnapshot s = snapshot.get();
    int steps = s == null ? 0 : (int) Math.min(NetScene.MAX_STEPS, s.updates());
    return settingsScene().withSteps(steps);
  }

  /** The settings as a scene of no steps (throws when they do not make one, e.g. too few examples). */
  private NetScene settingsScene() {
    return new NetScene(dataset.get(), points.get(), noise.get(), dataSeed.get(), imported.get(),
        validation.get(), hidden.get(), activation.get(), initialization.get(), optimizers.get(),
        settings.get(), lambda.get(), batchSize.get(), seed.get(), 0, sliceMode.get(), weightA.get(),
        weightB.get(), panels.isEmpty() ? EnumSet.noneOf(NetScene.NetPanel.class) : EnumSet.copyOf(panels));
  }

  /** The η control shows the leading optimizer's own η. */
  private void showEta() {
    showingEta = true;
    try {
      eta.set(settings.get().config(optimizer.get()).learningRate());
    } finally {
      showingEta = false;
    }
  }

  /** {@code n} updates of every racer on the trainer, every one of them on the curves; then the slice. */
  private void pretrain(int n) {
    Domain frame = currentFrame();
    training.submit(cancelled -> {
      List<List<TrainingSnapshot>> path = new ArrayList<>(n);
      for (int k = 0; k < n && !cancelled.getAsBoolean(); k++) {
        path.add(advanceAll(1));
      }
      return new Pretrained(path, chunk(snapshotAll(), frame));
    }, p -> {
      for (List<TrainingSnapshot> s : p.path()) {
        addToTrails(s);
      }
      showChunk(p.last());
      recomputeSlice();
    });
  }

  /** Training's paths through a pre-run (one list of the racers' snapshots per update), and its last chunk. */
  private record Pretrained(List<List<TrainingSnapshot>> path, Chunk last) {}

  /** No training chunk on its way and the slice drawn (FX thread). */
  public boolean isIdle() {
    return training.pending() == 0 && snapshot.get() != null && sliceProgress.get() >= 1 && slice.get() != null;
  }

  /**
   * Decision pictures of other weights of the net and data on screen (FX thread), in the frame of
   * the picture shown; the function may then be called from any thread: what a picture of
   * training draws at each of its frames.
   */
  public java.util.function.Function<double[], Decision> decisionPictures() {
    NetLayout l = layout.get();
    Decision now = decision.get();
    if (l == null || now == null) {
      return null;
    }
    NetObjective objective = new NetObjective(l, now.data(), lambda.get());
    Domain frame = now.frame();
    return theta -> new Decision(now.data(), now.heldOut(), frame, objective.probabilityGrid(theta, frame, GRID, GRID));
  }

  /** Rebuilds the slice through the leading optimizer's current weights. */
  public void recomputeSlice() {
    TrainingSnapshot s = snapshot.get();
    if (s != null) {
      recomputeSliceAt(s.theta());
    }
  }

  /** Stops training and every worker; nothing more is computed or published. */
  public void dispose() {
    pause();
    training.cancel();
    sliceComputation.cancel();
    trainer.close();
    slicer.close();
  }

  // ---- work ---------------------------------------------------------------------------------

  /** Snapshots kept per racer for a race of {@code parameters} weights in all: the memory budget over them. */
  public static int historyCapacity(int parameters) {
    return Math.max(MIN_HISTORY, Math.min(MAX_HISTORY, HISTORY_BUDGET / Math.max(1, parameters)));
  }

  /** The box of the input plane the decision picture covers: it fits the training and held-out examples. */
  private static Domain inputFrame(Dataset train, Dataset heldOut) {
    List<double[]> inputs = new ArrayList<>();
    for (Dataset d : heldOut == null ? List.of(train) : List.of(train, heldOut)) {
      for (int i = 0; i < d.size(); i++) {
        inputs.add(new double[] {d.feature(i, 0), d.feature(i, 1)});
      }
    }
    return FittedFrame.around(inputs, NetObjective.INPUT_MARGIN, 0.1);
  }

  private Domain currentFrame() {
    return data.get() == null ? Domain.square(1) : inputFrame(data.get(), validationData.get());
  }

  /** On the trainer: k updates of every racer (none for a diverged one). */
  private List<TrainingSnapshot> advanceAll(int k) {
    List<TrainingSnapshot> out = new ArrayList<>(sessions.size());
    for (TrainingSession t : sessions) {
      out.add(t.advance(k));
    }
    return out;
  }

  private List<TrainingSnapshot> snapshotAll() {
    List<TrainingSnapshot> out = new ArrayList<>(sessions.size());
    for (TrainingSession t : sessions) {
      out.add(t.snapshot());
    }
    return out;
  }

  /**
   * Every run goes on from its weights with the new settings (each racer's own values, λ, batch);
   * its counts go on too.
   */
  private void continueWithNewSettings() {
    NetScene scene;
    try {
      scene = settingsScene();
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    if (scene.optimizers().size() != shownRace.size()) {
      restart(); // a new race starts from the initial weights
      return;
    }
    shownRace = scene.optimizers();
    NetObjective objective = NetRun.objective(scene);
    Domain frame = currentFrame();
    training.submit(cancelled -> {
      if (sessions.size() != scene.optimizers().size()) {
        return null;
      }
      List<TrainingSession> next = new ArrayList<>();
      for (int i = 0; i < sessions.size(); i++) {
        next.add(sessions.get(i).continueWith(objective, scene.config(scene.optimizers().get(i)),
            scene.effectiveBatch(), scene.seed()));
      }
      sessions = next;
      return chunk(advanceAll(0), frame);
    }, this::showChunk);
  }

  /** k updates of every racer on the trainer, unless a chunk is still on its way (the frame shows the latest). */
  private void requestChunk(int k) {
    if (training.pending() > 0) {
      return;
    }
    Domain frame = currentFrame();
    training.submit(cancelled -> sessions.isEmpty() ? null : chunk(advanceAll(k), frame), this::showChunk);
  }

  /** The racers' snapshots with the decision picture of the leader's weights. */
  private record Chunk(List<TrainingSnapshot> snapshots, Decision decision) {}

  /** On the trainer thread: the decision picture for the leader's snapshot (none once it diverged). */
  private Chunk chunk(List<TrainingSnapshot> all, Domain frame) {
    TrainingSession lead = sessions.get(0);
    TrainingSnapshot s = all.get(0);
    NetObjective held = lead.validation();
    Decision grid = s.diverged() ? null : new Decision(lead.objective().data(), held == null ? null : held.data(),
        frame, lead.objective().probabilityGrid(s.theta(), frame, GRID, GRID));
    return new Chunk(all, grid);
  }

  /** One more point of every racer's run on the curves and the slice's paths. */
  private void addToTrails(List<TrainingSnapshot> all) {
    if (all.size() != trails.size()) {
      return; // from a race that has been replaced
    }
    boolean grew = false;
    for (int i = 0; i < all.size(); i++) {
      TrainingSnapshot s = all.get(i);
      List<Point> kept = trails.get(i).points();
      if (!kept.isEmpty() && kept.get(kept.size() - 1).updates() == s.updates()) {
        continue; // a diverged run makes no more updates
      }
      trails.get(i).add(Point.of(s));
      grew = true;
    }
    if (!grew) {
      return;
    }
    Map<OptimizerKind, List<Point>> h = new LinkedHashMap<>();
    for (int i = 0; i < trails.size(); i++) {
      h.put(shownRace.get(i), trails.get(i).points());
    }
    history.setAll(trails.get(0).points());
    histories.set(Collections.unmodifiableMap(h));
    extendSlicePaths(all);
  }

  /** On the FX thread: a chunk of the current race arrived. */
  private void showChunk(Chunk c) {
    if (c == null || c.snapshots().size() != shownRace.size()) {
      return;
    }
    TrainingSnapshot s = c.snapshots().get(0);
    Map<OptimizerKind, TrainingSnapshot> all = new LinkedHashMap<>();
    for (int i = 0; i < shownRace.size(); i++) {
      all.put(shownRace.get(i), c.snapshots().get(i));
    }
    snapshot.set(s);
    snapshots.set(Collections.unmodifiableMap(all));
    if (c.decision() != null) {
      decision.set(c.decision());
    }
    addToTrails(c.snapshots());
    if (sliceWhenIdle) {
      sliceWhenIdle = false;
      recomputeSlice();
    }
    boolean allDiverged = c.snapshots().stream().allMatch(TrainingSnapshot::diverged);
    if (allDiverged) {
      playing.set(false);
      if (timer != null) {
        timer.stop();
      }
      message.set((shownRace.size() == 1 ? "Training diverged after " + s.updates() + " updates"
          : "Every optimizer's training diverged") + ": the loss is no longer a finite number."
          + " Lower η and press Reset.");
    }
  }

  /** Everything the slice needs, captured on the FX thread so the worker reads no property. */
  private record SliceRequest(double[] theta, NetLayout layout, Dataset data, double lambda,
      SliceMode mode, int weightA, int weightB, long seed, List<OptimizerKind> kinds,
      List<List<double[]>> paths, List<Boolean> diverged, ReadOnlyDoubleWrapper progress,
      java.util.function.Consumer<Slice> preview, boolean parallel, boolean live) {}

  /**
   * The paths on the slice grow live: projecting θ onto the plane costs a few dot products. While
   * training plays on the plane through the leader's path, a new plane is taken (one at a time) as
   * soon as the current point of a run that has not diverged leaves the picture, or once the path
   * has moved when the picture had to fall back to random directions: the picture keeps up with
   * training.
   */
  private void extendSlicePaths(List<TrainingSnapshot> all) {
    Slice current = slice.get();
    boolean retake;
    if (current == null || slicePaths == null || slicePaths.size() != all.size()) {
      retake = true; // a new run: the slice shown belongs to the last one
    } else {
      boolean outside = false;
      List<List<double[]>> paths = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        double[] ab = current.objective().slice().project(all.get(i).theta());
        slicePaths.get(i).add(ab);
        paths.add(slicePaths.get(i).points());
        outside |= !all.get(i).diverged() && !current.objective().domain().contains(ab[0], ab[1]);
      }
      slice.set(current.withPaths(shownRace, paths));
      boolean fellBack = current.mode() != sliceMode.get();
      retake = sliceMode.get() == SliceMode.TRAJECTORY && (outside || fellBack);
    }
    if (retake && playing.get() && sliceProgress.get() == 1) {
      recomputeSliceAt(all.get(0).theta(), true);
    }
  }

  /** A computed slice, with the paths re-projected: they have grown while the picture was made. */
  private void publishSlice(Slice s) {
    if (s.paths().size() != trails.size()) {
      slice.set(s);
      slicePaths = null; // from a race that has been replaced: the next run's slice comes
      return;
    }
    List<ThinnedPath<double[]>> projected = new ArrayList<>();
    List<List<double[]>> paths = new ArrayList<>();
    for (ThinnedPath<Point> t : trails) {
      ThinnedPath<double[]> p = t.map(q -> s.objective().slice().project(q.theta()));
      projected.add(p);
      paths.add(p.points());
    }
    slicePaths = projected;
    slice.set(s.withPaths(shownRace, paths));
  }

  private void recomputeSliceAt(double[] theta) {
    recomputeSliceAt(theta, false);
  }

  /** {@code live}: a retake while training plays, at preview resolution only (the sharp one comes on pause). */
  private void recomputeSliceAt(double[] theta, boolean live) {
    if (layout.get() == null || weightA.get() == weightB.get() || data.get() == null) {
      return;
    }
    List<List<double[]>> paths = new ArrayList<>();
    List<Boolean> diverged = new ArrayList<>();
    Map<OptimizerKind, TrainingSnapshot> latest = snapshots.get();
    for (int i = 0; i < shownRace.size(); i++) {
      List<double[]> path = new ArrayList<>();
      if (i < trails.size()) {
        for (Point p : trails.get(i).points()) {
          path.add(p.theta());
        }
      }
      TrainingSnapshot s = latest.get(shownRace.get(i));
      double[] end = i == 0 ? theta : s != null ? s.theta() : theta;
      if (path.isEmpty() || !java.util.Arrays.equals(path.get(path.size() - 1), end)) {
        path.add(end); // the path ends where the run stands
      }
      paths.add(path);
      diverged.add(s != null && s.diverged());
    }
    sliceProgress.set(0);
    sliceComputation.submit(new SliceRequest(theta, layout.get(), data.get(), lambda.get(),
        sliceMode.get(), weightA.get(), weightB.get(), seed.get(), shownRace, paths, diverged, sliceProgress,
        this::publishSlice, !playing.get(), live));
  }

  private Slice computeSlice(SliceRequest r, java.util.function.BooleanSupplier stale) {
    List<double[]> lead = r.paths().get(0);
    SliceMode mode = r.mode() == SliceMode.TRAJECTORY && !TrajectoryPlane.isDefined(lead)
        ? SliceMode.RANDOM : r.mode();
    WeightSlice ws = switch (mode) {
      case TRAJECTORY -> TrajectoryPlane.through(r.layout(), lead, r.seed() + 1000).slice();
      case RANDOM -> WeightSlice.filterNormalised(r.layout(), r.theta(), r.seed() + 1000);
      case CHOSEN -> WeightSlice.chosenWeights(r.layout(), r.theta(), r.weightA(), r.weightB());
    };
    List<List<double[]>> projected = new ArrayList<>();
    List<double[]> framed = new ArrayList<>();
    for (int i = 0; i < r.paths().size(); i++) {
      List<double[]> path = new ArrayList<>();
      for (double[] theta : r.paths().get(i)) {
        path.add(ws.project(theta));
      }
      projected.add(path);
      if (!r.diverged().get(i)) {
        framed.addAll(path); // a diverged run is drawn until it leaves the picture, not framed
      }
    }
    Domain frame = switch (mode) {
      // Every run's path with room around it, one scale on both axes (a and b are distances in weight space).
      case TRAJECTORY -> FittedFrame.around(framed.isEmpty() ? projected.get(0) : framed, TRAJECTORY_MARGIN, 1e-6);
      case RANDOM -> Domain.square(1);
      case CHOSEN -> Domain.square(2);
    };
    SliceObjective f = new SliceObjective(new NetObjective(r.layout(), r.data(), r.lambda()), ws, frame);
    double share = ws.shareInPlane(lead);
    // A coarse picture first (a twelfth of the work), then the sharp one.
    // While training plays it keeps one core; the slice takes the other.
    Heatmap coarse = Heatmap.render(f, f.domain(), PREVIEW_PIXELS, PREVIEW_PIXELS, stale, false);
    Slice preview = new Slice(f, coarse, r.kinds(), projected, mode, share);
    if (r.live()) {
      publisher.execute(() -> r.progress().set(1));
      return preview;
    }
    publisher.execute(() -> {
      if (!stale.getAsBoolean()) {
        r.preview().accept(preview);
        r.progress().set(0.1);
      }
    });
    Heatmap map = Heatmap.render(f, f.domain(), SLICE_PIXELS, SLICE_PIXELS, stale, r.parallel());
    publisher.execute(() -> r.progress().set(1));
    return new Slice(f, map, r.kinds(), projected, mode, share);
  }
}
