package org.gradientlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.OutcomeText;

/**
 * One line per racing optimizer: its colour, its name and how its run ended ("converged in 12
 * steps · f = 3e-9", "diverged at step 21", …), styled by outcome so divergence reads red.
 */
public final class StatusList extends VBox {

  private final LabModel model;

  public StatusList(LabModel model) {
    this.model = model;
    getStyleClass().add("status-list");
    setSpacing(4);
    model.resultProperty().addListener((o, a, b) -> update());
    model.errorProperty().addListener((o, a, b) -> update());
    update();
  }

  private void update() {
    getChildren().clear();
    String error = model.errorProperty().get();
    if (!error.isEmpty()) {
      Label l = new Label(error);
      l.getStyleClass().addAll("status-line", "status-error");
      l.setWrapText(true);
      getChildren().add(l);
    }
    SceneResult r = model.getResult();
    if (r == null) {
      return;
    }
    if (r.trajectories().isEmpty()) {
      Label l = new Label("Choose at least one optimizer to race.");
      l.getStyleClass().add("status-line");
      getChildren().add(l);
    }
    for (Trajectory t : r.trajectories()) {
      Circle dot = new Circle(6, OptimizerColors.of(t.optimizer().kind()));
      Label name = new Label(t.optimizer().kind().label());
      name.getStyleClass().add("status-name");
      name.setMinWidth(74);
      Label verdict = new Label(OutcomeText.summary(t));
      verdict.getStyleClass().addAll("status-verdict", "status-" + OutcomeText.category(t.outcome()));
      verdict.setId("status-" + t.optimizer().kind().name().toLowerCase());
      verdict.setWrapText(true);
      verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      HBox line = new HBox(8, dot, name, verdict);
      HBox.setHgrow(verdict, javafx.scene.layout.Priority.ALWAYS);
      line.setAlignment(Pos.CENTER_LEFT);
      line.getStyleClass().add("status-line");
      getChildren().add(line);
    }
  }
}
