package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestWinsComputationTest {

  @Test
  void requestsArrivingDuringAComputationCollapseIntoTheLatestOne() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    List<Integer> computed = new ArrayList<>();
    List<Integer> published = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(2);
    ExecutorService worker = LatestWinsComputation.newWorker("test");
    LatestWinsComputation<Integer, Integer> c =
        new LatestWinsComputation<>(
            (input, isStale) -> {
              synchronized (computed) {
                computed.add(input);
              }
              if (input == 1) {
                firstStarted.countDown();
                releaseFirst.await();
              }
              return input * 10;
            },
            worker,
            Runnable::run,
            r -> {
              synchronized (published) {
                published.add(r);
              }
              done.countDown();
            },
            e -> {});
    c.submit(1);
    firstStarted.await();
    for (int i = 2; i <= 50; i++) {
      c.submit(i);
    }
    releaseFirst.countDown();
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    // 1 was in flight and still published (fresher than nothing); 2 … 49 were superseded.
    assertThat(computed).containsExactly(1, 50);
    assertThat(published).containsExactly(10, 500);
    worker.shutdown();
  }

  @Test
  void workThatNoticesItIsStaleIsNotPublished() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    List<Integer> published = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    ExecutorService worker = LatestWinsComputation.newWorker("test");
    LatestWinsComputation<Integer, Integer> c =
        new LatestWinsComputation<>(
            (input, isStale) -> {
              if (input == 1) {
                started.countDown();
                while (!isStale.getAsBoolean()) {
                  Thread.onSpinWait();
                }
                return null; // gave up
              }
              return input;
            },
            worker,
            Runnable::run,
            r -> {
              published.add(r);
              done.countDown();
            },
            e -> {});
    c.submit(1);
    started.await();
    c.submit(2);
    assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(published).containsExactly(2);
    worker.shutdown();
  }

  @Test
  void errorsAreReportedNotThrown() throws Exception {
    List<String> errors = new ArrayList<>();
    LatestWinsComputation<Integer, Integer> c =
        new LatestWinsComputation<>(
            (input, isStale) -> {
              throw new IllegalArgumentException("bad input " + input);
            },
            Runnable::run,
            Runnable::run,
            r -> {},
            e -> errors.add(e.getMessage()));
    c.submit(7);
    assertThat(errors).containsExactly("bad input 7");
  }
}
