package org.gradientlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradientlab.run.Trajectory;
import org.gradientlab.optimizer.HyperparameterValues;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;

/**
 * The JSON sidecar of an export: every setting of the run (landscape, parameters, λ, start, steps,
 * seed) and each optimizer's run with the hyperparameters it ran with and its outcome, for tools
 * that prefer JSON to the CSV's comment header.
 */
public final class SceneJson {

  private SceneJson() {}

  public static void write(SceneResult r, Path file) throws IOException {
    Files.writeString(file, toJson(r), StandardCharsets.UTF_8);
  }

  public static String toJson(SceneResult r) {
    Scene s = r.scene();
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"landscape\": ").append(str(s.landscape().id())).append(",\n");
    b.append("  \"objective\": ").append(str(r.objective().formula())).append(",\n");
    b.append("  \"parameters\": {");
    List<String> params = new ArrayList<>();
    for (Map.Entry<String, String> e : s.landscape().parameters().entrySet()) {
      params.add(str(e.getKey()) + ": " + str(e.getValue()));
    }
    b.append(String.join(", ", params)).append("},\n");
    b.append("  \"lambda\": ").append(s.lambda()).append(",\n");
    var sch = s.schedule();
    b.append("  \"schedule\": {\"kind\": ").append(str(sch.kind().key())).append(", \"decay\": ")
        .append(sch.decay()).append(", \"every\": ").append(sch.every()).append(", \"eta_min\": ")
        .append(sch.etaMin()).append(", \"warmup\": ").append(sch.warmup()).append("},\n");
    double[] start = r.settings().start();
    b.append("  \"start\": [");
    for (int i = 0; i < start.length; i++) {
      b.append(i > 0 ? ", " : "").append(start[i]);
    }
    b.append("],\n");
    b.append("  \"steps\": ").append(s.steps()).append(",\n");
    b.append("  \"seed\": ").append(s.seed()).append(",\n");
    b.append("  \"runs\": [\n");
    List<String> runs = new ArrayList<>();
    for (Trajectory t : r.trajectories()) {
      runs.add("    {\"optimizer\": " + str(t.optimizer().kind().label()) + ", \"hyperparameters\": "
          + hyperparameters(t.optimizer().values()) + ", \"outcome\": " + str(org.gradientlab.run.OutcomeText.summary(t, r.view()))
          + ", \"iterates\": " + t.length() + ", \"final_f\": " + number(t.finalValue()) + "}");
    }
    b.append(String.join(",\n", runs)).append("\n  ]\n}\n");
    return b.toString();
  }

  /** {"eta": 0.1, "alpha": 0.9}: every value the optimizer ran with, keys as in scene files. */
  private static String hyperparameters(HyperparameterValues values) {
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, Double> e : values.values().entrySet()) {
      items.add(str(e.getKey()) + ": " + number(e.getValue()));
    }
    return "{" + String.join(", ", items) + "}";
  }

  private static String number(double v) {
    return Double.isFinite(v) ? Double.toString(v) : str(Double.toString(v));
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
