package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * Lessons as a student and a teacher use them, on a copy of the shipped lesson 1 beside files a
 * hostile tester left in the folder.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

  private static final String HEAD = "---\ntitle: T\n---\n## S\n";

  @TempDir static Path root;
  private Path folder;
  private LabWindowFixture lab;
  private Path lessonOne;

  @Start
  void start(Stage stage) throws Exception {
    folder = root.resolve("lessons");
    if (Files.isDirectory(folder)) {
      try (var old = Files.list(folder)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    } else {
      Files.createDirectory(folder);
    }
    lessonOne = folder.resolve("01-learning-rate.md");
    Files.copy(Path.of("lessons/01-learning-rate.md"), lessonOne);
    Files.writeString(folder.resolve("02-broken.md"), "---\ntitle: Broken\n---\n## A\n```scene\nkappa: 3\n```\n");
    Files.writeString(folder.resolve("01-second.md"), HEAD + "A copy numbered 01.\n");
    Files.writeString(folder.resolve("03-deep.md"),
        HEAD + "text\n\n$" + "\\frac{1}{".repeat(800) + "x" + "}".repeat(800) + "$\n");
    Files.write(folder.resolve("04-latin.md"), (HEAD + "ok\ncaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(folder.resolve("05-fence.md"), HEAD + "```scene\neta: 0.1\n\n## T\nmore\n");
    Files.writeString(folder.resolve("06-latex.md"), HEAD + "the $\\frac{1}$ formula\n");
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

  /** The largest font of the body text under {@code n} (its Text nodes). */
  private static double bodyFont(javafx.scene.Node n) {
    double max = 0;
    if (n instanceof javafx.scene.text.Text t && !t.getFont().getStyle().toLowerCase().contains("bold")) {
      max = t.getFont().getSize();
    }
    if (n instanceof javafx.scene.Parent p) {
      for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
        max = Math.max(max, bodyFont(c));
      }
    }
    return max;
  }

  @Test
  void inPresentModeTheHeadingsGrowWithTheBodyTextAndStayLargerThanIt(FxRobot robot) throws Exception {
    openLessonOne(robot);
    for (boolean present : new boolean[] {false, true}) {
      org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lab.window.display().presentationProperty().set(present)).get();
      org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
      double body = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> bodyFont(robot.lookup("#step-text").query())).get();
      Label step = robot.lookup("#step-title").queryAs(Label.class);
      Label lesson = robot.lookup("#lesson-title").queryAs(Label.class);
      // The titles' size is a style: it takes effect at the next CSS pass, which a loaded machine may delay.
      try {
        LabWindowFixture.await(() -> step.getFont().getSize() > 1.1 * body && lesson.getFont().getSize() > 1.1 * body);
      } catch (java.util.concurrent.TimeoutException e) {
        // the assertions below say what the sizes are
      }
      assertThat(body).as("present " + present).isEqualTo(present ? 15 * 1.35 : 15, org.assertj.core.api.Assertions.within(0.01));
      assertThat(step.getFont().getSize()).as("present " + present).isGreaterThan(1.1 * body);
      assertThat(lesson.getFont().getSize()).as("present " + present).isGreaterThan(1.1 * body);
    }
    org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lab.window.display().presentationProperty().set(false)).get();
  }

  @Test
  void steppingThroughLessonOneAppliesEachStepsSceneAsTheFileSays(FxRobot robot) throws Exception {
    openLessonOne(robot);
    Lesson lesson = lab.window.lessons().currentProperty().get();
    assertThat(lesson.title()).isEqualTo("The learning rate on f(x) = x²");
    double[] etas = {0.1, 0.5, 1, 1.5, 1};
    for (int i = 0; i < etas.length; i++) {
      int step = i;
      LabWindowFixture.await(() -> lab.model.getResult() != null
          && lab.model.getResult().scene().settings().value(GradientDescent.KIND, "eta") == etas[step]);
      assertThat(LabWindowFixture.text(robot, "#step-counter")).isEqualTo("Step " + (i + 1) + " of " + etas.length);
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
    LabWindowFixture.await(() -> lab.model.etaProperty().get() == 1);
    // The last step's η decays: its schedule is on screen.
    assertThat(robot.lookup("#schedule-kind").queryAs(javafx.scene.control.ComboBox.class).getValue())
        .isEqualTo(org.gradientlab.optimizer.LearningRateSchedule.Kind.EXPONENTIAL);
    assertThat(robot.lookup("#schedule-decay .number-field").queryAs(javafx.scene.control.TextField.class)
        .getText()).isEqualTo("0.99");
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
  void editingTheCheckBlockOfTheShownStepShowsTheNewVerdictAtOnce(FxRobot robot) throws Exception {
    openLessonOne(robot);
    LabWindowFixture.await(() -> claimLabels(robot).stream().anyMatch(l -> l.getStyleClass().contains("claim-holds")));
    String text = Files.readString(lessonOne);
    try {
      Files.writeString(lessonOne, text.replace("GD converges within 70 steps", "GD converges within 10 steps"));
      LabWindowFixture.await(() -> claimLabels(robot).stream().anyMatch(l ->
          l.getText().startsWith("GD converges within 10 steps — but") && l.getStyleClass().contains("claim-fails")));
      assertThat(LabWindowFixture.text(robot, "#step-counter")).isEqualTo("Step 1 of 5");
    } finally {
      Files.writeString(lessonOne, text);
    }
  }

  private static List<Label> claimLabels(FxRobot robot) {
    VBox claims = robot.lookup("#lesson-claims").queryAs(VBox.class);
    return claims.getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
  }

  @Test
  void aStepThatWouldBreakTheFileComesBackWithTheReasonAndWhatWasTyped(FxRobot robot) throws Exception {
    openLessonOne(robot);
    byte[] before = Files.readAllBytes(lessonOne);
    robot.clickOn("#lesson-save");
    LabWindowFixture.await(() -> robot.lookup("#save-text").tryQuery().isPresent());
    robot.interact(() -> {
      robot.lookup("#save-title").queryAs(javafx.scene.control.TextField.class).setText("Costs");
      robot.lookup("#save-text").queryAs(javafx.scene.control.TextArea.class).setText("It costs $5.");
    });
    robot.clickOn(okButton(robot));
    LabWindowFixture.await(() -> robot.lookup("#save-problem").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    assertThat(robot.lookup("#save-problem").queryAs(Label.class).getText()).contains("Not saved", "\\$");
    assertThat(robot.lookup("#save-text").queryAs(javafx.scene.control.TextArea.class).getText()).isEqualTo("It costs $5.");
    assertThat(robot.lookup("#save-title").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Costs");
    assertThat(Files.readAllBytes(lessonOne)).isEqualTo(before);
    // Written as the reason says, it saves.
    robot.interact(() -> robot.lookup("#save-text").queryAs(javafx.scene.control.TextArea.class).setText("It costs \\$5."));
    robot.clickOn(okButton(robot));
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#lesson-notice").startsWith("Saved as step 6"));
    assertThat(LabWindowFixture.text(robot, "#step-title")).isEqualTo("Costs");
    Files.write(lessonOne, before);
  }

  private static javafx.scene.Node okButton(FxRobot robot) {
    return robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) -> "OK".equals(b.getText()))
        .query();
  }

  @Test
  void everyBrokenFileIsListedWithFileLineAndReasonAndTheGoodLessonStillWorks(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-lessons");
    LabWindowFixture.await(() -> problemsShown(robot).size() == 6);
    assertThat(problemsShown(robot))
        .anySatisfy(p -> assertThat(p).contains("02-broken.md:6:", "unknown key 'kappa'"))
        .anySatisfy(p -> assertThat(p).contains("01-second.md:1:", "number 01", "01-learning-rate.md"))
        .anySatisfy(p -> assertThat(p).contains("03-deep.md:7:", "nested more than"))
        .anySatisfy(p -> assertThat(p).contains("04-latin.md:6:", "not UTF-8 at line 6"))
        .anySatisfy(p -> assertThat(p).contains("05-fence.md:5:", "```scene block opened here is not closed"))
        .anySatisfy(p -> assertThat(p).contains("06-latex.md:5:", "column 6", "\\frac needs 2 arguments"));
    assertThat(lab.window.lessons().lessons()).extracting(Lesson::id).containsExactly("01-learning-rate");
    openLessonOne(robot);
    LabWindowFixture.await(() -> lab.model.getResult().scene().settings().value(GradientDescent.KIND, "eta") == 0.1);
  }

  private static List<String> problemsShown(FxRobot robot) {
    VBox problems = robot.lookup("#lesson-problems").queryAs(VBox.class);
    return problems.getChildren().stream().map(n -> ((Label) n).getText()).toList();
  }

  @Test
  void thePanelSaysWhenTheFolderIsNotWatchedAndPicksItUpWhenItIsBack(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-lessons");
    Label watch = robot.lookup("#lesson-watch").queryAs(Label.class);
    assertThat(watch.isVisible()).isFalse();
    Path moved = root.resolve("moved-away");
    Files.move(folder, moved);
    try {
      LabWindowFixture.await(watch::isVisible);
      assertThat(watch.getText()).contains("not being watched", folder.toString());
      Files.createDirectory(folder);
      Files.copy(moved.resolve("01-learning-rate.md"), lessonOne);
      Files.writeString(folder.resolve("07-new.md"), HEAD + "Written while the app was not watching.\n");
      LabWindowFixture.await(() -> !watch.isVisible());
      LabWindowFixture.await(() -> lab.window.lessons().lessons().size() == 2);
      assertThat(problemsShown(robot)).isEmpty();
    } finally {
      try (var left = Files.list(moved)) {
        for (Path p : left.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(moved);
    }
  }
}
