package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.optimizer.StochasticGradientDescent;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The line-fit landscape: data beside weight space, real mini-batches, epochs counted. */
@ExtendWith(ApplicationExtension.class)
class LineFitWindowTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void theBatchSizeSliderMakesSgdRealMiniBatchGradientDescent(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("line");
      lab.model.setRacing(StochasticGradientDescent.KIND, true);
    });
    LabWindowFixture.await(() -> lab.model.getResult().trajectories().size() == 2
        && robot.lookup("#batch").tryQuery().isPresent());
    Node data = robot.lookup("#data-view").query();
    assertThat(data.isVisible()).isTrue();
    assertThat(robot.lookup("#sigma").query().isVisible()).isFalse();

    TextField batch = robot.lookup("#batch .number-field").queryAs(TextField.class);
    robot.interact(batch::requestFocus);
    robot.interact(() -> batch.setText(""));
    robot.write("10").type(KeyCode.ENTER);
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-sgd").contains("of 10 examples"));
    // 600 updates of 10 of 50 examples: 120 epochs; GD's 600 updates are 600 epochs.
    assertThat(LabWindowFixture.text(robot, "#status-sgd")).contains("600 updates of 10 examples = 120 epochs");
    assertThat(LabWindowFixture.text(robot, "#status-gd")).contains("600 updates of 50 examples = 600 epochs");

    // b = n: SGD is gradient descent, iterate for iterate.
    robot.interact(() -> lab.model.hyperparameterProperty("batch").set(50));
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-sgd").contains("of 50 examples"));
    Trajectory gd = lab.model.getResult().trajectories().get(0);
    Trajectory sgd = lab.model.getResult().trajectories().get(1);
    assertThat(sgd.finalTheta()).containsExactly(gd.finalTheta());

    // Back to the test surfaces: σ returns, the data view goes.
    robot.interact(() -> lab.model.selectLandscape("bowl"));
    LabWindowFixture.await(() -> !robot.lookup("#data-view").query().isVisible());
    assertThat(robot.lookup("#sigma").query().isVisible()).isTrue();
  }
}
