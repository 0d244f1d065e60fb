package org.gradientlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ImportedData;
import org.gradientlab.format.Numbers;

/**
 * Bringing one's own data: a file chooser, then a preview of what was read — how many rows, the
 * columns, the first rows as written, the classes or the range of every column — and every bad row
 * with its line and reason. "Use these data" is only offered when the file has none.
 */
public final class CsvPreview {

  /** Features beyond this size saturate tanh and sigmoid units: the preview suggests scaling them. */
  static final double LARGE_FEATURE = 10;

  private CsvPreview() {}

  /** Asks for a CSV file and previews it; the data when the student accepts them. */
  public static Optional<ImportedData> chooseAndPreview(Window owner, CsvImport.Shape shape, int maxRows) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import " + shape.description() + " from a CSV file");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV table", "*.csv", "*.txt"));
    File f = chooser.showOpenDialog(owner);
    return f == null ? Optional.empty() : preview(owner, f.toPath(), shape, maxRows);
  }

  /** Reads {@code file} and shows the preview; the data when the student accepts them. */
  public static Optional<ImportedData> preview(Window owner, Path file, CsvImport.Shape shape, int maxRows) {
    CsvImport.Result r = CsvImport.read(file, shape, maxRows);
    Dialog<ButtonType> dialog = new Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle("Import " + file.getFileName());
    dialog.setHeaderText(r.ok() ? "Use these data? Training starts over on them."
        : "This file cannot be used: fix the lines below and import it again.");
    dialog.getDialogPane().setContent(content(r));
    ButtonType use = new ButtonType("Use these data", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(use).setDisable(!r.ok());
    Optional<ButtonType> answer = dialog.showAndWait();
    return answer.isPresent() && answer.get() == use && r.ok()
        ? Optional.of(new ImportedData(file.toString(), r.dataset())) : Optional.empty();
  }

  /** The preview of {@code r}: a summary, the first rows, and the problems (red) if any. */
  public static Node content(CsvImport.Result r) {
    VBox box = new VBox(8);
    box.setId("csv-preview");
    box.setMaxWidth(560);
    Label summary = new Label(summary(r));
    summary.setId("csv-summary");
    summary.setWrapText(true);
    box.getChildren().add(summary);
    if (!r.preview().isEmpty()) {
      GridPane rows = new GridPane();
      rows.setId("csv-rows");
      rows.setHgap(14);
      rows.setVgap(2);
      for (int j = 0; j < r.columns().size(); j++) {
        Label head = new Label(r.columns().get(j));
        head.setStyle("-fx-font-weight: bold;");
        rows.add(head, j, 0);
      }
      for (int i = 0; i < r.preview().size(); i++) {
        List<String> row = r.preview().get(i);
        for (int j = 0; j < row.size(); j++) {
          rows.add(new Label(row.get(j)), j, i + 1);
        }
      }
      box.getChildren().add(rows);
    }
    String warning = r.ok() ? warning(r.dataset()) : "";
    if (!warning.isEmpty()) {
      Label w = new Label(warning);
      w.setId("csv-warning");
      w.setWrapText(true);
      box.getChildren().add(w);
    }
    if (!r.problems().isEmpty()) {
      Label problems = new Label(r.problemText());
      problems.setId("csv-problems");
      // The dialog has its own scene, without the app's stylesheet: say it in red here.
      problems.setStyle("-fx-text-fill: #f85149;");
      problems.setWrapText(true);
      box.getChildren().add(problems);
    }
    return box;
  }

  /** "120 rows · class 0: 60, class 1: 60 · x₁ from −1.2 to 2.1 · x₂ from …", or what is wrong. */
  static String summary(CsvImport.Result r) {
    List<String> parts = new ArrayList<>();
    parts.add(r.source());
    parts.add(r.rows() + (r.rows() == 1 ? " row" : " rows") + " of " + r.shape().description());
    Dataset d = r.dataset();
    if (d != null) {
      if (r.shape() == CsvImport.Shape.CLASSIFICATION) {
        int ones = 0;
        for (int i = 0; i < d.size(); i++) {
          ones += d.target(i) == 1 ? 1 : 0;
        }
        parts.add("class 0: " + (d.size() - ones) + ", class 1: " + ones);
      }
      for (int j = 0; j < d.featureCount(); j++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.size(); i++) {
          lo = Math.min(lo, d.feature(i, j));
          hi = Math.max(hi, d.feature(i, j));
        }
        parts.add(d.featureNames().get(j) + " from " + Numbers.compact(lo) + " to " + Numbers.compact(hi));
      }
    } else {
      int n = r.problems().size() + r.unlisted();
      parts.add(n + (n == 1 ? " problem" : " problems"));
    }
    return String.join(" · ", parts);
  }

  /** A hint when a net's units would saturate on the features, else "". */
  static String warning(Dataset d) {
    if (d.featureCount() != 2) {
      return "";
    }
    double largest = 0;
    for (int i = 0; i < d.size(); i++) {
      for (int j = 0; j < d.featureCount(); j++) {
        largest = Math.max(largest, Math.abs(d.feature(i, j)));
      }
    }
    return largest > LARGE_FEATURE
        ? "The features reach " + Numbers.compact(largest) + ": tanh and sigmoid units saturate on large"
            + " inputs and training crawls. Scaled to about −2 … 2 they train far better."
        : "";
  }
}
