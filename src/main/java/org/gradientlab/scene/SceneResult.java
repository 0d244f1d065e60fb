package org.gradientlab.scene;

import java.util.List;
import org.gradientlab.objective.Objective;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Trajectory;
import org.gradientlab.stability.StabilityEdges;

/**
 * What running a scene produced: the objective as run (λ included), the settings, one trajectory
 * per racing optimizer (in the scene's order), and the stability edges.
 *
 * @param edges the edges at the known minimum nearest the start, or at the start itself when the
 *     landscape has no known minimum ({@code edgesAtMinimum} false)
 * @param computeNanos wall time of the engine work
 */
public record SceneResult(
    Scene scene,
    Objective objective,
    RunSettings settings,
    List<Trajectory> trajectories,
    StabilityEdges edges,
    boolean edgesAtMinimum,
    long computeNanos) implements WorkspaceResult {

  public SceneResult {
    trajectories = List.copyOf(trajectories);
  }

  /** The box a picture of this result shows before any pan or zoom: the scene's or the landscape's. */
  public org.gradientlab.objective.Domain view() {
    return scene.view() != null ? scene.view() : objective.domain();
  }

  /** The longest trajectory length: the number of frames playback can show. */
  public int maxLength() {
    int max = 0;
    for (Trajectory t : trajectories) {
      max = Math.max(max, t.length());
    }
    return max;
  }
}
