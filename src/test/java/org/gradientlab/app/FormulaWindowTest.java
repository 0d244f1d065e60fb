package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.ui.FormulaField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing a formula in the lab: an inline positioned error while it does not parse, applied on Enter
 * or after a pause, and never a valid prefix on the way.
 */
@ExtendWith(ApplicationExtension.class)
class FormulaWindowTest {

  private static final String DEFAULT = "x^2 + 10*y^2";

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  /** The formula landscape on screen, its field with no pause-apply (only Enter applies). */
  private FormulaField openFormula(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("formula"));
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("x² + 10·y²"));
    FormulaField formula = robot.lookup("#param-f").queryAs(FormulaField.class);
    assertThat(formula.getPause()).isEqualTo(FormulaField.DEFAULT_PAUSE);
    assertThat(FormulaField.DEFAULT_PAUSE).isEqualTo(Duration.millis(600));
    // The typing below must not depend on how fast the robot types on a loaded machine.
    robot.interact(() -> formula.setPause(Duration.hours(1)));
    return formula;
  }

  @Test
  void typingAFormulaKeepsTheLandscapeUntilTheWholeTextParsesAndEnterIsPressed(FxRobot robot)
      throws Exception {
    FormulaField formula = openFormula(robot);
    TextField field = formula.field();
    Node curve = lab.window.lab().curveView();
    Node plane = lab.window.lab().landscapeView();
    List<LandscapeSpec> landscapes = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    robot.interact(() -> {
      lab.model.landscapeProperty().addListener((o, a, b) -> landscapes.add(b));
      lab.model.resultProperty().addListener((o, a, r) -> shown.add(r.objective().formula()));
    });
    robot.clickOn(field);
    robot.interact(field::selectAll);

    // "sin(x)" on the way parses, and would once have become a 1-D curve: now nothing is applied.
    String typed = "sin(x)*coz(y)";
    for (int i = 0; i < typed.length(); i++) {
      robot.write(typed.charAt(i));
      WaitForAsyncUtils.waitForFxEvents();
      String prefix = typed.substring(0, i + 1);
      assertThat(field.getText()).isEqualTo(prefix);
      assertThat(lab.model.landscapeProperty().get().parameters().get("f")).as(prefix).isEqualTo(DEFAULT);
      assertThat(plane.isVisible()).as("heat map on screen after '%s'", prefix).isTrue();
      assertThat(curve.isVisible()).as("no curve after '%s'", prefix).isFalse();
      assertThat(LabWindowFixture.text(robot, "#caption")).as(prefix).contains("x² + 10·y²");
    }
    Label message = robot.lookup("#formula-message").queryAs(Label.class);
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).contains("column 8", "unknown function 'coz'", "did you mean cos?");
    assertThat(formula.echoText()).isEqualTo("sin(x)*[coz](y)");
    assertThat(field.getStyleClass()).contains("invalid");

    // Enter on a text that does not parse applies nothing either.
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lab.model.landscapeProperty().get().parameters().get("f")).isEqualTo(DEFAULT);
    assertThat(landscapes).isEmpty();
    assertThat(shown).noneMatch(s -> s.contains("sin"));

    // Fixed: "coz(y)" → "cos(y)"; still nothing until Enter, which applies it.
    robot.type(KeyCode.BACK_SPACE, 4);
    robot.write("s(y)");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field.getText()).isEqualTo("sin(x)*cos(y)");
    assertThat(message.isVisible()).isFalse();
    assertThat(lab.model.landscapeProperty().get().parameters().get("f")).isEqualTo(DEFAULT);
    robot.type(KeyCode.ENTER);
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("sin(x)·cos(y)"));
    assertThat(landscapes).extracting(s -> s.parameters().get("f")).containsExactly("sin(x)*cos(y)");
    assertThat(plane.isVisible()).isTrue();
    assertThat(curve.isVisible()).isFalse();
    assertThat(shown).noneMatch(s -> s.contains("sin") && !s.contains("cos"));
  }

  @Test
  void aTypoKeepsTheLastAppliedFormulaAndShowsWhereTheErrorIs(FxRobot robot) throws Exception {
    FormulaField formula = openFormula(robot);
    TextField field = formula.field();
    robot.clickOn(field);
    robot.interact(field::selectAll);
    robot.write("sin(x)*cos(y) + 0.1*(x^2 + y^2)");
    robot.type(KeyCode.ENTER);
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("sin(x)·cos(y)"));
    assertThat(lab.model.getResult().objective().dimension()).isEqualTo(2);

    // A typo: the error says where; "… + 2" parsed on the way but was never applied.
    robot.write(" + 2x");
    Label message = robot.lookup("#formula-message").queryAs(Label.class);
    assertThat(message.getText()).contains("column 36", "did you mean 2*x?");
    assertThat(formula.echoText()).isEqualTo("sin(x)*cos(y) + 0.1*(x^2 + y^2) + 2[x]");
    assertThat(field.getStyleClass()).contains("invalid");
    assertThat(lab.model.landscapeProperty().get().parameters().get("f"))
        .isEqualTo("sin(x)*cos(y) + 0.1*(x^2 + y^2)");

    // Fixed by the pause alone (a short one here): applied without Enter.
    robot.interact(() -> formula.setPause(Duration.millis(100)));
    robot.interact(() -> field.setText(field.getText().replace("2x", "2*x")));
    LabWindowFixture.await(() -> lab.model.getResult().objective().formula().contains("2·x"));
    assertThat(lab.model.landscapeProperty().get())
        .isEqualTo(LandscapeSpec.of("formula").with("f", "sin(x)*cos(y) + 0.1*(x^2 + y^2) + 2*x").with("range", "3.0"));
    assertThat(message.isVisible()).isFalse();
  }
}
