package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.ImportedData;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.Test;

/**
 * The net lab's model without a window: its background is the calling thread, so every request is
 * done and published before the call returns.
 */
class NetModelTest {

  @Test
  void switchingOptimizerOrBatchMidRunKeepsTheRunsCountsConsistent() {
    NetModel model = new NetModel(Background.callingThread());
    // n = 200. 20 updates of Adam on batches of 50, then 10 of GD on 50, then 10 of GD on 100:
    // 40 updates and (20·50 + 10·50 + 10·100)/200 = 12.5 epochs; never "210 updates = 0 epochs".
    model.batchSizeProperty().set(50);
    assertThat(model.snapshotProperty().get()).isNotNull();
    stepTo(model, 20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);

    model.optimizerProperty().set(GradientDescent.KIND);
    assertThat(model.snapshotProperty().get().updates()).isEqualTo(20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);
    stepTo(model, 30);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(7.5);

    model.batchSizeProperty().set(100);
    stepTo(model, 40);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(12.5);

    // The curves' points go forward in updates and epochs: one run, one count.
    List<NetModel.Point> h = List.copyOf(model.history());
    for (int i = 1; i < h.size(); i++) {
      assertThat(h.get(i).updates()).isGreaterThan(h.get(i - 1).updates());
      assertThat(h.get(i).epochs()).isGreaterThan(h.get(i - 1).epochs());
    }
    assertThat(h.get(h.size() - 1).updates()).isEqualTo(40);
    model.dispose();
  }

  /** A small first scene: 40 moons, a 2–3–1 net, Adam alone. */
  private static NetModel small() {
    return new NetModel(Background.callingThread(), new org.gradientlab.scene.NetScene(ToyDatasets.Kind.MOONS,
        40, 0.1, 7, List.of(3), org.gradientlab.net.Activation.TANH, org.gradientlab.net.Initialization.XAVIER,
        Adam.KIND, org.gradientlab.scene.NetScene.initial().settings(), 0, 40, 1, 0,
        org.gradientlab.net.SliceMode.TRAJECTORY, 0, 1, org.gradientlab.scene.NetScene.initial().panels()));
  }

  @Test
  void joiningTheRaceStartsEveryOptimizerOverFromTheSameWeights() {
    NetModel model = small();
    model.step(5);
    model.setRacing(GradientDescent.KIND, true);
    assertThat(model.optimizersProperty().get()).containsExactly(Adam.KIND, GradientDescent.KIND);
    assertThat(model.snapshotsProperty().get().keySet()).containsExactly(Adam.KIND, GradientDescent.KIND);
    double[] adam = model.snapshotsProperty().get().get(Adam.KIND).theta();
    assertThat(model.snapshotsProperty().get().get(GradientDescent.KIND).theta()).containsExactly(adam);
    assertThat(model.snapshotProperty().get().updates()).isZero();
    model.step(3);
    assertThat(model.historiesProperty().get().get(GradientDescent.KIND)).hasSize(2); // updates 0 and 3
    assertThat(model.snapshotsProperty().get().get(GradientDescent.KIND).theta()).isNotEqualTo(
        model.snapshotsProperty().get().get(Adam.KIND).theta());
    // The slice shows both paths on the leader's plane.
    model.recomputeSlice();
    assertThat(model.sliceProperty().get().kinds()).containsExactly(Adam.KIND, GradientDescent.KIND);
    assertThat(model.sliceProperty().get().paths()).hasSize(2);
    // The last optimizer stays; the leader leaving makes the next one lead.
    model.setRacing(Adam.KIND, false);
    model.setRacing(GradientDescent.KIND, false);
    assertThat(model.optimizersProperty().get()).containsExactly(GradientDescent.KIND);
    assertThat(model.optimizerProperty().get()).isEqualTo(GradientDescent.KIND);
    model.setRacing(org.gradientlab.optimizer.Newton.KIND, true);
    assertThat(model.optimizersProperty().get()).containsExactly(GradientDescent.KIND);
    assertThat(model.messageProperty().get()).contains("Newton needs the Hessian");
    model.dispose();
  }

  @Test
  void holdingPointsOutTrainsOnTheRestAndImportedDataReplaceTheToyData() {
    NetModel model = small();
    model.validationProperty().set(0.25);
    assertThat(model.dataProperty().get().size()).isEqualTo(30);
    assertThat(model.validationDataProperty().get().size()).isEqualTo(10);
    assertThat(model.snapshotProperty().get().validationLoss()).isFinite();
    assertThat(model.decisionProperty().get().heldOut()).isEqualTo(model.validationDataProperty().get());

    var own = new ImportedData("own.csv", ToyDatasets.xor(20, 0.1, 2));
    model.importData(own);
    assertThat(model.dataProperty().get().size()).isEqualTo(15);
    assertThat(model.snapshot().imported()).isEqualTo(own);
    model.validationProperty().set(0);
    assertThat(model.dataProperty().get()).isEqualTo(own.dataset());
    model.useToyData();
    assertThat(model.dataProperty().get().size()).isEqualTo(40);
    assertThat(model.snapshot().imported()).isNull();
    // Too many held out for the points there are: said, not thrown.
    model.pointsProperty().set(4);
    model.validationProperty().set(0.9);
    assertThat(model.messageProperty().get()).contains("both sides need examples");
    model.dispose();
  }

  /** Steps (one update per chunk) until the run has made {@code updates} updates. */
  private static void stepTo(NetModel model, long updates) {
    while (model.snapshotProperty().get().updates() < updates) {
      long before = model.snapshotProperty().get().updates();
      model.step(1);
      assertThat(model.snapshotProperty().get().updates()).isEqualTo(before + 1);
    }
  }
}
