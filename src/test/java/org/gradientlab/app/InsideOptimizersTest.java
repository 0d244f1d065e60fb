package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.StepAnatomy;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.gradientlab.ui.OptimizerColors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Looking inside the optimizers while stepping through a race, as gradient_descent_viz lets one do. */
@ExtendWith(ApplicationExtension.class)
class InsideOptimizersTest {

  /** Scrolls the sidebar to {@code node}, as a student scrolls down to the "Show" switches. */
  static void scrollIntoView(FxRobot robot, Node node) {
    robot.interact(() -> {
      Node n = node;
      while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
        n = n.getParent();
      }
      if (n instanceof javafx.scene.control.ScrollPane sp) {
        double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
        sp.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, h))));
      }
    });
  }

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void theNextStepIsDrawnFromTheIterateAndEachCaptionFillsInThatStepsNumbers(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("bowl");
      lab.model.setRacing(GradientDescent.KIND, false);
      lab.model.setRacing(Momentum.KIND, true);
      lab.model.setRacing(Adam.KIND, true);
      lab.model.etaProperty().set(0.3);
    });
    LabWindowFixture.await(() -> lab.model.getResult().trajectories().size() == 2
        && lab.model.getResult().trajectories().get(0).optimizer().learningRate() == 0.3);
    robot.interact(() -> {
      lab.model.playback().reset(); // R, then → five times, as a student steps
      for (int i = 0; i < 5; i++) {
        lab.model.playback().step();
      }
    });
    scrollIntoView(robot, robot.lookup("#inside-optimizers").query());
    robot.clickOn("#inside-optimizers .thumb-area");
    assertThat(lab.model.panels()).contains(Panel.INSIDE);
    LabWindowFixture.await(() -> lab.model.inside().insideProperty().get() != null
        && lab.model.inside().insideProperty().get().frame() == 5
        && lab.model.inside().insideProperty().get().result() == lab.model.getResult()
        && robot.lookup("#inside-momentum").tryQuery().isPresent());
    var inside = lab.model.inside().insideProperty().get();
    StepAnatomy momentum = inside.anatomies().get(Momentum.KIND);
    Trajectory t = lab.model.getResult().trajectories().get(0);
    assertThat(momentum.step()[0]).isCloseTo(t.theta(6, 0) - t.theta(5, 0), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(LabWindowFixture.text(robot, "#inside-momentum")).startsWith("step 5:  v ← α·v + g = 0.9·");
    assertThat(LabWindowFixture.text(robot, "#inside-adam")).contains("m̂ = ").contains("each coordinate's step");

    // The step arrow leaves the iterate towards θ₆: Momentum's colour half-way along it.
    Viewport vp = lab.window.lab().landscapeView().viewport();
    Node plane = robot.lookup("#plane").query();
    double x = (vp.toPixelX(t.theta(5, 0)) + vp.toPixelX(t.theta(6, 0))) / 2;
    double y = (vp.toPixelY(t.theta(5, 1)) + vp.toPixelY(t.theta(6, 1))) / 2;
    assertThat(Pixels.of(plane).near(x, y, OptimizerColors.of(Momentum.KIND), 2)).isTrue();

    // Stepping on updates the captions.
    robot.interact(() -> lab.model.playback().step());
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#inside-momentum").startsWith("step 6:"));
  }
}
