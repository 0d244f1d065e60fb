package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.ui.CurveView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smoke test of the whole chain: window, view model, engine off the FX thread, canvas. */
@ExtendWith(ApplicationExtension.class)
class FirstWindowTest {

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new GradientLabApp().start(stage);
  }

  @Test
  void opensTitledGradientLabShowingGradientDescentOnXSquared(FxRobot robot) throws Exception {
    assertThat(stage.getTitle()).isEqualTo("Gradient Lab");
    Label status = robot.lookup("#status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("GD: converged"));

    // The first iterate, x₀ = 1, f = 1, is drawn where the viewport maps it, in GD's colour.
    CurveView view = robot.lookup("#landscape").queryAs(CurveView.class);
    Viewport vp = view.viewport();
    int px = (int) Math.round(vp.toPixelX(1));
    int py = (int) Math.round(vp.toPixelY(1));
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
    Color gd = OptimizerColors.of(OptimizerKind.GD);
    assertThat(nearestDistanceTo(image, px, py, gd, 8)).isLessThan(0.05);
  }

  @Test
  void typingLearningRateOneMakesTheRunOscillateBetweenPlusAndMinusOne(FxRobot robot)
      throws Exception {
    TextField eta = robot.lookup("#eta-field").queryAs(TextField.class);
    robot.interact(eta::requestFocus);
    robot.interact(() -> eta.setText(""));
    robot.write("1").type(javafx.scene.input.KeyCode.ENTER);
    Label status = robot.lookup("#status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("oscillating"));
    assertThat(status.getText()).isEqualTo("GD: oscillating between −1 and 1");
  }

  @Test
  void typingLearningRateOnePointFiveDiverges(FxRobot robot) throws Exception {
    TextField eta = robot.lookup("#eta-field").queryAs(TextField.class);
    robot.interact(eta::requestFocus);
    robot.interact(() -> eta.setText(""));
    robot.write("1.5").type(javafx.scene.input.KeyCode.ENTER);
    Label status = robot.lookup("#status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("diverged"));
    assertThat(status.getText()).startsWith("GD: diverged at step 21");
  }

  /** Smallest colour distance to {@code target} within a square of half-size r around (x, y). */
  private static double nearestDistanceTo(WritableImage image, int x, int y, Color target, int r) {
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
