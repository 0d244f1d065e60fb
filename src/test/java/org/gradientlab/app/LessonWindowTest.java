package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.ui.MarkdownView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lessons as a student and a teacher use them, on a copy of the shipped lesson 1. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

  @TempDir static Path folder;
  private LabWindowFixture lab;
  private Path lessonOne;

  @Start
  void start(Stage stage) throws Exception {
    lessonOne = folder.resolve("01-learning-rate.md");
    Files.copy(Path.of("lessons/01-learning-rate.md"), lessonOne,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(folder.resolve("02-broken.md"), "---\ntitle: Broken\n---\n## A\n```scene\nkappa: 3\n```\n");
    lab = new LabWindowFixture(stage, folder);
  }

  private void openLessonOne(FxRobot robot) throws Exception {
    if (!robot.lookup("#toggle-lessons").queryAs(javafx.scene.control.ToggleButton.class).isSelected()) {
      robot.clickOn("#toggle-lessons");
    }
    LabWindowFixture.await(() -> !lab.window.lessons().lessons().isEmpty());
    robot.clickOn(robot.lookup(".lesson-list-title").queryAs(Label.class));
    LabWindowFixture.await(() -> lab.window.lessons().currentProperty().get() != null);
  }

  @Test
  void steppingThroughLessonOneAppliesEachStepsSceneAsTheFileSays(FxRobot robot) throws Exception {
    openLessonOne(robot);
    Lesson lesson = lab.window.lessons().currentProperty().get();
    assertThat(lesson.title()).isEqualTo("The learning rate on f(x) = x²");
    double[] etas = {0.1, 0.5, 1, 1.5};
    for (int i = 0; i < etas.length; i++) {
      int step = i;
      LabWindowFixture.await(() -> lab.model.getResult() != null
          && lab.model.getResult().scene().settings().value(GradientDescent.KIND, "eta") == etas[step]);
      assertThat(LabWindowFixture.text(robot, "#step-counter")).isEqualTo("Step " + (i + 1) + " of 4");
      assertThat(LabWindowFixture.text(robot, "#step-title")).isEqualTo(lesson.steps().get(i).title());
      assertThat(lab.model.racing()).containsExactly(GradientDescent.KIND);
      assertThat(robot.lookup("#step-text").queryAs(MarkdownView.class).formulas()).isNotEmpty();
      if (i < etas.length - 1) {
        robot.clickOn("#lesson-next");
      }
    }
    // The student plays, then asks for the step's scene back.
    robot.interact(() -> lab.model.etaProperty().set(0.3));
    robot.clickOn("#lesson-restore");
    LabWindowFixture.await(() -> lab.model.etaProperty().get() == 1.5);
    // Every claim of the last step holds, as the engine shows.
    LabWindowFixture.await(() -> !lab.window.lessons().claims().isEmpty());
    assertThat(lab.window.lessons().claims()).allMatch(c -> c.verdict().holds());
  }

  @Test
  void editingTheOpenLessonOnDiskReloadsIt(FxRobot robot) throws Exception {
    openLessonOne(robot);
    String text = Files.readString(lessonOne);
    Files.writeString(lessonOne, text.replace("## A small learning rate", "## A very small learning rate"));
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#step-title").equals("A very small learning rate"));
    assertThat(LabWindowFixture.text(robot, "#lesson-notice")).contains("Reloaded");
    // A broken edit keeps the last good version on screen and says what is wrong, and where.
    Files.writeString(lessonOne, text.replace("eta: 0.1", "eta: slow"));
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#lesson-notice").contains("last good version"));
    assertThat(LabWindowFixture.text(robot, "#step-title")).isEqualTo("A very small learning rate");
    assertThat(LabWindowFixture.text(robot, "#lesson-notice")).contains("01-learning-rate.md:", "'slow' is not a number");
    Files.writeString(lessonOne, text);
  }

  @Test
  void aBrokenLessonShowsItsErrorAndTheOthersStillWork(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-lessons");
    LabWindowFixture.await(() -> !lab.window.lessons().problems().isEmpty());
    VBox problems = robot.lookup("#lesson-problems").queryAs(VBox.class);
    String shown = ((Label) problems.getChildren().get(0)).getText();
    assertThat(shown).contains("02-broken.md:6:", "unknown key 'kappa'");
    assertThat(lab.window.lessons().lessons()).extracting(Lesson::id).containsExactly("01-learning-rate");
    openLessonOne(robot);
    LabWindowFixture.await(() -> lab.model.getResult().scene().settings().value(GradientDescent.KIND, "eta") == 0.1);
  }
}
