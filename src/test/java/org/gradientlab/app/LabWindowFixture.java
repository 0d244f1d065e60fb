package org.gradientlab.app;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gradientlab.viewmodel.LabModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app's main window on a stage, with its model at hand; shared by the UI tests. */
final class LabWindowFixture {

  final LabModel model;
  final MainWindow window;

  LabWindowFixture(Stage stage) {
    this(stage, null);
  }

  LabWindowFixture(Stage stage, java.nio.file.Path lessons) {
    window = GradientLabApp.createWindow(lessons);
    model = window.labModel();
    stage.setTitle(GradientLabApp.TITLE);
    stage.setScene(GradientLabApp.scene(window));
    stage.setOnHidden(e -> window.dispose());
    stage.show();
  }

  /** Waits (up to 10 s) until {@code condition} holds, checking on the FX thread. */
  static void await(BooleanSupplier condition) throws Exception {
    await(condition, 10);
  }

  /** Waits up to {@code seconds} (a wait, not a timing: heavy background work on loaded cores). */
  static void await(BooleanSupplier condition, int seconds) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
    });
  }

  static String text(FxRobot robot, String query) {
    Node n = robot.lookup(query).query();
    return n == null ? "" : ((Label) n).getText();
  }
}
