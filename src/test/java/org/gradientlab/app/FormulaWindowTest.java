package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing a formula: live while valid, an inline positioned error while not. */
@ExtendWith(ApplicationExtension.class)
class FormulaWindowTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void aTypedFormulaBecomesTheLandscapeAndAnErrorIsShownWhereItIs(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("formula"));
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("x² + 10·y²"));
    TextField field = robot.lookup("#formula-text").queryAs(TextField.class);
    robot.interact(field::requestFocus);
    robot.interact(() -> field.setText(""));
    robot.write("sin(x)*cos(y) + 0.1*(x^2 + y^2)");
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("sin(x)·cos(y)"));
    assertThat(lab.model.getResult().objective().dimension()).isEqualTo(2);

    // A typo: the error says where, the landscape keeps the last valid formula, which is the
    // one with "+ 2" (valid, so applied live while the student typed on).
    robot.write(" + 2x");
    Label message = robot.lookup("#formula-message").queryAs(Label.class);
    assertThat(message.getText()).contains("column 36", "did you mean 2*x?");
    org.gradientlab.ui.FormulaField formula = robot.lookup("#param-f").queryAs(org.gradientlab.ui.FormulaField.class);
    assertThat(formula.echoText()).isEqualTo("sin(x)*cos(y) + 0.1*(x^2 + y^2) + 2[x]");
    assertThat(field.getStyleClass()).contains("invalid");
    Thread.sleep(200);
    assertThat(lab.model.landscapeProperty().get().parameters().get("f"))
        .isEqualTo("sin(x)*cos(y) + 0.1*(x^2 + y^2) + 2");

    // Fixed: applied again.
    robot.interact(() -> field.setText(field.getText().replace("2x", "2*x")));
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("2·x"));
    assertThat(lab.model.landscapeProperty().get())
        .isEqualTo(LandscapeSpec.of("formula").with("f", "sin(x)*cos(y) + 0.1*(x^2 + y^2) + 2*x").with("range", "3.0"));
    assertThat(message.isVisible()).isFalse();
  }
}
