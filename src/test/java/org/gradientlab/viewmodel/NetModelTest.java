package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The net lab's model without a window: its background is the calling thread, so every request is
 * done and published before the call returns.
 */
class NetModelTest {

  private final NetModel model = new NetModel(Background.callingThread());

  @AfterEach
  void stop() {
    model.dispose();
  }

  @Test
  void switchingOptimizerOrBatchMidRunKeepsTheRunsCountsConsistent() {
    // n = 200. 20 updates of Adam on batches of 50, then 10 of GD on 50, then 10 of GD on 100:
    // 40 updates and (20·50 + 10·50 + 10·100)/200 = 12.5 epochs; never "210 updates = 0 epochs".
    model.batchSizeProperty().set(50);
    assertThat(model.snapshotProperty().get()).isNotNull();
    stepTo(20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);

    model.optimizerProperty().set(GradientDescent.KIND);
    assertThat(model.snapshotProperty().get().updates()).isEqualTo(20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);
    stepTo(30);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(7.5);

    model.batchSizeProperty().set(100);
    stepTo(40);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(12.5);

    // The curves' points go forward in updates and epochs: one run, one count.
    List<NetModel.Point> h = List.copyOf(model.history());
    for (int i = 1; i < h.size(); i++) {
      assertThat(h.get(i).updates()).isGreaterThan(h.get(i - 1).updates());
      assertThat(h.get(i).epochs()).isGreaterThan(h.get(i - 1).epochs());
    }
    assertThat(h.get(h.size() - 1).updates()).isEqualTo(40);
  }

  /** Steps (one update per chunk) until the run has made {@code updates} updates. */
  private void stepTo(long updates) {
    while (model.snapshotProperty().get().updates() < updates) {
      long before = model.snapshotProperty().get().updates();
      model.step(1);
      assertThat(model.snapshotProperty().get().updates()).isEqualTo(before + 1);
    }
  }
}
