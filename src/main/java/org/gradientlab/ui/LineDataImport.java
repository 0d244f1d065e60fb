package org.gradientlab.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.data.CsvImport;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.viewmodel.LabModel;

/**
 * The line fit's own data, under its dataset choice: "Import CSV…" (x and y per line, previewed
 * with every bad row by {@link CsvPreview}), "Preset data" to go back, and which file is fitted.
 * Shown on the line-fit landscape only.
 */
final class LineDataImport extends VBox {

  LineDataImport(LabModel model) {
    super(4);
    setId("line-data-import");
    Button importCsv = new Button("Import CSV…", Icons.of("mdi2f-file-upload-outline"));
    importCsv.setId("line-import");
    importCsv.setTooltip(new Tooltip("Your own points: a CSV file of x and y per line; the line is fitted to them"));
    importCsv.setOnAction(e -> CsvPreview.chooseAndPreview(getScene() == null ? null : getScene().getWindow(),
        CsvImport.Shape.LINE, SceneCodec.MAX_OWN_POINTS).ifPresent(model::useOwnLineData));
    Button preset = new Button("Preset data");
    preset.setId("line-preset-data");
    preset.setTooltip(new Tooltip("Back to the dataset chosen above"));
    preset.setOnAction(e -> model.setLandscapeParameter("data",
        model.landscapeProperty().get().parameters().getOrDefault("data", "")));
    preset.disableProperty().bind(model.dataProperty().isNull());
    Label file = new Label();
    file.setId("line-imported");
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
        () -> model.landscapeProperty().get() != null
            && model.landscapeProperty().get().id().equals(Scene.OWN_DATA_LANDSCAPE),
        model.landscapeProperty()));
    managedProperty().bind(visibleProperty());
  }
}
