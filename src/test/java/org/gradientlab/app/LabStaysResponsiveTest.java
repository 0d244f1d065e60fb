package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.scene.SceneResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Extreme but valid settings, driven through the real lab views, never freeze the FX thread: a
 * ping posted to it every few milliseconds is answered within 300 ms throughout (or, where the
 * machine is so loaded that ordinary settings already take longer, within 5× what they take).
 *
 * <p>Waits alone cannot tell engine work on the FX thread from a loaded machine (running the whole
 * lab on the FX thread only doubles them here), so a sampler also reads the FX thread's stack every
 * millisecond and the test fails if it is caught inside the engine (optimizers, runs, objectives,
 * formulas) for 25 samples in a row: with the whole lab on the FX thread that streak reaches 70,
 * with the app's wiring it stays at 2–5 (single evaluations for status lines). The 50 ms latency
 * target is measured by {@code LabRedrawBench}: a timed bound that tight fails on a shared CI
 * machine.
 */
@ExtendWith(ApplicationExtension.class)
class LabStaysResponsiveTest {

  private static final double MAX_PING_MILLIS = 300;
  /** How much longer than with ordinary settings a ping may wait on a loaded machine. */
  private static final double NOISE = 5;
  /** Consecutive samples inside the engine that mean engine work is running on the FX thread. */
  private static final int ENGINE_STREAK = 25;

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  /** Posts a ping to the FX thread, waits for its answer, 5 ms later the next; keeps the worst wait. */
  private static final class Pinger implements AutoCloseable {
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    Pinger() {
      thread = new Thread(() -> {
        try {
          while (running) {
            long posted = System.nanoTime();
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(() -> {
              worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
              pings.incrementAndGet();
              answered.countDown();
            });
            answered.await(10, TimeUnit.SECONDS);
            Thread.sleep(5);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "fx-pinger");
      thread.setDaemon(true);
      thread.start();
    }

    double worstMillis() {
      return worstNanos.get() / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join(10_000);
    }
  }

  /**
   * Reads the FX thread's stack every millisecond and keeps the longest run of consecutive samples
   * caught inside the engine, with the stack that ended it: a single evaluation for a status line
   * is one sample at most, a run or a heat map on the FX thread is a long streak.
   */
  private static final class EngineOnFxSampler implements AutoCloseable {
    private static final java.util.regex.Pattern ENGINE = java.util.regex.Pattern.compile(
        "org\\.gradientlab\\.(optimizer|run|objective|formula|regression|stability)\\..*");
    private final Thread thread;
    private final AtomicLong samples = new AtomicLong();
    private volatile int longestStreak;
    private volatile String longestStack = "";
    private volatile boolean running = true;

    EngineOnFxSampler(Thread fx) {
      thread = new Thread(() -> {
        int streak = 0;
        while (running) {
          StackTraceElement[] stack = fx.getStackTrace();
          samples.incrementAndGet();
          boolean inEngine = java.util.Arrays.stream(stack)
              .anyMatch(frame -> ENGINE.matcher(frame.getClassName()).matches());
          streak = inEngine ? streak + 1 : 0;
          if (streak > longestStreak) {
            longestStreak = streak;
            longestStack = java.util.Arrays.stream(stack).limit(12).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("\n  at "));
          }
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }, "fx-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join(10_000);
    }
  }

  /** Waits until the lab shows a result for what was just set, and its picture is drawn. */
  private void awaitDrawn(java.util.function.Predicate<SceneResult> isIt) throws Exception {
    LabWindowFixture.await(() -> {
      SceneResult r = lab.model.getResult();
      if (r == null || !isIt.test(r)) {
        return false;
      }
      var plane = lab.window.lab().landscapeView();
      return r.objective().dimension() == 1 || plane.heatmapProperty().get() != null
          && plane.heatmapProperty().get().objective() == r.objective();
    });
  }

  /** Drives the lab through the same kinds of change with ordinary values; the worst ping wait. */
  private double ordinaryWorstMillis(FxRobot robot) throws Exception {
    try (Pinger pinger = new Pinger()) {
      robot.interact(() -> {
        lab.model.etaProperty().set(0.5);
        lab.model.stepsProperty().set(300);
      });
      awaitDrawn(r -> r.scene().steps() == 300);
      robot.interact(() -> lab.model.lambdaProperty().set(0.5));
      awaitDrawn(r -> r.scene().lambda() == 0.5);
      robot.interact(() -> lab.model.setLandscapeParameter("kappa", "20"));
      awaitDrawn(r -> "20".equals(r.scene().landscape().parameters().get("kappa")));
      robot.interact(() -> lab.model.lambdaProperty().set(0));
      awaitDrawn(r -> r.scene().lambda() == 0);
      return pinger.worstMillis();
    }
  }

  @Test
  void theFxThreadNeverFreezesUnderExtremeSettings(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("bowl"));
    awaitDrawn(r -> r.objective().dimension() == 2);
    double ordinary = ordinaryWorstMillis(robot);
    Thread fx = WaitForAsyncUtils.asyncFx(Thread::currentThread).get();
    try (Pinger pinger = new Pinger(); EngineOnFxSampler sampler = new EngineOnFxSampler(fx)) {
      // Adam at η = 1e6 for 100 000 steps: every step jumps ~10⁶ across the plot.
      robot.interact(() -> {
        lab.model.setRacing(Adam.KIND, true);
        lab.model.setRacing(GradientDescent.KIND, false);
        lab.model.etaProperty().set(1e6);
        lab.model.stepsProperty().set(100_000);
      });
      awaitDrawn(r -> r.scene().steps() == 100_000 && r.trajectories().size() == 1
          && r.trajectories().get(0).length() == 100_001);
      // λ = 1e12 on top, then the bowl's largest condition number (its range ends at κ = 1000).
      robot.interact(() -> lab.model.lambdaProperty().set(1e12));
      awaitDrawn(r -> r.scene().lambda() == 1e12);
      robot.interact(() -> lab.model.setLandscapeParameter("kappa", "1000"));
      awaitDrawn(r -> "1000".equals(r.scene().landscape().parameters().get("kappa")));
      // Formulas that are undefined at the start, or on half the plane.
      robot.interact(() -> {
        lab.model.lambdaProperty().set(0);
        lab.model.selectLandscape("formula");
        lab.model.setRacing(GradientDescent.KIND, true);
        lab.model.etaProperty().set(1e6);
        lab.model.stepsProperty().set(100_000);
      });
      for (String f : new String[] {"sqrt(x)+y^2", "log(x*y)", "1/(x*y)", "log(x)"}) {
        robot.interact(() -> lab.model.setLandscapeParameter("f", f));
        awaitDrawn(r -> f.equals(r.scene().landscape().parameters().get("f")));
      }
      assertThat(LabWindowFixture.text(robot, "#status-gd")).startsWith("f is undefined at the start");
      assertThat(pinger.pings.get()).isGreaterThan(10);
      assertThat(sampler.longestStreak)
          .as("consecutive millisecond samples of the FX thread inside the engine, the last:\n  %s",
              sampler.longestStack)
          .isLessThan(ENGINE_STREAK);
      assertThat(sampler.samples.get()).isGreaterThan(100);
      // On a machine so loaded that ordinary settings already keep a ping waiting long, the bound
      // is what ordinary settings cost there, with room for noise.
      double bound = Math.max(MAX_PING_MILLIS, NOISE * ordinary);
      assertThat(pinger.worstMillis())
          .as("the longest wait of a ping to the FX thread, ms (ordinary settings: %.1f ms)", ordinary)
          .isLessThan(bound);
    }
  }
}
