package org.gradientlab.scene;

import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.NetObjective;
import org.gradientlab.net.TrainingSession;
import org.gradientlab.net.TrainingSnapshot;

/**
 * A net scene trained for its steps, with where training stood after every update: the loss, the
 * accuracy and the per-layer gradient norms. The same data, weights, batches and updates as the
 * net workspace trains from the same scene (both go through {@link #objective} and
 * {@link #session}), so a lesson's claims are about what the student sees.
 */
public record NetRun(NetScene scene, TrainingSnapshot[] snapshots) implements WorkspaceResult {

  /** The data of {@code s}. */
  public static Dataset data(NetScene s) {
    return ToyDatasets.make(s.dataset(), s.points(), s.noise(), s.dataSeed());
  }

  /** The training objective of {@code s}. */
  public static NetObjective objective(NetScene s) {
    return new NetObjective(s.layout(), data(s), s.lambda());
  }

  /** A fresh training session of {@code s} from its initial weights. */
  public static TrainingSession session(NetScene s, NetObjective objective) {
    NetLayout layout = objective.layout();
    return new TrainingSession(objective, s.config(), s.effectiveBatch(),
        layout.initialWeights(s.initialization(), s.seed()), s.seed());
  }

  /** Trains {@code s} for its steps, one update at a time. */
  public static NetRun of(NetScene s) {
    TrainingSession session = session(s, objective(s));
    TrainingSnapshot[] snapshots = new TrainingSnapshot[s.steps() + 1];
    snapshots[0] = session.snapshot();
    for (int k = 1; k <= s.steps(); k++) {
      snapshots[k] = session.advance(1);
    }
    return new NetRun(s, snapshots);
  }

  /** Where training stood after {@code update} updates (0 … steps). */
  public TrainingSnapshot at(int update) {
    return snapshots[update];
  }

  public TrainingSnapshot last() {
    return snapshots[snapshots.length - 1];
  }

  /** The first update at which training had diverged, or −1. */
  public int divergedAt() {
    for (int k = 0; k < snapshots.length; k++) {
      if (snapshots[k].diverged()) {
        return k;
      }
    }
    return -1;
  }
}
