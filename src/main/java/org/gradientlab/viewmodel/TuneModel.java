package org.gradientlab.viewmodel;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.LearningRateSweep;
import org.gradientlab.run.RunSettings;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;

/**
 * "Tune each": for the lab's current landscape, start and budget N, a sweep of η per racing
 * optimizer on a log grid (in the background, with progress), the best η of each by f after N
 * steps, and applying them (which unlinks the controls: the race becomes one of tuned optimizers).
 */
public final class TuneModel {

  /** The grid: the η slider's range, eight values a decade. */
  public static final double LOW = LearningRateSweep.TUNE_LOW;
  public static final double HIGH = LearningRateSweep.TUNE_HIGH;
  public static final int POINTS = LearningRateSweep.TUNE_POINTS;

  /** What was swept and what came out. */
  public record Sweep(Scene scene, List<LearningRateSweep> curves) {

    /** The criterion in words, shown beside the curves. */
    public String criterion() {
      return "lowest f after " + scene.steps() + " steps, η on a log grid of " + POINTS + " values from "
          + org.gradientlab.format.Numbers.compact(LOW) + " to " + org.gradientlab.format.Numbers.compact(HIGH)
          + " (a run that diverges counts as worst)";
    }
  }

  private final LabModel lab;
  private final ReadOnlyObjectWrapper<Sweep> sweep = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(1);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final Executor publisher;
  private final Executor worker;
  private final LatestWinsComputation<Scene, Sweep> computation;

  TuneModel(LabModel lab, Executor worker, Executor publisher) {
    this.lab = lab;
    this.worker = worker;
    this.publisher = publisher;
    SceneRunner runner = new SceneRunner(lab.catalog());
    computation = new LatestWinsComputation<>((scene, stale) -> {
      SceneResult r = runner.run(scene);
      RunSettings settings = r.settings();
      return new Sweep(scene, LearningRateSweep.sweep(r.objective(), scene.racingConfigs(), settings,
          scene.schedule(), LearningRateSweep.tuneGrid(), stale,
          f -> publisher.execute(() -> progress.set(f))));
    }, worker, publisher, s -> {
      progress.set(1);
      sweep.set(s);
    }, e -> {
      progress.set(1);
      error.set("Tuning failed: " + e.getMessage());
    });
  }

  /** The last finished sweep (null before the first). */
  public ReadOnlyObjectProperty<Sweep> sweepProperty() {
    return sweep.getReadOnlyProperty();
  }

  /** 1 when idle. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Sweeps η for each racing optimizer of the lab's scene as it is now. */
  public void tune() {
    error.set("");
    progress.set(0);
    computation.submit(lab.snapshot());
  }

  /** Gives each swept optimizer its best η (those whose every run diverged keep theirs). */
  public void apply() {
    Sweep s = sweep.get();
    if (s == null) {
      return;
    }
    lab.linkedControlsProperty().set(false);
    for (LearningRateSweep c : s.curves()) {
      if (!Double.isNaN(c.bestEta())) {
        lab.setHyperparameter(c.kind(), "eta", c.bestEta());
      }
    }
  }

  /** Whether {@code kind} was in the last sweep. */
  public boolean swept(OptimizerKind kind) {
    return sweep.get() != null && sweep.get().curves().stream().anyMatch(c -> c.kind() == kind);
  }

  void dispose() {
    computation.cancel();
    if (worker instanceof Background.Worker w) {
      w.close();
    }
  }
}
