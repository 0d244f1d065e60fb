package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class SerialWorkTest {

  /** An executor that runs its tasks only when told: the test plays the worker thread. */
  private static final class ManualExecutor implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable r) {
      tasks.add(r);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  @Test
  void tasksRunAndPublishInTheOrderTheyWereSubmitted() {
    ManualExecutor worker = new ManualExecutor();
    List<String> published = new ArrayList<>();
    SerialWork work = new SerialWork(worker, Runnable::run, e -> published.add("error"));
    for (int i = 1; i <= 3; i++) {
      int n = i;
      work.submit(cancelled -> "phase " + n, published::add);
    }
    assertThat(work.pending()).isEqualTo(3);
    worker.runAll();
    assertThat(published).containsExactly("phase 1", "phase 2", "phase 3");
    assertThat(work.pending()).isZero();
  }

  @Test
  void cancelSkipsQueuedTasksTellsTheRunningOneAndPublishesNothingOld() {
    ManualExecutor worker = new ManualExecutor();
    ManualExecutor publisher = new ManualExecutor();
    List<String> published = new ArrayList<>();
    List<Boolean> sawCancel = new ArrayList<>();
    SerialWork work = new SerialWork(worker, publisher, e -> published.add("error"));
    work.submit(cancelled -> {
      work.cancel(); // as if the student pressed Reset while this phase ran
      sawCancel.add(cancelled.getAsBoolean());
      return "old running";
    }, published::add);
    work.submit(cancelled -> "old queued", published::add);
    worker.runAll();
    work.submit(cancelled -> "new", published::add);
    worker.runAll();
    publisher.runAll();
    assertThat(sawCancel).containsExactly(true);
    assertThat(published).containsExactly("new");
  }

  @Test
  void aFailureIsReportedOnceAndDropsTheRestOfItsGeneration() {
    ManualExecutor worker = new ManualExecutor();
    List<String> published = new ArrayList<>();
    SerialWork work = new SerialWork(worker, Runnable::run, e -> published.add("error: " + e.getMessage()));
    SerialWork.Task<String> failing = cancelled -> {
      throw new IllegalStateException("inner solve failed");
    };
    work.submit(failing, published::add);
    work.submit(cancelled -> "after the failure", published::add);
    worker.runAll();
    assertThat(published).containsExactly("error: inner solve failed");
  }

  @Test
  void aCancelledLatestWinsComputationNeverPublishesItsResult() {
    ManualExecutor worker = new ManualExecutor();
    List<Integer> published = new ArrayList<>();
    LatestWinsComputation<Integer, Integer> c = new LatestWinsComputation<>(
        (input, stale) -> input * 10, worker, Runnable::run, published::add, e -> { });
    c.submit(1);
    c.cancel();
    worker.runAll();
    c.submit(2);
    worker.runAll();
    assertThat(published).containsExactly(20);
  }

  @Test
  void theCallingThreadBackgroundRunsWorkAndPublishesAtOnce() {
    Background b = Background.callingThread();
    List<String> published = new ArrayList<>();
    try (Background.Worker w = b.worker("test")) {
      new SerialWork(w, b.publisher(), e -> { }).submit(cancelled -> "done", published::add);
    }
    assertThat(published).containsExactly("done");
  }
}
