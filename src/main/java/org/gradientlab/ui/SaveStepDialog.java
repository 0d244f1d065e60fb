package org.gradientlab.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.gradientlab.viewmodel.LessonsModel;

/**
 * Asks for the title and text of a step to save from the lab's current setup. When the lesson
 * file would not read with it, the dialog comes back with what was typed and the reason, so the
 * teacher can change it: nothing typed is lost.
 */
final class SaveStepDialog {

  private final LessonsModel model;

  SaveStepDialog(LessonsModel model) {
    this.model = model;
  }

  void askAndSave() {
    TextField title = new TextField();
    title.setId("save-title");
    title.setPromptText("Step title");
    TextArea text = new TextArea();
    text.setId("save-text");
    text.setPromptText("What the student should see and try (Markdown, $maths$, \\$ for a dollar sign)");
    text.setPrefRowCount(6);
    text.setWrapText(true);
    Label problem = new Label();
    problem.setId("save-problem");
    problem.getStyleClass().add("status-error");
    // The dialog has its own scene, without the app's stylesheet: say it in red here.
    problem.setStyle("-fx-text-fill: #f85149;");
    problem.setWrapText(true);
    problem.setMaxWidth(520);
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setVisible(false);
    while (true) {
      Dialog<ButtonType> dialog = new Dialog<>();
      dialog.setTitle("Save the current setup as a lesson step");
      dialog.setHeaderText("The step is added at the end of " + model.currentProperty().get().source()
          + ".\nNothing else in the file changes.");
      dialog.getDialogPane().setContent(new VBox(8, title, text, problem));
      dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
      Optional<ButtonType> answer = dialog.showAndWait();
      if (answer.isEmpty() || answer.get() != ButtonType.OK
          || model.saveCurrentSetup(title.getText(), text.getText())) {
        return;
      }
      problem.setText(model.noticeProperty().get());
      problem.setVisible(true);
    }
  }
}
