package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Nesterov;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dragging η near a marked stability edge lands on it exactly; with Alt held it does not. */
@ExtendWith(ApplicationExtension.class)
class SnappingSliderTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void draggingCloseToTheNesterovEdgeSnapsOntoItUnlessAltIsHeld(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("bowl");
      lab.model.setRacing(GradientDescent.KIND, false);
      lab.model.setRacing(Nesterov.KIND, true);
      lab.model.etaProperty().set(0.01);
    });
    // On the bowl L = 1: Nesterov's edge is 2(1 + α)/((1 + 2α)L) = 3.8/2.8, far from 1, 2 and 5.
    double edge = 2 * 1.9 / 2.8;
    LabWindowFixture.await(() -> robot.lookup("#eta Polygon").tryQuery().isPresent());
    Polygon tick = robot.lookup("#eta Polygon").queryAs(Polygon.class);
    Bounds mark = tick.localToScreen(tick.getBoundsInLocal());
    Slider slider = robot.lookup("#eta .slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    Bounds track = slider.localToScreen(slider.getBoundsInLocal());

    robot.drag(thumb, MouseButton.PRIMARY).moveTo(mark.getCenterX() + 3, track.getCenterY()).drop();
    assertThat(lab.model.etaProperty().get()).isEqualTo(edge);

    robot.interact(() -> lab.model.etaProperty().set(0.01));
    robot.press(KeyCode.ALT);
    try {
      robot.drag(thumb, MouseButton.PRIMARY).moveTo(mark.getCenterX() + 3, track.getCenterY()).drop();
    } finally {
      robot.release(KeyCode.ALT);
    }
    assertThat(lab.model.etaProperty().get()).isNotEqualTo(edge).isCloseTo(edge, org.assertj.core.data.Percentage.withPercentage(10));
  }
}
