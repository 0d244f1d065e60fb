package org.gradientlab.viewmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.StepAnatomy;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;

/**
 * What each racing optimizer does inside at the step on screen: while the "inside" panel is shown,
 * the anatomy of step k = min(frame, last − 1) of every run, replayed off the FX thread with the
 * same gradients (latest wins while the student steps or drags).
 */
public final class InsideModel {

  /** The anatomies of one step of one result. */
  public record Inside(SceneResult result, int frame, Map<OptimizerKind, StepAnatomy> anatomies) {

    /** The step each optimizer's anatomy is of: min(frame, its last step − 1). */
    public static int stepOf(Trajectory t, int frame) {
      return Math.max(0, Math.min(frame, t.lastStep() - 1));
    }
  }

  private record Request(SceneResult result, int frame) {}

  private final ReadOnlyObjectWrapper<Inside> inside = new ReadOnlyObjectWrapper<>();
  private final LatestWinsComputation<Request, Inside> computation;

  InsideModel(LabModel lab, Executor worker, Executor publisher) {
    computation = new LatestWinsComputation<>((r, stale) -> compute(r), worker, publisher, inside::set,
        e -> inside.set(null));
    Runnable request = () -> {
      SceneResult r = lab.getResult();
      if (r != null && lab.panels().contains(Panel.INSIDE)) {
        computation.submit(new Request(r, lab.playback().getFrame()));
      }
    };
    lab.resultProperty().addListener((o, a, b) -> request.run());
    lab.playback().frameProperty().addListener((o, a, b) -> request.run());
    lab.panels().addListener((javafx.collections.SetChangeListener<Panel>) c -> request.run());
  }

  /** The anatomies on screen (null while the panel is hidden or before the first). */
  public ReadOnlyObjectProperty<Inside> insideProperty() {
    return inside.getReadOnlyProperty();
  }

  private static Inside compute(Request q) {
    Map<OptimizerKind, StepAnatomy> out = new LinkedHashMap<>();
    SceneResult r = q.result();
    RunSettings settings = r.settings();
    for (Trajectory t : r.trajectories()) {
      if (t.lastStep() < 1) {
        continue;
      }
      StepAnatomy a = Runner.anatomyAt(r.objective(), t.optimizer(), settings, r.scene().schedule(),
          Inside.stepOf(t, q.frame()));
      if (a != null) {
        out.put(t.optimizer().kind(), a);
      }
    }
    return new Inside(r, q.frame(), out);
  }

  void dispose() {
    computation.cancel();
  }
}
