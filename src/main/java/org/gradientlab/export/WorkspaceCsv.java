package org.gradientlab.export;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.ResultText;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.WorkspaceResult;
import org.gradientlab.scene.WorkspaceSceneCodec;

/**
 * The numbers of a run of any workspace as CSV with a JSON sidecar of its scene, written together
 * (both or neither): the lab's trajectories ({@link TrajectoryCsv}); a net's training, one row per
 * optimizer and update (loss, accuracy, validation loss and accuracy — empty without a split —,
 * per-layer gradient norms); an outer loop, one row per outer iteration
 * (λ, C, both losses, whether accepted, and the work so far in passes over the training data).
 * Plain tables, the header on the first line, that open in pandas and spreadsheets with no
 * options; the settings live in the sidecar. Only on request ({@code comments}) does the scene also
 * go above the header as {@code #} lines (for {@code pandas.read_csv(…, comment="#")}).
 */
public final class WorkspaceCsv {

  private WorkspaceCsv() {}

  /** Writes run.csv and run.json; returns the sidecar's path. */
  public static Path writeWithSidecar(WorkspaceResult r, Path csv, WorkspaceSceneCodec scenes) throws Exception {
    return writeWithSidecar(r, csv, scenes, false);
  }

  /** The same; with {@code comments} the scene and outcome also go above the header as # lines. */
  public static Path writeWithSidecar(WorkspaceResult r, Path csv, WorkspaceSceneCodec scenes,
      boolean comments) throws Exception {
    Path json = TrajectoryCsv.sidecar(csv);
    Map<Path, OutputFiles.Content> files = new LinkedHashMap<>();
    files.put(csv, temp -> {
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        write(r, w, scenes, comments);
      }
    });
    files.put(json, temp -> {
      if (r instanceof SceneResult lab) {
        SceneJson.write(lab, temp);
      } else {
        Files.writeString(temp, json(r, scenes), StandardCharsets.UTF_8);
      }
    });
    OutputFiles.writeAll(files);
    return json;
  }

  /** The table of {@code r}, with the comment lines first when asked for. */
  public static void write(WorkspaceResult r, Writer w, WorkspaceSceneCodec scenes, boolean comments)
      throws java.io.IOException {
    if (comments) {
      w.write("# Gradient Lab, " + r.scene().workspace().key() + " workspace. Scene:\n");
      for (String line : scenes.write(r.scene()).split("\n")) {
        w.write("# " + line + "\n");
      }
      for (String line : ResultText.lines(r)) {
        w.write("# " + line + "\n");
      }
    }
    if (r instanceof SceneResult lab) {
      TrajectoryCsv.table(lab, w);
    } else if (r instanceof NetRun net) {
      net(net, w);
    } else {
      hyper((HyperRun) r, w);
    }
  }

  static void net(NetRun r, Writer w) throws java.io.IOException {
    int layers = r.at(0).layerGradientNorms().length;
    StringBuilder header = new StringBuilder("optimizer,update,epochs,loss,accuracy,validation_loss,"
        + "validation_accuracy");
    for (int l = 1; l <= layers; l++) {
      header.append(",grad_norm_layer").append(l);
    }
    w.write(header.append('\n').toString());
    boolean validated = r.scene().validation() > 0;
    for (int i = 0; i < r.runs().size(); i++) {
      String optimizer = r.scene().optimizers().get(i).label();
      for (TrainingSnapshot s : r.runs().get(i)) {
        StringBuilder row = new StringBuilder(optimizer).append(',').append(s.updates()).append(',')
            .append(s.epochs()).append(',').append(s.loss()).append(',').append(s.accuracy()).append(',')
            .append(validated ? Double.toString(s.validationLoss()) : "").append(',')
            .append(validated ? Double.toString(s.validationAccuracy()) : "");
        for (double n : s.layerGradientNorms()) {
          row.append(',').append(n);
        }
        w.write(row.append('\n').toString());
      }
    }
  }

  static void hyper(HyperRun r, Writer w) throws java.io.IOException {
    // The work columns count everything spent up to and including the iteration.
    w.write("iteration,lambda,log_lambda,outer_value,validation_loss,train_loss,accepted,"
        + "loss_gradient_evaluations_so_far,loss_evaluations_so_far,hessian_vector_products_so_far,"
        + "full_hessians_so_far,cg_iterations_so_far,solves_short_of_tolerance_so_far\n");
    for (OuterLoop.Iterate i : r.iterates()) {
      w.write(i.iteration() + "," + i.lambda() + "," + Math.log(i.lambda()) + "," + i.outerValue() + ","
          + i.validationLoss() + "," + i.trainLoss() + "," + i.accepted() + "," + i.work().gradients() + ","
          + i.work().losses() + "," + i.work().hessianVectors() + "," + i.work().hessians() + ","
          + i.cgIterations() + "," + i.cappedSolves() + "\n");
    }
  }

  /** The scene (as its text, which reads back to the same scene) and how the run ended. */
  static String json(WorkspaceResult r, WorkspaceSceneCodec scenes) {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"workspace\": ").append(SceneJson.str(r.scene().workspace().key())).append(",\n");
    b.append("  \"scene\": {");
    String sep = "";
    for (String line : scenes.write(r.scene()).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        b.append(sep).append(SceneJson.str(line.substring(0, colon).trim())).append(": ")
            .append(SceneJson.str(line.substring(colon + 1).trim()));
        sep = ", ";
      }
    }
    b.append("},\n");
    b.append("  \"outcome\": ").append(SceneJson.str(String.join("; ", ResultText.lines(r)))).append("\n}\n");
    return b.toString();
  }
}
