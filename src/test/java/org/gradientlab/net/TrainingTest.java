package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.Test;

class TrainingTest {

  @Test
  void adamLearnsXorPerfectlyWithinAThousandSteps() {
    // XOR is not linearly separable; a 2–4–1 tanh net can represent it exactly. With clusters of
    // spread 0.15 around (±0.75, ±0.75) the classes do not overlap, so 100 % is reachable; Adam at
    // η = 0.05 gets there in a few hundred steps for this seed: 1000 leaves a wide margin.
    Dataset xor = ToyDatasets.xor(200, 0.15, 1);
    NetLayout layout = new NetLayout(List.of(4), Activation.TANH);
    NetObjective loss = new NetObjective(layout, xor, 0);
    TrainingSession session = new TrainingSession(loss, Adam.withDefaults(0.05), 200,
        layout.initialWeights(Initialization.XAVIER, 7), 7);
    TrainingSnapshot s = session.advance(0);
    for (int k = 0; k < 1000 && s.accuracy() < 1; k += 10) {
      s = session.advance(10);
    }
    assertThat(s.accuracy()).isEqualTo(1.0);
    assertThat(s.updates()).isLessThanOrEqualTo(1000);
    assertThat(s.loss()).isLessThan(0.3);
  }

  @Test
  void trainingIsDeterministicFromTheSeedAndMiniBatchesCountEpochs() {
    Dataset moons = ToyDatasets.moons(100, 0.1, 2);
    NetLayout layout = new NetLayout(List.of(6), Activation.RELU);
    NetObjective loss = new NetObjective(layout, moons, 0.001);
    double[] init = layout.initialWeights(Initialization.HE, 3);
    TrainingSnapshot a = new TrainingSession(loss, Adam.withDefaults(0.01), 10, init, 5).advance(50);
    TrainingSnapshot b = new TrainingSession(loss, Adam.withDefaults(0.01), 10, init, 5).advance(50);
    TrainingSnapshot c = new TrainingSession(loss, Adam.withDefaults(0.01), 10, init, 6).advance(50);
    assertThat(a.theta()).containsExactly(b.theta());
    assertThat(c.theta()).isNotEqualTo(a.theta());
    assertThat(a.epochs()).isEqualTo(5.0); // 50 updates of 10 of 100 examples
  }

  @Test
  void switchingOptimizerAndBatchMidRunKeepsCountingUpdatesAndEpochsOfTheRun() {
    // 30 updates of Adam on batches of 10, then 10 of GD on batches of 20, of n = 100 examples:
    // 40 updates and (30·10 + 10·20)/100 = 5 epochs; the weights go on from where Adam left them.
    Dataset moons = ToyDatasets.moons(100, 0.1, 2);
    NetLayout layout = new NetLayout(List.of(6), Activation.TANH);
    NetObjective loss = new NetObjective(layout, moons, 0);
    TrainingSession adam = new TrainingSession(loss, Adam.withDefaults(0.01), 10,
        layout.initialWeights(Initialization.XAVIER, 3), 5);
    TrainingSnapshot before = adam.advance(30);
    assertThat(before.epochs()).isEqualTo(3.0); // 30·10/100

    TrainingSession gd = adam.continueWith(new NetObjective(layout, moons, 0.01), new GradientDescent(0.1), 20, 5);
    TrainingSnapshot atSwitch = gd.advance(0);
    assertThat(atSwitch.updates()).isEqualTo(30);
    assertThat(atSwitch.epochs()).isEqualTo(3.0);
    assertThat(atSwitch.theta()).containsExactly(before.theta());
    TrainingSnapshot after = gd.advance(10);
    assertThat(after.updates()).isEqualTo(40);
    assertThat(after.epochs()).isEqualTo(5.0);
  }

  @Test
  void epochsCountExamplesSeenWhenTheBatchDoesNotDivideTheData() {
    // n = 100, b = 30: an epoch is batches of 30, 30, 30 and 10; after 5 updates 30·4 + 10 + 30 = 160
    // examples have been seen, 1.6 epochs.
    Dataset moons = ToyDatasets.moons(100, 0.1, 2);
    NetLayout layout = new NetLayout(List.of(3), Activation.TANH);
    TrainingSession s = new TrainingSession(new NetObjective(layout, moons, 0), new GradientDescent(0.1), 30,
        layout.initialWeights(Initialization.XAVIER, 3), 1);
    assertThat(s.advance(4).epochs()).isEqualTo(1.0);
    assertThat(s.advance(1).epochs()).isEqualTo(1.3);
    assertThat(s.advance(1).epochs()).isEqualTo(1.6);
  }

  @Test
  void aDivergingRunIsReportedNotThrown() {
    Dataset xor = ToyDatasets.xor(40, 0.1, 1);
    NetLayout layout = new NetLayout(List.of(4), Activation.RELU);
    NetObjective loss = new NetObjective(layout, xor, 0);
    TrainingSession session = new TrainingSession(loss, new GradientDescent(1e300), 40,
        layout.initialWeights(Initialization.NAIVE, 1), 1);
    TrainingSnapshot s = session.advance(20);
    assertThat(s.diverged()).isTrue();
    assertThat(s.updates()).isLessThan(20);
  }

  @Test
  void aSnapshotBetweenFullBatchUpdatesChangesNoNumberOfTheRun() {
    // The snapshot's gradient is reused by the next full-batch update: it must be the very same
    // numbers, so a run snapshotted after every update ends where a run snapshotted once ends.
    Dataset moons = ToyDatasets.moons(60, 0.2, 2);
    NetLayout layout = new NetLayout(List.of(5), Activation.TANH);
    NetObjective loss = new NetObjective(layout, moons, 0.01);
    double[] init = layout.initialWeights(Initialization.XAVIER, 3);
    for (var config : List.of(Adam.withDefaults(0.05), new GradientDescent(0.3),
        new org.gradientlab.optimizer.Nesterov(0.1, 0.9))) {
      TrainingSession once = new TrainingSession(loss, config, 60, init, 5);
      TrainingSession every = new TrainingSession(loss, config, 60, init, 5);
      TrainingSnapshot a = once.advance(25);
      TrainingSnapshot b = null;
      for (int k = 0; k < 25; k++) {
        b = every.advance(1);
      }
      assertThat(b.theta()).as("%s", config).containsExactly(a.theta());
      assertThat(b.epochs()).isEqualTo(a.epochs()).isEqualTo(25.0);
    }
  }

  /**
   * Every gradient-only optimizer of the catalog trains a net, the hypergradient-descent ones
   * included (their η adapts per mini-batch): on XOR the loss falls below its start.
   */
  @Test
  void everyOptimizerTheNetWorkspaceListsLowersTheLossOnXor() {
    Dataset xor = ToyDatasets.xor(200, 0.15, 1);
    NetLayout layout = new NetLayout(List.of(4), Activation.TANH);
    NetObjective loss = new NetObjective(layout, xor, 0);
    double[] init = layout.initialWeights(Initialization.XAVIER, 7);
    for (org.gradientlab.optimizer.OptimizerKind k : org.gradientlab.optimizer.OptimizerCatalog.standard().kinds()) {
      if (k.needsHessian()) {
        continue;
      }
      double eta = k.label().startsWith("Ada") || k.label().startsWith("RMS") ? 0.02 : 0.2;
      TrainingSession session = new TrainingSession(loss, k.withDefaults(eta), 20, init, 7);
      double start = session.advance(0).loss();
      TrainingSnapshot end = session.advance(300);
      assertThat(end.loss()).as(k.label()).isLessThan(start);
    }
  }

}
