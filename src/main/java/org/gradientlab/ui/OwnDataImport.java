package org.gradientlab.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.data.CsvImport;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.viewmodel.LabModel;

/**
 * One's own data under the dataset choice of a landscape fitted to data: "Import CSV…" in the
 * shape that landscape reads (x and y for the line fit, x₁, x₂ and a label for logistic
 * regression), previewed with every bad row by {@link CsvPreview}; "Preset data" to go back; and
 * which file is fitted. Shown only on landscapes that take data of one's own.
 */
final class OwnDataImport extends VBox {

  private final Tooltip importTip = new Tooltip();

  OwnDataImport(LabModel model) {
    super(4);
    setId("own-data-import");
    Button importCsv = new Button("Import CSV…", Icons.of("mdi2f-file-upload-outline"));
    importCsv.setId("own-data-import-button");
    importCsv.setTooltip(importTip);
    importCsv.setOnAction(e -> {
      CsvImport.Shape shape = model.ownDataShape();
      String id = model.landscapeProperty().get().id();
      if (shape != null) {
        CsvPreview.chooseAndPreview(getScene() == null ? null : getScene().getWindow(), shape,
            SceneCodec.MAX_OWN_POINTS).ifPresent(d -> model.useOwnData(id, d));
      }
    });
    Button preset = new Button("Preset data");
    preset.setId("own-data-preset");
    preset.setTooltip(new Tooltip("Back to the dataset chosen above"));
    preset.setOnAction(e -> model.setLandscapeParameter("data",
        model.landscapeProperty().get().parameters().getOrDefault("data", "")));
    preset.disableProperty().bind(model.dataProperty().isNull());
    Label file = new Label();
    file.setId("own-data-file");
    file.getStyleClass().add("hint");
    file.setWrapText(true);
    file.textProperty().bind(Bindings.createStringBinding(() -> model.dataProperty().get() == null ? ""
        : "fitting " + model.dataProperty().get().describe(), model.dataProperty()));
    file.managedProperty().bind(model.dataProperty().isNotNull());
    file.visibleProperty().bind(file.managedProperty());
    HBox buttons = new HBox(6, importCsv, preset);
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(buttons, file);
    visibleProperty().bind(Bindings.createBooleanBinding(
        () -> model.landscapeProperty().get() != null && model.ownDataShape() != null,
        model.landscapeProperty()));
    managedProperty().bind(visibleProperty());
    model.landscapeProperty().addListener((o, a, b) -> describeShape(model.ownDataShape()));
    describeShape(model.ownDataShape());
  }

  private void describeShape(CsvImport.Shape shape) {
    importTip.setText(shape == null ? "" : "Your own data: a CSV file of "
        + String.join(", ", shape.columns()) + " per line (" + shape.description()
        + "); the model is fitted to them");
  }
}
