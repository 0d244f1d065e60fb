package org.gradientlab.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.gradientlab.app.GradientLabApp;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.ui.NetView;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.NetModel;

/**
 * Net training shown live through the real nets workspace on headless Monocle (1400×1000): 200
 * spiral points, full batch, the app's 5 updates asked per frame, for the 2-12-12-1 net (205
 * weights) and the 7-layer 2-12-12-12-12-12-12-1 net (829 weights). For 5 s of training after 2 s
 * of warm-up: animation frames per second (pulses), frames that showed a new chunk per second,
 * updates per second and per frame, and the FX thread's CPU share. Medians of 3 windows.
 *
 * <p>{@code mvn -q test-compile exec:exec@netlive}
 */
public final class NetLiveBench {

  private NetLiveBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("headless.geometry", "1920x1200-32");
    CountDownLatch up = new CountDownLatch(1);
    Platform.startup(up::countDown);
    up.await();
    int windows = Integer.getInteger("repeats", 3);
    List<String> table = new java.util.ArrayList<>();
    for (List<Integer> hidden : List.of(List.of(12, 12), List.of(12, 12, 12, 12, 12, 12))) {
      double[][] w = measure(hidden, windows);
      table.add(String.format("%-24s %8.1f %9.1f %9.0f %9.1f %7.0f%% %11.3f %9.2f %7.0f%% %11.2f", "2-" + hidden.stream()
              .map(String::valueOf).reduce((a, b) -> a + "-" + b).orElse("") + "-1",
          median(w, 0), median(w, 1), median(w, 2), median(w, 3), median(w, 4), median(w, 5), median(w, 6),
          median(w, 7), median(w, 8)));
    }
    System.out.printf("%n== NetLiveBench summary (200 spiral points, full batch, 5 updates asked per frame; "
        + "medians of %d windows of 5 s; load %s)%n", windows, LabRedrawBench.load());
    System.out.printf("%-24s %8s %9s %9s %9s %8s %11s %9s %8s %11s%n", "net", "frames/s", "chunks/s",
        "updates/s", "upd/frame", "FX CPU", "trainer ms", "FX ms", "slice", "render ms");
    System.out.printf("%-24s %8s %9s %9s %9s %8s %11s %9s %8s %11s%n", "", "", "", "", "", "",
        "per update", "per chunk", "CPU", "per frame");
    table.forEach(System.out::println);
    System.out.println("target: >= 60 frames/s with >= 5 updates per frame for both");
    Platform.exit();
    System.exit(0);
  }

  private static double median(double[][] w, int column) {
    double[] v = Arrays.stream(w).mapToDouble(r -> r[column]).sorted().toArray();
    return v[v.length / 2];
  }

  /** Per window: frames/s, shown chunks/s, updates/s, updates per frame, FX CPU %. */
  private static double[][] measure(List<Integer> hidden, int windows) throws Exception {
    Background background = Background.threads(Platform::runLater);
    long[] frames = new long[1];
    long[] chunks = new long[1];
    long[] fxCpu = new long[1];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    NetModel model = onFx(() -> {
      NetModel m = new NetModel(background);
      m.datasetProperty().set(ToyDatasets.Kind.SPIRALS);
      m.pointsProperty().set(200);
      m.batchSizeProperty().set(200);
      m.hiddenProperty().set(hidden);
      m.stepsPerFrameProperty().set(5);
      Stage stage = new Stage();
      stage.setScene(GradientLabApp.scene(new NetView(m)));
      stage.setWidth(1400);
      stage.setHeight(1000);
      stage.show();
      m.snapshotProperty().addListener((o, a, b) -> chunks[0]++);
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          frames[0]++;
          fxCpu[0] = threads.getCurrentThreadCpuTime();
        }
      }.start();
      return m;
    });
    Thread.sleep(1000);
    onFx(() -> {
      model.play();
      return null;
    });
    Thread.sleep(2000); // JIT warm-up
    double[][] out = new double[windows][];
    for (int i = 0; i < windows; i++) {
      long[] before = onFx(() -> new long[] {frames[0], chunks[0], updates(model), fxCpu[0]});
      long[] cpuBefore = cpuByThread(threads);
      long t0 = System.nanoTime();
      Thread.sleep(5000);
      long[] after = onFx(() -> new long[] {frames[0], chunks[0], updates(model), fxCpu[0]});
      long[] cpuAfter = cpuByThread(threads);
      double s = (System.nanoTime() - t0) / 1e9;
      double f = (after[0] - before[0]) / s;
      double u = (after[2] - before[2]) / s;
      long shown = after[1] - before[1];
      long trained = after[2] - before[2];
      out[i] = new double[] {f, shown / s, u, u / f, 100 * (after[3] - before[3]) / 1e9 / s,
          (cpuAfter[1] - cpuBefore[1]) / 1e6 / Math.max(1, trained),
          (cpuAfter[0] - cpuBefore[0]) / 1e6 / Math.max(1, shown),
          (cpuAfter[2] - cpuBefore[2]) / 1e6 / s / 10,
          (cpuAfter[3] - cpuBefore[3]) / 1e6 / Math.max(1, after[0] - before[0])};
      System.out.printf("%s window %d: %.1f frames/s, %.1f chunks/s, %.0f updates/s, %.1f updates/frame, "
          + "FX CPU %.0f%%; CPU: trainer %.3f ms/update, FX %.2f ms/chunk, slice %.0f%%, renderer %.2f ms/frame%n",
          hidden, i + 1, out[i][0], out[i][1], out[i][2], out[i][3], out[i][4], out[i][5], out[i][6],
          out[i][7], out[i][8]);
    }
    onFx(() -> {
      model.pause();
      model.dispose();
      return null;
    });
    return out;
  }

  /** CPU ns so far of the FX thread, the trainer, the slicer and the renderer (summed over same names). */
  private static long[] cpuByThread(java.lang.management.ThreadMXBean threads) {
    String[] names = {"JavaFX Application Thread", "net-training", "net-slice", "QuantumRenderer"};
    long[] out = new long[names.length];
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      for (int k = 0; k < names.length; k++) {
        if (info.getThreadName().startsWith(names[k])) {
          out[k] += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
        }
      }
    }
    return out;
  }

  private static long updates(NetModel model) {
    TrainingSnapshot s = model.snapshotProperty().get();
    return s == null ? 0 : s.updates();
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
    java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
    Platform.runLater(task);
    return task.get(30, TimeUnit.SECONDS);
  }
}
