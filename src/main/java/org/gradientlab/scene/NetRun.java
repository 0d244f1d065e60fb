package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.Split;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.NetObjective;
import org.gradientlab.net.TrainingSession;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * A net scene trained for its steps by every optimizer of its race, with where each one's training
 * stood after every update: the loss, the accuracy, the validation loss and accuracy (with a split)
 * and the per-layer gradient norms. The same data, split, weights, batches and updates as the net
 * workspace trains from the same scene (both go through {@link #data}, {@link #objective},
 * {@link #validationObjective} and {@link #session}), so a lesson's claims are about what the
 * student sees.
 *
 * @param runs one array of snapshots per optimizer, in the order of {@code scene.optimizers()};
 *     entry k is where training stood after k updates
 */
public record NetRun(NetScene scene, List<TrainingSnapshot[]> runs) implements WorkspaceResult {

  public NetRun {
    runs = List.copyOf(runs);
    if (runs.size() != scene.optimizers().size()) {
      throw new IllegalArgumentException(runs.size() + " runs for a race of " + scene.optimizers().size());
    }
  }

  /** The run of a one-optimizer scene. */
  public NetRun(NetScene scene, TrainingSnapshot[] snapshots) {
    this(scene, List.<TrainingSnapshot[]>of(snapshots));
  }

  /** All the examples of {@code s}: its file's, or its toy dataset's. */
  public static Dataset data(NetScene s) {
    return s.imported() != null ? s.imported().dataset()
        : ToyDatasets.make(s.dataset(), s.points(), s.noise(), s.dataSeed());
  }

  /** The split of {@code s}'s examples (seeded by its data seed), or null when all of them train. */
  public static Split split(NetScene s) {
    if (s.validation() == 0) {
      return null;
    }
    Dataset d = data(s);
    return Split.holdingOut(d, NetScene.heldOut(d.size(), s.validation()), s.dataSeed());
  }

  /** The training objective of {@code s}: its training examples and λ. */
  public static NetObjective objective(NetScene s) {
    Split split = split(s);
    return new NetObjective(s.layout(), split == null ? data(s) : split.train(), s.lambda());
  }

  /** The loss on {@code s}'s held-out examples (no L2 term), or null without a split. */
  public static NetObjective validationObjective(NetScene s) {
    Split split = split(s);
    return split == null ? null : new NetObjective(s.layout(), split.validation(), 0);
  }

  /** A fresh training session of {@code s}'s leading optimizer from its initial weights. */
  public static TrainingSession session(NetScene s, NetObjective objective) {
    return session(s, s.optimizer(), objective, validationObjective(s));
  }

  /**
   * A fresh training session of {@code kind} with its own values: the scene's initial weights and
   * mini-batch seed, the same for every optimizer of the race.
   */
  public static TrainingSession session(NetScene s, OptimizerKind kind, NetObjective objective,
      NetObjective validation) {
    NetLayout layout = objective.layout();
    return new TrainingSession(objective, validation, s.config(kind), s.effectiveBatch(),
        layout.initialWeights(s.initialization(), s.seed()), s.seed());
  }

  /** Trains every optimizer of {@code s} for its steps, one update at a time. */
  public static NetRun of(NetScene s) {
    NetObjective objective = objective(s);
    NetObjective validation = validationObjective(s);
    List<TrainingSnapshot[]> runs = new ArrayList<>();
    for (OptimizerKind k : s.optimizers()) {
      TrainingSession session = session(s, k, objective, validation);
      TrainingSnapshot[] snapshots = new TrainingSnapshot[s.steps() + 1];
      snapshots[0] = session.snapshot();
      for (int i = 1; i <= s.steps(); i++) {
        snapshots[i] = session.advance(1);
      }
      runs.add(snapshots);
    }
    return new NetRun(s, runs);
  }

  /** The leading optimizer's snapshots. */
  public TrainingSnapshot[] snapshots() {
    return runs.get(0);
  }

  /** {@code kind}'s run alone, as the run of a one-optimizer scene. */
  public NetRun of(OptimizerKind kind) {
    int i = scene.optimizers().indexOf(kind);
    if (i < 0) {
      throw new IllegalArgumentException(kind.label() + " is not in this race");
    }
    return new NetRun(scene.withOptimizers(List.of(kind)), runs.get(i));
  }

  /** Where the leading optimizer's training stood after {@code update} updates (0 … steps). */
  public TrainingSnapshot at(int update) {
    return snapshots()[update];
  }

  public TrainingSnapshot last() {
    TrainingSnapshot[] s = snapshots();
    return s[s.length - 1];
  }

  /** The first update at which the leading optimizer's training had diverged, or −1. */
  public int divergedAt() {
    TrainingSnapshot[] s = snapshots();
    for (int k = 0; k < s.length; k++) {
      if (s[k].diverged()) {
        return k;
      }
    }
    return -1;
  }
}
