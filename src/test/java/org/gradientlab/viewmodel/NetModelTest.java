package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The net lab's model on the FX thread (its publisher), without a window. */
@ExtendWith(ApplicationExtension.class)
class NetModelTest {

  private NetModel model;

  @AfterEach
  void stop() throws Exception {
    if (model != null) {
      WaitForAsyncUtils.asyncFx(model::dispose).get();
    }
  }

  @Test
  void switchingOptimizerOrBatchMidRunKeepsTheRunsCountsConsistent() throws Exception {
    // n = 200. 20 updates of Adam on batches of 50, then 10 of GD on 50, then 10 of GD on 100:
    // 40 updates and (20·50 + 10·50 + 10·100)/200 = 12.5 epochs; never "210 updates = 0 epochs".
    model = WaitForAsyncUtils.asyncFx(NetModel::new).get();
    fx(() -> model.batchSizeProperty().set(50));
    await(() -> model.snapshotProperty().get() != null);
    stepTo(20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);

    fx(() -> model.optimizerProperty().set(GradientDescent.KIND));
    await(() -> model.snapshotProperty().get().updates() == 20);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(5.0);
    stepTo(30);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(7.5);

    fx(() -> model.batchSizeProperty().set(100));
    stepTo(40);
    assertThat(model.snapshotProperty().get().epochs()).isEqualTo(12.5);

    // The curves' points go forward in updates and epochs: one run, one count.
    List<NetModel.Point> h = WaitForAsyncUtils.asyncFx(() -> List.copyOf(model.history())).get();
    for (int i = 1; i < h.size(); i++) {
      assertThat(h.get(i).updates()).isGreaterThan(h.get(i - 1).updates());
      assertThat(h.get(i).epochs()).isGreaterThan(h.get(i - 1).epochs());
    }
    assertThat(h.get(h.size() - 1).updates()).isEqualTo(40);
  }

  /** Steps (one update per chunk) until the run has made {@code updates} updates. */
  private void stepTo(long updates) throws Exception {
    while (WaitForAsyncUtils.asyncFx(() -> model.snapshotProperty().get().updates()).get() < updates) {
      long before = WaitForAsyncUtils.asyncFx(() -> model.snapshotProperty().get().updates()).get();
      fx(() -> model.step(1));
      await(() -> model.snapshotProperty().get().updates() > before);
    }
    assertThat(model.snapshotProperty().get().updates()).isEqualTo(updates);
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get();
  }

  private static void await(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    });
  }
}
