package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A fair race: with one click each optimizer gets its own η, shown on its control and status line. */
@ExtendWith(ApplicationExtension.class)
class FairRaceTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void unlinkingGivesEachRacingOptimizerItsOwnLearningRate(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("bowl");
      lab.model.setRacing(Adam.KIND, true);
    });
    assertThat(robot.lookup("#eta-gd").tryQuery()).isEmpty();
    robot.clickOn("#link-hyperparameters .thumb-area");
    assertThat(robot.lookup("#link-hyperparameters").queryAs(ToggleSwitch.class).isSelected()).isFalse();
    LabWindowFixture.await(() -> robot.lookup("#eta-adam").tryQuery().isPresent());
    assertThat(robot.lookup("#eta-gd").tryQuery()).isPresent();

    TextField adamEta = robot.lookup("#eta-adam .number-field").queryAs(TextField.class);
    robot.interact(() -> {
      adamEta.setText("0.05");
      adamEta.getOnAction().handle(null);
    });
    LabWindowFixture.await(() -> lab.model.getResult().trajectories().stream()
        .anyMatch(t -> t.optimizer().kind() == Adam.KIND && t.optimizer().learningRate() == 0.05));
    Trajectory gd = lab.model.getResult().trajectories().stream()
        .filter(t -> t.optimizer().kind() == GradientDescent.KIND).findFirst().orElseThrow();
    assertThat(gd.optimizer().learningRate()).isEqualTo(1.0); // the bowl's own suggestion, untouched
    assertThat(LabWindowFixture.text(robot, "#status-adam")).startsWith("η = 0.05 · ");
    assertThat(LabWindowFixture.text(robot, "#status-gd")).startsWith("η = 1 · ");
    assertThat(robot.lookup("#eta-gd .number-field").queryAs(TextField.class).getText()).isEqualTo("1");
    // The scene says so too, and reads back unlinked.
    assertThat(lab.window.workspaces().snapshot()).isEqualTo(lab.model.snapshot());
    robot.interact(() -> lab.model.apply(lab.model.snapshot()));
    assertThat(lab.model.linkedControlsProperty().get()).isFalse();
  }
}
