package org.gradientlab.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;

/**
 * The lab's table: the trajectories of a run, one row per optimizer and step (k, θ, f, ‖∇f‖),
 * header first. Numbers are written in Java's shortest round-trip form: the file holds exactly the
 * computed doubles. {@link WorkspaceCsv} writes it with its JSON sidecar.
 */
public final class TrajectoryCsv {

  private TrajectoryCsv() {}

  /** run.csv → run.json. */
  public static Path sidecar(Path csv) {
    String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
    return csv.resolveSibling(name + ".json");
  }

  static void table(SceneResult r, Writer w) throws IOException {
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
