package org.gradientlab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start-up time of the installed app: from launching the image's launcher to its first frame (the
 * app writes the wall-clock time of its second pulse after showing the window to the file named by
 * GRADIENTLAB_FIRST_FRAME). Every run is a first start in a fresh GRADIENTLAB_HOME (lessons copied,
 * nothing remembered), so the user's own folders are never touched. One untimed warm-up run (it
 * fills the file cache), then {@value #RUNS} timed ones; prints each, the median, and the median
 * CPU time of the process (less sensitive than wall time to other work on the machine).
 * Target: median under 3 s. Needs a display (Xvfb is fine).
 *
 * <p>{@code mvn -B package -Pdist} once, then {@code DISPLAY=:1 mvn -q -Pdist test-compile exec:exec@startup}
 */
public final class StartupBench {

  private static final int RUNS = 7;

  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    Path image = Path.of(args.length > 0 ? args[0] : "target/dist/GradientLab");
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    Path launcher = windows ? image.resolve("GradientLab.exe") : image.resolve("bin/GradientLab");
    if (!Files.isExecutable(launcher)) {
      System.err.println("no image at " + image + ": build it with mvn -B package -Pdist");
      System.exit(2);
    }
    List<Long> wall = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    for (int i = 0; i <= RUNS; i++) {
      long[] r = once(launcher);
      if (i == 0) {
        System.out.printf("warm-up: %d ms to the first frame%n", r[0]);
        continue;
      }
      wall.add(r[0]);
      cpu.add(r[1]);
      System.out.printf("run %d: %d ms to the first frame (process CPU %d ms)%n", i, r[0], r[1]);
    }
    System.out.printf("median of %d: %d ms to the first frame; process CPU %d ms (target < 3000 ms)%n",
        RUNS, median(wall), median(cpu));
  }

  /** Wall ms from launching to the first frame, and the process's CPU ms by then. */
  private static long[] once(Path launcher) throws Exception {
    Path home = Files.createTempDirectory("gradientlab-startup");
    Path frame = home.resolve("first-frame.txt");
    ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
        .redirectOutput(home.resolve("out.txt").toFile());
    pb.environment().put("GRADIENTLAB_HOME", home.resolve("user").toString());
    pb.environment().put("GRADIENTLAB_FIRST_FRAME", frame.toString());
    long t0 = System.currentTimeMillis();
    Process p = pb.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.exists(frame) || Files.size(frame) == 0) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("no first frame (exit " + (p.isAlive() ? "none" : p.exitValue())
              + "): " + Files.readString(home.resolve("out.txt")));
        }
        Thread.sleep(5);
      }
      long at = Long.parseLong(Files.readString(frame).trim());
      long cpuMs = p.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
      return new long[] {at - t0, cpuMs};
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
