package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.viewmodel.LabModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** GD on x² from x = 1 (x_k = (1 − 2η)^k): what the status line says, and when. */
@ExtendWith(ApplicationExtension.class)
class StatusListTest {

  private final LabModel model = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);
  private StatusList status;

  @Start
  void start(Stage stage) {
    status = new StatusList(model);
    stage.setScene(new javafx.scene.Scene(status, 420, 200));
    stage.show();
  }

  private Label line(FxRobot robot) {
    return robot.lookup("#status-gd").queryAs(Label.class);
  }

  private <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }

  @Test
  void saysRunningOnlyWhileThePlaybackPlaysAndTheOutcomeOnceItHasShownTheEnd(FxRobot robot)
      throws Exception {
    // η = 0.1: f(x_k) = 0.64^k; converged at step 66 (2 · 0.8^k ≤ 1e-6).
    // One turn of the FX thread, so the playback's own timer cannot move the frame in between.
    String[] seen = onFx(() -> {
      model.playback().play();
      model.playback().advance(0.5); // 20 steps/s → frame 10
      String playing = line(robot).getText();
      boolean styled = line(robot).getStyleClass().contains("status-running");
      model.playback().pause();
      return new String[] {playing, String.valueOf(styled), line(robot).getText()};
    });
    assertThat(seen[0]).isEqualTo("running · step 10 of 100 · f = 0.01153");
    assertThat(seen[1]).isEqualTo("true");
    assertThat(seen[2]).isEqualTo("paused at step 10 of 100 · f = 0.01153");

    String end = onFx(() -> {
      model.playback().showAll();
      return line(robot).getText();
    });
    assertThat(end).startsWith("converged in 66 steps");
    assertThat(onFx(() -> line(robot).getStyleClass())).contains("status-converged")
        .doesNotContain("status-running");
  }

  @Test
  void aRunWhoseBudgetEndedIsNotCalledRunning(FxRobot robot) throws Exception {
    // η = 0.999: factor −0.998, far from 1e-6 after the scene's 100 steps.
    String text = onFx(() -> {
      model.etaProperty().set(0.999);
      return line(robot).getText();
    });
    assertThat(text).startsWith("not converged after 100 steps").doesNotContain("running");
    assertThat(onFx(() -> line(robot).getStyleClass())).contains("status-not-converged");
  }
}
