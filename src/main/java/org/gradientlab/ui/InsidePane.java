package org.gradientlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.StepAnatomy;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.gradientlab.viewmodel.InsideModel;
import org.gradientlab.viewmodel.LabModel;

/**
 * One caption per racing optimizer: its update rule with this step's numbers filled in (g, v, m̂,
 * ŝ, the per-coordinate steps, Δθ), following playback (→ steps) and every drag.
 */
final class InsidePane extends VBox {

  InsidePane(LabModel model) {
    super(3);
    setId("inside-captions");
    getStyleClass().add("inside-captions");
    visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> model.panels().contains(Panel.INSIDE), model.panels()));
    managedProperty().bind(visibleProperty());
    model.inside().insideProperty().addListener((o, a, inside) -> show(inside));
  }

  private void show(InsideModel.Inside inside) {
    getChildren().clear();
    if (inside == null) {
      return;
    }
    for (Trajectory t : inside.result().trajectories()) {
      OptimizerKind k = t.optimizer().kind();
      StepAnatomy a = inside.anatomies().get(k);
      if (a == null) {
        continue;
      }
      Label rule = new Label("step " + InsideModel.Inside.stepOf(t, inside.frame()) + ":  " + a.rule());
      rule.setId("inside-" + k.label().toLowerCase(java.util.Locale.ROOT));
      rule.setWrapText(true);
      rule.getStyleClass().add("hint");
      HBox line = new HBox(6, MarkerShapes.node(k, OptimizerColors.of(k), 5), rule);
      line.setAlignment(Pos.TOP_LEFT);
      HBox.setHgrow(rule, Priority.ALWAYS);
      getChildren().add(line);
    }
  }
}
