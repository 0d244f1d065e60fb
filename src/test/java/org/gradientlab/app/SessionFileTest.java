package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.gradientlab.scene.Workspace;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Save session… writes a .gradientlab file that Open session… (or a drop) brings back. */
@ExtendWith(ApplicationExtension.class)
class SessionFileTest {

  private static final SceneCodec CODEC = new SceneCodec(LandscapeCatalog.standard());

  @TempDir
  Path tmp;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage, Path.of("lessons"));
    lab.window.setNotifications(false);
  }

  @Test
  void aSavedSessionOpensBackAfterAReset(FxRobot robot) throws Exception {
    Path file = tmp.resolve("lecture.gradientlab");
    robot.interact(() -> {
      lab.window.lessons().open(lab.window.lessons().lessons().stream()
          .filter(l -> l.number().equals("03")).findFirst().orElseThrow());
      lab.model.selectLandscape("rosenbrock");
      lab.model.etaProperty().set(0.0015);
      lab.window.display().presentationProperty().set(true);
    });
    String scene = CODEC.write(lab.model.snapshot());
    robot.interact(() -> {
      try {
        lab.window.saveSession(file);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      lab.window.resetToDefaults();
    });
    assertThat(Files.readString(file)).startsWith("# Gradient Lab session").contains("[optimizer lab]")
        .contains("landscape: rosenbrock");
    assertThat(lab.window.display().presentationProperty().get()).isFalse();

    robot.interact(() -> assertThat(lab.window.openFile(file)).isTrue());
    assertThat(CODEC.write(lab.model.snapshot())).isEqualTo(scene);
    assertThat(lab.window.display().presentationProperty().get()).isTrue();
    assertThat(lab.window.lessons().currentProperty().get().id()).startsWith("03");
    assertThat(lab.window.status().problems()).isEmpty();
  }

  @Test
  void aLessonFileFromElsewhereOpensInTheLessonsPanel(FxRobot robot) throws Exception {
    Path lesson = Files.copy(Path.of("lessons/01-learning-rate.md"), tmp.resolve("01-my-copy.md"));
    robot.interact(() -> assertThat(lab.window.openFile(lesson)).isTrue());
    assertThat(lab.window.lessons().currentProperty().get().source()).isEqualTo(lesson.toString());
    assertThat(robot.lookup("#lesson-panel").tryQuery()).isPresent();
    assertThat(lab.window.workspace()).isEqualTo(Workspace.LAB);
  }

  @Test
  void aFileThatDoesNotReadIsReportedAndChangesNothing(FxRobot robot) throws Exception {
    Path bad = Files.writeString(tmp.resolve("broken.gradientlab"), "format: something-else 3\n");
    String before = CODEC.write(lab.model.snapshot());
    robot.interact(() -> assertThat(lab.window.openFile(bad)).isFalse());
    assertThat(lab.window.status().problems()).singleElement().asString()
        .contains("broken.gradientlab").contains("gradientlab-session 1");
    assertThat(CODEC.write(lab.model.snapshot())).isEqualTo(before);
  }

  @Test
  void onlySessionsAndLessonsAreTakenFromADrop() {
    assertThat(MainWindow.openable(Path.of("a/lecture.gradientlab"))).isTrue();
    assertThat(MainWindow.openable(Path.of("01-x.MD"))).isTrue();
    assertThat(MainWindow.openable(Path.of("photo.png"))).isFalse();
  }
}
