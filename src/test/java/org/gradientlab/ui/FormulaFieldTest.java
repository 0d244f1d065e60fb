package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.ParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When the formula field hands its text on: after a pause or on Enter, and only text that parses. */
@ExtendWith(ApplicationExtension.class)
class FormulaFieldTest {

  private static final Duration SHORT = Duration.millis(150);

  private final List<String> applied = new CopyOnWriteArrayList<>();
  private FormulaField formula;
  private VBox root;

  @Start
  void start(Stage stage) {
    ParameterSpec f = LandscapeCatalog.standard().entry("formula").parameter("f");
    formula = new FormulaField(f, "x^2", applied::add);
    formula.setPause(SHORT);
    root = new VBox(formula);
    stage.setScene(new Scene(root, 400, 200));
    stage.show();
  }

  private void awaitApplied(int count) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.size() >= count);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aValidTextIsAppliedOnceAfterThePauseAndNotBefore(FxRobot robot) throws Exception {
    robot.interact(() -> {
      formula.field().setText("sin(x)*cos(y)");
      // In the same FX event: the pause has not elapsed, so nothing is applied yet.
      assertThat(applied).isEmpty();
    });
    awaitApplied(1);
    Thread.sleep((long) (3 * SHORT.toMillis()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).containsExactly("sin(x)*cos(y)");
    assertThat(formula.applied()).isEqualTo("sin(x)*cos(y)");
  }

  @Test
  void eachKeystrokeRestartsThePauseSoOnlyTheLastTextIsApplied(FxRobot robot) throws Exception {
    robot.interact(() -> formula.setPause(Duration.millis(400)));
    robot.interact(() -> {
      // Two keystrokes' worth of text: one timer restarted, not two timers running.
      formula.field().setText("sin(x)");
      formula.field().setText("sin(x)*cos(y)");
    });
    awaitApplied(1);
    Thread.sleep(1200);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).containsExactly("sin(x)*cos(y)");
  }

  @Test
  void aTextThatDoesNotParseIsNeverAppliedAndItsErrorStays(FxRobot robot) throws Exception {
    robot.interact(() -> formula.field().setText("sin(x)*coz(y)"));
    Thread.sleep((long) (4 * SHORT.toMillis()));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(formula.field());
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).isEmpty();
    assertThat(formula.applied()).isEqualTo("x^2");
    Label message = robot.lookup("#formula-message").queryAs(Label.class);
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).contains("column 8", "coz", "the landscape keeps the last formula applied");
    assertThat(formula.echoText()).isEqualTo("sin(x)*[coz](y)");
  }

  @Test
  void enterAppliesAtOnceAndTheSameTextIsNotAppliedTwice(FxRobot robot) throws Exception {
    robot.interact(() -> formula.setPause(Duration.hours(1)));
    robot.clickOn(formula.field());
    robot.interact(formula.field()::selectAll);
    robot.write("x^2 + y^2");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).isEmpty();
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).containsExactly("x^2 + y^2");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).containsExactly("x^2 + y^2");
  }

  @Test
  void aFieldTakenOffTheScreenAppliesNothingAfterwards(FxRobot robot) throws Exception {
    robot.interact(() -> {
      formula.field().setText("x^4");
      root.getChildren().clear();
    });
    Thread.sleep((long) (4 * SHORT.toMillis()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(applied).isEmpty();
  }
}
