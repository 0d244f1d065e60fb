package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.NetObjective;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerSettings;
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
 * The neural-net lab: a small MLP trained live on a toy dataset by any optimizer of the engine.
 * Training runs on a worker thread, one chunk of steps per animation frame (at most one chunk in
 * flight, so the screen never waits for it); each chunk ends with a snapshot and the decision
 * boundary. Changing η, λ, the optimizer or the batch size continues from the current weights with
 * fresh optimizer state; changing the data, the layout, the initialisation or the seed starts over.
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

  /** One point of the training curves. */
  public record Point(long updates, double epochs, double loss, double accuracy, double[] layerNorms,
      double[] theta) {}

  /**
   * A slice through the weights, rendered, with the training path projected on it (start first,
   * current last); {@code mode} is the kind actually drawn (a plane through a path that has not
   * moved yet falls back to random directions) and {@code shareInPlane} how much of the path lies
   * in the plane ({@link WeightSlice#shareInPlane}).
   */
  public record Slice(SliceObjective objective, Heatmap heatmap, List<double[]> path, SliceMode mode,
      double shareInPlane) {

    Slice withPath(List<double[]> newPath) {
      return new Slice(objective, heatmap, newPath, mode, shareInPlane);
    }
  }

  /** The decision picture: P(class 1) on a {@link #GRID}² grid over {@code frame}, row 0 at the top. */
  public record Decision(Dataset data, Domain frame, float[] probabilities) {}

  private final ObjectProperty<ToyDatasets.Kind> dataset = new SimpleObjectProperty<>(ToyDatasets.Kind.SPIRALS);
  private final IntegerProperty points = new SimpleIntegerProperty(200);
  private final DoubleProperty noise = new SimpleDoubleProperty(0.05);
  private final ObjectProperty<List<Integer>> hidden = new SimpleObjectProperty<>(List.of(12, 12));
  private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(Activation.TANH);
  private final ObjectProperty<Initialization> initialization = new SimpleObjectProperty<>(Initialization.XAVIER);
  private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(Adam.KIND);
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
  private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<NetLayout> layout = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Slice> slice = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper sliceProgress = new ReadOnlyDoubleWrapper(1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ObservableList<Point> history = FXCollections.observableArrayList();
  /** The run's snapshots, thinned; {@link #history} shows its points. FX thread only. */
  private ThinnedPath<Point> trail = new ThinnedPath<>(MAX_HISTORY);
  /** The same path projected on the slice shown, thinned alike. FX thread only. */
  private ThinnedPath<double[]> slicePath;

  private final Background.Worker trainer;
  private final Background.Worker slicer;
  private final Executor publisher;
  /** Training chunks, one after another; a restart starts a new generation. */
  private final SerialWork training;
  private final LatestWinsComputation<SliceRequest, Slice> sliceComputation;
  /** Touched on the trainer thread only. */
  private TrainingSession session;
  private boolean sliceWhenIdle;
  private AnimationTimer timer;
  /** Set while a scene is applied: its settings change together, with one restart at the end. */
  private boolean applying;
  /** Set while the η control is brought to the optimizer's own η (it must not write it back). */
  private boolean showingEta;

  /** Training and slices on {@code background}'s workers, results on its publisher. */
  public NetModel(Background background) {
    trainer = background.worker("net-training");
    slicer = background.worker("net-slice");
    publisher = background.publisher();
    training = new SerialWork(trainer, publisher, e -> {
      pause();
      message.set("Training failed: " + e.getMessage());
    });
    sliceComputation = new LatestWinsComputation<>(this::computeSlice, slicer,
        publisher, this::publishSlice, e -> message.set("The slice failed: " + e.getMessage()));
    for (ObservableValue<?> v : List.of(dataset, points, noise, dataSeed, hidden, activation, initialization, seed)) {
      v.addListener((o, a, b) -> {
        if (!applying) {
          restart();
        }
      });
    }
    eta.addListener((o, a, b) -> {
      if (!applying && !showingEta) {
        settings.set(settings.get().withEverywhere("eta", b.doubleValue()));
      }
    });
    optimizer.addListener((o, a, b) -> showEta());
    for (ObservableValue<?> v : List.of(optimizer, settings, lambda, batchSize)) {
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
    restart();
  }

  // ---- properties ---------------------------------------------------------------------------

  public ObjectProperty<ToyDatasets.Kind> datasetProperty() { return dataset; }
  public IntegerProperty pointsProperty() { return points; }
  public DoubleProperty noiseProperty() { return noise; }
  public ObjectProperty<List<Integer>> hiddenProperty() { return hidden; }
  public ObjectProperty<Activation> activationProperty() { return activation; }
  public ObjectProperty<Initialization> initializationProperty() { return initialization; }
  public ObjectProperty<OptimizerKind> optimizerProperty() { return optimizer; }
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

  public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Decision> decisionProperty() { return decision.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Dataset> dataProperty() { return data.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<NetLayout> layoutProperty() { return layout.getReadOnlyProperty(); }
  public ReadOnlyObjectProperty<Slice> sliceProperty() { return slice.getReadOnlyProperty(); }
  public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
  public ReadOnlyDoubleProperty sliceProgressProperty() { return sliceProgress.getReadOnlyProperty(); }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
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

  /** Fresh weights from the initialisation and seed; curves cleared. */
  public void restart() {
    Dataset d = ToyDatasets.make(dataset.get(), points.get(), noise.get(), dataSeed.get());
    NetLayout l;
    try {
      l = new NetLayout(hidden.get(), activation.get());
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return;
    }
    message.set("");
    data.set(d);
    layout.set(l);
    weightA.set(Math.min(weightA.get(), l.parameterCount() - 1));
    weightB.set(Math.min(Math.max(weightB.get(), weightA.get() == 0 ? 1 : 0), l.parameterCount() - 1));
    double[] theta = l.initialWeights(initialization.get(), seed.get());
    history.clear();
    trail = new ThinnedPath<>(historyCapacity(l.parameterCount()));
    slicePath = null;
    training.cancel();
    Settings s = settings();
    training.submit(cancelled -> {
      session = s.session(new NetObjective(l, d, s.lambda()), theta);
      return chunk(session.advance(0));
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
      hidden.set(scene.hidden());
      activation.set(scene.activation());
      initialization.set(scene.initialization());
      optimizer.set(scene.optimizer());
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
    return new NetScene(dataset.get(), points.get(), noise.get(), dataSeed.get(), hidden.get(),
        activation.get(), initialization.get(), optimizer.get(), settings.get(), lambda.get(),
        batchSize.get(), seed.get(), steps, sliceMode.get(), weightA.get(), weightB.get(),
        panels.isEmpty() ? EnumSet.noneOf(NetScene.NetPanel.class) : EnumSet.copyOf(panels));
  }

  /** The η control shows the current optimizer's own η. */
  private void showEta() {
    showingEta = true;
    try {
      eta.set(settings.get().config(optimizer.get()).learningRate());
    } finally {
      showingEta = false;
    }
  }

  /** {@code n} updates on the trainer, every one of them on the curves; then the slice. */
  private void pretrain(int n) {
    training.submit(cancelled -> {
      List<TrainingSnapshot> path = new ArrayList<>(n);
      for (int k = 0; k < n && !cancelled.getAsBoolean(); k++) {
        path.add(session.advance(1));
      }
      return new Pretrained(path, chunk(session.snapshot()));
    }, p -> {
      for (TrainingSnapshot s : p.path()) {
        addToTrail(s);
      }
      showChunk(p.last());
      recomputeSlice();
    });
  }

  /** Training's path through a pre-run, and its last chunk with the decision picture. */
  private record Pretrained(List<TrainingSnapshot> path, Chunk last) {}

    /** No training chunk on its way and the slice drawn (FX thread). */
  public boolean isIdle() {
    return training.pending() == 0 && snapshot.get() != null && sliceProgress.get() >= 1 && slice.get() != null;
  }

  /** Rebuilds the slice through the current weights. */
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

  /** What training needs from the properties, read on the FX thread. */
  private record Settings(OptimizerConfig config, double lambda, int batch, long seed) {
    TrainingSession session(NetObjective objective, double[] theta) {
      return new TrainingSession(objective, config(), batch, theta, seed);
    }

    TrainingSession continued(TrainingSession run, NetObjective objective) {
      return run.continueWith(objective, config(), batch, seed);
    }

  }

  private Settings settings() {
    return new Settings(settings.get().config(optimizer.get()), lambda.get(), Math.max(1, batchSize.get()),
        seed.get());
  }

  /** The run goes on from its weights with the new settings; its counts go on too. */
  private void continueWithNewSettings() {
    Settings s = settings();
    Dataset d = data.get();
    NetLayout l = layout.get();
    training.submit(cancelled -> {
      if (session == null) {
        return null;
      }
      session = s.continued(session, new NetObjective(l, d, s.lambda()));
      return chunk(session.advance(0));
    }, this::showChunk);
  }

  /** Snapshots kept for a net of {@code parameters} weights: the memory budget over the weights. */
  public static int historyCapacity(int parameters) {
    return Math.max(MIN_HISTORY, Math.min(MAX_HISTORY, HISTORY_BUDGET / Math.max(1, parameters)));
  }

  /** k updates on the trainer, unless a chunk is still on its way (the frame shows the latest). */
  private void requestChunk(int k) {
    if (training.pending() > 0) {
      return;
    }
    training.submit(cancelled -> session == null ? null : chunk(session.advance(k)), this::showChunk);
  }

  /** A snapshot of training with the decision picture of its weights. */
  private record Chunk(TrainingSnapshot snapshot, Decision decision) {}

  /** On the trainer thread: the decision picture for the snapshot (none once diverged). */
  private Chunk chunk(TrainingSnapshot s) {
    NetObjective objective = session.objective();
    Decision grid = s.diverged() ? null : new Decision(objective.data(), objective.inputFrame(),
        objective.probabilityGrid(s.theta(), objective.inputFrame(), GRID, GRID));
    return new Chunk(s, grid);
  }

  /** One more point of the run on the curves and the slice's path. */
  private void addToTrail(TrainingSnapshot s) {
    if (!history.isEmpty() && history.get(history.size() - 1).updates() == s.updates()) {
      return;
    }
    trail.add(new Point(s.updates(), s.epochs(), s.loss(), s.accuracy(), s.layerGradientNorms(), s.theta()));
    history.setAll(trail.points());
    extendSlicePath(s.theta());
  }

  /** On the FX thread: a chunk of the current run arrived. */
  private void showChunk(Chunk c) {
    if (c == null) {
      return;
    }
    TrainingSnapshot s = c.snapshot();
    Decision grid = c.decision();
    snapshot.set(s);
    if (grid != null) {
      decision.set(grid);
    }
    if (history.isEmpty() || history.get(history.size() - 1).updates() != s.updates()) {
      addToTrail(s);
    }
    if (sliceWhenIdle) {
      sliceWhenIdle = false;
      recomputeSlice();
    }
    if (s.diverged()) {
      playing.set(false);
      if (timer != null) {
        timer.stop();
      }
      message.set("Training diverged after " + s.updates() + " updates: the loss is no longer a"
          + " finite number. Lower η and press Reset.");
    }
  }

  /** Everything the slice needs, captured on the FX thread so the worker reads no property. */
  private record SliceRequest(double[] theta, NetLayout layout, Dataset data, double lambda,
      SliceMode mode, int weightA, int weightB, long seed, List<double[]> path,
      ReadOnlyDoubleWrapper progress, java.util.function.Consumer<Slice> preview, boolean parallel,
      boolean live) {}

  /**
   * The path on the slice grows live: projecting θ onto the plane costs a few dot products. While
   * training plays on the plane through the path, a new plane is taken (one at a time) as soon as
   * the current point leaves the picture, or once the path has moved when the picture had to fall
   * back to random directions: the picture keeps up with training.
   */
  private void extendSlicePath(double[] theta) {
    Slice current = slice.get();
    boolean retake;
    if (current == null || slicePath == null) {
      retake = true; // a new run: the slice shown belongs to the last one
    } else {
      double[] ab = current.objective().slice().project(theta);
      slicePath.add(ab);
      slice.set(current.withPath(slicePath.points()));
      boolean outside = !current.objective().domain().contains(ab[0], ab[1]);
      boolean fellBack = current.mode() != sliceMode.get();
      retake = sliceMode.get() == SliceMode.TRAJECTORY && (outside || fellBack);
    }
    if (retake && playing.get() && sliceProgress.get() == 1) {
      recomputeSliceAt(theta, true);
    }
  }

  /** A computed slice, with the path re-projected: it has grown while the picture was made. */
  private void publishSlice(Slice s) {
    slicePath = trail.map(p -> s.objective().slice().project(p.theta()));
    slice.set(s.withPath(slicePath.points()));
  }

  private void recomputeSliceAt(double[] theta) {
    recomputeSliceAt(theta, false);
  }

  /** {@code live}: a retake while training plays, at preview resolution only (the sharp one comes on pause). */
  private void recomputeSliceAt(double[] theta, boolean live) {
    if (layout.get() == null || weightA.get() == weightB.get()) {
      return;
    }
    List<double[]> path = new ArrayList<>();
    for (Point p : history) {
      path.add(p.theta());
    }
    if (path.isEmpty() || !java.util.Arrays.equals(path.get(path.size() - 1), theta)) {
      path.add(theta); // the path ends where the slice is taken
    }
    sliceProgress.set(0);
    sliceComputation.submit(new SliceRequest(theta, layout.get(), data.get(), lambda.get(),
        sliceMode.get(), weightA.get(), weightB.get(), seed.get(), path, sliceProgress, this::publishSlice,
        !playing.get(), live));
  }

  private Slice computeSlice(SliceRequest r, java.util.function.BooleanSupplier stale) {
    SliceMode mode = r.mode() == SliceMode.TRAJECTORY && !TrajectoryPlane.isDefined(r.path())
        ? SliceMode.RANDOM : r.mode();
    WeightSlice ws = switch (mode) {
      case TRAJECTORY -> TrajectoryPlane.through(r.layout(), r.path(), r.seed() + 1000).slice();
      case RANDOM -> WeightSlice.filterNormalised(r.layout(), r.theta(), r.seed() + 1000);
      case CHOSEN -> WeightSlice.chosenWeights(r.layout(), r.theta(), r.weightA(), r.weightB());
    };
    List<double[]> projected = new ArrayList<>();
    for (double[] theta : r.path()) {
      projected.add(ws.project(theta));
    }
    Domain frame = switch (mode) {
      // The path with room around it, one scale on both axes (a and b are distances in weight space).
      case TRAJECTORY -> FittedFrame.around(projected, TRAJECTORY_MARGIN, 1e-6);
      case RANDOM -> Domain.square(1);
      case CHOSEN -> Domain.square(2);
    };
    SliceObjective f = new SliceObjective(new NetObjective(r.layout(), r.data(), r.lambda()), ws, frame);
    double share = ws.shareInPlane(r.path());
    // A coarse picture first (a twelfth of the work), then the sharp one.
    // While training plays it keeps one core; the slice takes the other.
    Heatmap coarse = Heatmap.render(f, f.domain(), PREVIEW_PIXELS, PREVIEW_PIXELS, stale, false);
    Slice preview = new Slice(f, coarse, projected, mode, share);
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
    return new Slice(f, map, projected, mode, share);
  }
}
