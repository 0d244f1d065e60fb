package org.gradientlab.viewmodel;

import java.util.List;
import java.util.Optional;
import org.gradientlab.objective.Objective;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Trajectory;
import org.gradientlab.stability.StabilityEdges;

/**
 * One finished recomputation of the lab: the objective as run (λ included), the settings, one
 * trajectory per racing optimizer, and the stability edges at the minimum nearest the start.
 *
 * @param computeNanos wall time of the engine work, for the status bar and benchmarks
 */
public record LabResult(
    Objective objective,
    RunSettings settings,
    List<Trajectory> trajectories,
    Optional<StabilityEdges> edges,
    long computeNanos) {

  public LabResult {
    trajectories = List.copyOf(trajectories);
  }

  /** The longest trajectory length, i.e. the number of frames playback can show. */
  public int maxLength() {
    int max = 0;
    for (Trajectory t : trajectories) {
      max = Math.max(max, t.length());
    }
    return max;
  }
}
