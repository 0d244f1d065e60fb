package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.plot.Viewport;
import org.gradientlab.ui.CurveView;
import org.gradientlab.ui.OptimizerColors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window a student first sees: gradient descent on f(x) = x² from x = 1. */
@ExtendWith(ApplicationExtension.class)
class ParabolaWindowTest {

  private Stage stage;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    lab = new LabWindowFixture(stage);
  }

  @Test
  void opensTitledGradientLabWithGradientDescentConvergingOnXSquared(FxRobot robot) throws Exception {
    assertThat(stage.getTitle()).isEqualTo("Gradient Lab");
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").startsWith("converged"));

    // The start point x₀ = 1, f = 1, is drawn where the viewport maps it, ringed in white.
    CurveView view = robot.lookup("#curve").queryAs(CurveView.class);
    Viewport vp = view.viewport();
    int px = (int) Math.round(vp.toPixelX(1));
    int py = (int) Math.round(vp.toPixelY(1));
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
    assertThat(nearestDistance(image, px, py, Color.WHITE, 9)).isLessThan(0.1);
    // … and the path down to 0 in GD's colour.
    int mx = (int) Math.round(vp.toPixelX(0.5));
    int my = (int) Math.round(vp.toPixelY(0.25));
    assertThat(nearestDistance(image, mx, my, OptimizerColors.of(GradientDescent.KIND), 8)).isLessThan(0.1);
  }

  @Test
  void typingLearningRateOneMakesTheRunOscillateBetweenPlusAndMinusOne(FxRobot robot) throws Exception {
    typeEta(robot, "1");
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").contains("oscillating"));
    assertThat(LabWindowFixture.text(robot, "#status-gd")).isEqualTo(
        "oscillating (bounded): amplitude 1 between −1 and 1 · f = 1");
  }

  @Test
  void typingLearningRateOnePointFiveDivergesFromStepOneAndStopsAtStepTwentyOne(FxRobot robot)
      throws Exception {
    typeEta(robot, "1.5");
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").contains("diverging"));
    // x ← −2x from x = 1: the steps double from the first; |x| passes the bound at step 21.
    assertThat(LabWindowFixture.text(robot, "#status-gd"))
        .startsWith("diverging ×2 per step from step 1")
        .contains("stopped at step 21");
  }

  @Test
  void anOutOfRangeLearningRateIsRefusedAndTheLastGoodValueStays(FxRobot robot) throws Exception {
    typeEta(robot, "-3");
    TextField field = robot.lookup("#eta .number-field").queryAs(TextField.class);
    assertThat(field.getStyleClass()).contains("invalid");
    assertThat(field.getTooltip().getText()).contains("between");
    assertThat(lab.model.etaProperty().get()).isEqualTo(0.1);
  }

  private static void typeEta(FxRobot robot, String text) {
    TextField field = robot.lookup("#eta .number-field").queryAs(TextField.class);
    robot.interact(field::requestFocus);
    robot.interact(() -> field.setText(""));
    robot.write(text).type(KeyCode.ENTER);
  }

  static double nearestDistance(WritableImage image, int x, int y, Color target, int r) {
    double best = Double.MAX_VALUE;
    for (int dx = -r; dx <= r; dx++) {
      for (int dy = -r; dy <= r; dy++) {
        int px = x + dx;
        int py = y + dy;
        if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
          continue;
        }
        Color c = image.getPixelReader().getColor(px, py);
        double d = Math.abs(c.getRed() - target.getRed()) + Math.abs(c.getGreen() - target.getGreen())
            + Math.abs(c.getBlue() - target.getBlue());
        best = Math.min(best, d);
      }
    }
    return best;
  }
}
