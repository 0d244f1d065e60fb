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
    // Readable as drawn: the message label's text against the popup behind it (WCAG: ≥ 4.5).
    // The popup fades in: measure until it has (a few seconds at most), keep the best.
    double contrast = 0;
    for (int tries = 0; tries < 50 && contrast <= 4.5; tries++) {
      Thread.sleep(100);
      contrast = Math.max(contrast, WaitForAsyncUtils.asyncFx(() -> {
      for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
        if (w.getScene() == null || w == lab.window.getScene().getWindow()) {
          continue;
        }
        for (javafx.scene.Node n : w.getScene().getRoot().lookupAll(".label")) {
          if (n instanceof Label l && "Saved 2800×1800 px to /tmp/slide.png".equals(l.getText())) {
            javafx.scene.Parent root = w.getScene().getRoot();
            javafx.scene.Node text = l.lookup(".text"); // the words alone, not the info icon beside them
            return textContrast(root.snapshot(null, null), root.sceneToLocal(text.localToScene(text.getLayoutBounds())));
          }
        }
      }
      return 0.0;
    }).get());
    }
    assertThat(contrast).as("contrast of the notification's text on its background").isGreaterThan(4.5);
  }

  /**
   * The WCAG contrast between the popup's most common colour (its background) and the pixel of the
   * label that differs most from it (the text's core).
   */
  private static double textContrast(javafx.scene.image.Image popup, javafx.geometry.Bounds label) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    javafx.scene.image.PixelReader pr = popup.getPixelReader();
    for (int y = 0; y < popup.getHeight(); y++) {
      for (int x = 0; x < popup.getWidth(); x++) {
        counts.merge(pr.getArgb(x, y) | 0xff000000, 1, Integer::sum);
      }
    }
    int background = java.util.Collections.max(counts.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
    double lb = luminance(background);
    double best = 1;
    for (int y = (int) Math.max(0, label.getMinY()); y < Math.min(popup.getHeight(), label.getMaxY()); y++) {
      for (int x = (int) Math.max(0, label.getMinX()); x < Math.min(popup.getWidth(), label.getMaxX()); x++) {
        double l = luminance(pr.getArgb(x, y));
        best = Math.max(best, (Math.max(l, lb) + 0.05) / (Math.min(l, lb) + 0.05));
      }
    }
    return best;
  }

  private static double luminance(int argb) {
    double[] c = {(argb >> 16 & 0xff) / 255.0, (argb >> 8 & 0xff) / 255.0, (argb & 0xff) / 255.0};
    for (int i = 0; i < 3; i++) {
      c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void withoutALogFileTheStatusBarSaysSo(FxRobot robot) {
    robot.interact(() -> lab.window.problem("Could not copy the shipped lessons", null));
    assertThat(lab.window.status().problems()).containsExactly("Could not copy the shipped lessons");
    assertThat(lab.window.status().getText()).contains("this run writes no log file");
  }
}
