package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.gradientlab.stability.Stability;

/**
 * The state of the lab as JavaFX properties, and the bridge to the engine: any change to an input
 * schedules one recomputation off the FX thread ({@link LatestWinsComputation}); the result is
 * published on the FX thread as one immutable {@link LabResult} that views observe.
 */
public final class LabModel {

  private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(new Parabola());
  private final DoubleProperty eta = new SimpleDoubleProperty(0.1);
  private final IntegerProperty steps = new SimpleIntegerProperty(100);
  private final DoubleProperty startX = new SimpleDoubleProperty(1);
  private final ReadOnlyObjectWrapper<LabResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final LatestWinsComputation<Request, LabResult> computation;

  /** The request the worker sees: a snapshot of the inputs, immutable. */
  private record Request(Objective objective, List<OptimizerConfig> optimizers, RunSettings settings) {}

  /** For the app: engine work on a daemon worker, results on the FX thread. */
  public LabModel() {
    this(LatestWinsComputation.newWorker("lab-engine"), Platform::runLater);
  }

  /** For tests: any worker and publisher, e.g. the calling thread for both. */
  public LabModel(Executor worker, Executor publisher) {
    computation =
        new LatestWinsComputation<>(
            (request, isStale) -> compute(request),
            worker,
            publisher,
            r -> {
              error.set("");
              result.set(r);
            },
            e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    for (ObservableValue<?> input : List.of(objective, eta, steps, startX)) {
      input.addListener((obs, was, now) -> recompute());
    }
    recompute();
  }

  public ObjectProperty<Objective> objectiveProperty() {
    return objective;
  }

  /** The learning rate η shared by every optimizer in the race. */
  public DoubleProperty etaProperty() {
    return eta;
  }

  public IntegerProperty stepsProperty() {
    return steps;
  }

  public DoubleProperty startXProperty() {
    return startX;
  }

  public ReadOnlyObjectProperty<LabResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public LabResult getResult() {
    return result.get();
  }

  /** The last engine error, or "" when the last computation succeeded. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  private void recompute() {
    List<OptimizerConfig> optimizers = new ArrayList<>();
    optimizers.add(OptimizerKind.GD.withDefaults(eta.get()));
    computation.submit(
        new Request(
            objective.get(),
            optimizers,
            new RunSettings(new double[] {startX.get()}, steps.get())));
  }

  private static LabResult compute(Request request) {
    long t0 = System.nanoTime();
    List<Trajectory> trajectories =
        Runner.race(request.objective(), request.optimizers(), request.settings());
    return new LabResult(
        request.objective(),
        request.settings(),
        trajectories,
        Stability.atMinimumNearest(request.objective(), request.settings().start()),
        System.nanoTime() - t0);
  }
}
