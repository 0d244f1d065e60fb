package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A failure anywhere shows in the status bar, with where the log is and a way to open it. */
@ExtendWith(ApplicationExtension.class)
class WindowStatusTest {

  private static final System.Logger LOG = System.getLogger("org.gradientlab.somewhere");

  @TempDir
  Path tmp;
  private LabWindowFixture lab;
  private final List<Path> opened = new ArrayList<>();

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
    lab.window.setNotifications(false);
    lab.window.setOpener(opened::add);
  }

  @Test
  void aLoggedWarningShowsInTheStatusBarWithTheLogFileAndOpensItsFolder(FxRobot robot) throws Exception {
    java.util.logging.Handler[] handlers = java.util.logging.Logger.getLogger("").getHandlers();
    for (java.util.logging.Handler h : handlers) {
      h.setLevel(java.util.logging.Level.OFF); // keep the build's output short
    }
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    try (AppLog log = AppLog.install(tmp, r -> Platform.runLater(() -> lab.window.loggedProblem(r.getMessage())))) {
      robot.interact(() -> lab.window.reportLoggedProblems(log.file()));
      Button problems = robot.lookup("#status-problems").queryButton();
      assertThat(problems.isVisible()).isFalse();

      LOG.log(System.Logger.Level.WARNING, "The slice could not be computed");
      WaitForAsyncUtils.waitForFxEvents();

      assertThat(problems.isVisible()).isTrue();
      assertThat(problems.getText()).isEqualTo("1 problem — see the log");
      assertThat(lab.window.status().getText()).contains("The slice could not be computed")
          .contains(log.file().toString());
      robot.clickOn(problems);
      Label where = robot.lookup("#status-log-path").queryAs(Label.class);
      assertThat(where.getText()).isEqualTo("Log: " + log.file());
      robot.clickOn("#status-open-log");
      assertThat(opened).containsExactly(tmp);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
      for (java.util.logging.Handler h : handlers) {
        h.setLevel(java.util.logging.Level.INFO);
      }
    }
  }

  @Test
  void aFinishedExportIsAnnouncedInTheStatusBarAndACornerNotification(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.window.setNotifications(true);
      lab.window.exportFinished("Saved 2800×1800 px to /tmp/slide.png");
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lab.window.status().getText()).isEqualTo("Saved 2800×1800 px to /tmp/slide.png");
    List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
      List<String> texts = new ArrayList<>();
      for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
        // Only the notification's own popup, not the main window (whose status bar says it too).
        if (w.getScene() != null && w != lab.window.getScene().getWindow()) {
          for (javafx.scene.Node n : w.getScene().getRoot().lookupAll(".label")) {
            if (n instanceof Label l && l.getText() != null) {
              texts.add(l.getText());
            }
          }
        }
      }
      return texts;
    }).get();
    assertThat(shown).contains("Saved 2800×1800 px to /tmp/slide.png", "Export");
  }

  @Test
  void withoutALogFileTheStatusBarSaysSo(FxRobot robot) {
    robot.interact(() -> lab.window.problem("Could not copy the shipped lessons", null));
    assertThat(lab.window.status().problems()).containsExactly("Could not copy the shipped lessons");
    assertThat(lab.window.status().getText()).contains("this run writes no log file");
  }
}
