package org.gradientlab.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneResult;

/**
 * The trajectories of a run as CSV, one row per optimizer and step (k, θ, f, ‖∇f‖), with the run's
 * full scene as {@code #} comment lines on top, so the numbers can be reproduced in another tool.
 * Numbers are written in Java's shortest round-trip form: the file holds exactly the computed doubles.
 */
public final class TrajectoryCsv {

  private final SceneCodec codec;

  public TrajectoryCsv(SceneCodec codec) {
    this.codec = codec;
  }

  /**
   * Writes the CSV and its JSON sidecar (same name, .json) together: both or neither. Returns the
   * sidecar's path.
   */
  public Path writeWithSidecar(SceneResult r, Path csv) throws Exception {
    Path json = sidecar(csv);
    java.util.Map<Path, OutputFiles.Content> files = new java.util.LinkedHashMap<>();
    files.put(csv, temp -> write(r, temp));
    files.put(json, temp -> SceneJson.write(r, temp));
    OutputFiles.writeAll(files);
    return json;
  }

  /** run.csv → run.json. */
  public static Path sidecar(Path csv) {
    String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
    return csv.resolveSibling(name + ".json");
  }

  public void write(SceneResult r, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(r, w);
    }
  }

  public void write(SceneResult r, Writer w) throws IOException {
    w.write("# Gradient Lab trajectories. Scene:\n");
    for (String line : codec.write(r.scene()).split("\n")) {
      w.write("# " + line + "\n");
    }
    w.write("# objective: " + r.objective().formula() + "\n");
    for (Trajectory t : r.trajectories()) {
      w.write("# " + t.optimizer().kind().label() + ": "
          + org.gradientlab.run.OutcomeText.summary(t, r.view()) + "\n");
    }
    int n = r.objective().dimension();
    StringBuilder header = new StringBuilder("optimizer,k");
    for (String name : r.objective().parameterNames()) {
      header.append(',').append(name.replace(',', ' '));
    }
    header.append(",f,grad_norm\n");
    w.write(header.toString());
    for (Trajectory t : r.trajectories()) {
      String label = t.optimizer().kind().label();
      for (int k = 0; k < t.length(); k++) {
        StringBuilder row = new StringBuilder(label).append(',').append(k);
        for (int i = 0; i < n; i++) {
          row.append(',').append(t.theta(k, i));
        }
        row.append(',').append(t.value(k)).append(',').append(t.gradientNorm(k)).append('\n');
        w.write(row.toString());
      }
    }
  }
}
