package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.lesson.LessonProgress;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.testing.MemoryPreferences;
import org.gradientlab.ui.OptimizerColors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A student working through the learning-rate "check yourself" lesson: the run is hidden until
 * the first answer, a wrong answer reads red with the engine's value, a right one green, and what
 * was done is still listed in the browser after a restart on the same preferences.
 */
@ExtendWith(ApplicationExtension.class)
class PredictionWindowTest {

  private static final String LESSON = "01b-check-yourself-learning-rate.md";
  private static final String MOMENTUM = "03b-check-yourself-momentum.md";

  @TempDir static Path root;
  private Path folder;
  private LabWindowFixture lab;
  private MemoryPreferences node;

  @Start
  void start(Stage stage) throws Exception {
    folder = root.resolve("lessons");
    Files.createDirectories(folder);
    for (String l : new String[] {LESSON, MOMENTUM}) {
      Files.copy(Path.of("lessons", l), folder.resolve(l), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    node = new MemoryPreferences();
    lab = new LabWindowFixture(stage, folder);
    lab.window.lessons().useProgress(new LessonProgress(node));
    lab.window.showLessons(true);
  }

  private void openTheLesson(FxRobot robot, MainWindow window) throws Exception {
    LabWindowFixture.await(() -> !window.lessons().lessons().isEmpty());
    robot.clickOn(robot.lookup(".lesson-list-title").queryAs(Label.class));
    LabWindowFixture.await(() -> window.lessons().prediction().expectedProperty().get() != null);
  }

  /** How many pixels of {@code node} are close to {@code c}. */
  private static int pixelsOf(Node node, Color c) throws Exception {
    return Pixels.of(node).count(c);
  }

  private static boolean reddish(Color c) {
    return c.getRed() > c.getGreen() + 0.2;
  }

  private static boolean greenish(Color c) {
    return c.getGreen() > c.getRed() + 0.2;
  }

  @Test
  void aWrongAnswerThenARightOneGiveTheirFeedbacksAndTheRunShowsAfterTheFirst(FxRobot robot) throws Exception {
    openTheLesson(robot, lab.window);
    Node curve = robot.lookup("#curve").query();
    Color gd = OptimizerColors.of(GradientDescent.KIND);
    // Hidden: the cover over the charts, the playback held at the start point, no edge on the slider.
    assertThat(robot.lookup("#run-hidden").query().isVisible()).isTrue();
    assertThat(LabWindowFixture.text(robot, "#frame-label")).isEqualTo("hidden");
    assertThat(LabWindowFixture.text(robot, "#prediction-feedback")).contains("hidden until you answer");
    assertThat(robot.lookup("#lesson-claims").queryAs(javafx.scene.layout.VBox.class).getChildren()).isEmpty();
    int before = pixelsOf(curve, gd);

    robot.clickOn("#prediction-hint");
    assertThat(robot.lookup("#prediction-hint-1").tryQuery()).isPresent();
    assertThat(robot.lookup("#prediction-hint-2").tryQuery()).isEmpty();

    robot.clickOn("#prediction-input").write("0.5");
    robot.clickOn("#prediction-answer");
    Label feedback = robot.lookup("#prediction-feedback").queryAs(Label.class);
    LabWindowFixture.await(() -> feedback.getText().startsWith("Not quite"));
    assertThat(feedback.getText()).contains("0.03125").contains("you said 0.5");
    LabWindowFixture.await(() -> reddish((Color) feedback.getTextFill()));
    assertThat(pixelsWhere(feedback, PredictionWindowTest::reddish)).isGreaterThan(30);
    assertThat(pixelsWhere(feedback, PredictionWindowTest::greenish)).isZero();
    // The run plays after the first answer: the cover goes, the path appears in GD's colour.
    LabWindowFixture.await(() -> !robot.lookup("#run-hidden").query().isVisible());
    LabWindowFixture.await(() -> lab.model.playback().getFrame() == lab.model.playback().lastFrameProperty().get());
    assertThat(pixelsOf(curve, gd)).isGreaterThan(before + 50);
    assertThat(robot.lookup("#prediction-why").queryAs(javafx.scene.layout.VBox.class).getChildren()).isNotEmpty();

    robot.doubleClickOn("#prediction-input").eraseText(3).write("0.031");
    robot.clickOn("#prediction-answer");
    LabWindowFixture.await(() -> feedback.getText().startsWith("Right"));
    LabWindowFixture.await(() -> greenish((Color) feedback.getTextFill()));
    assertThat(pixelsWhere(feedback, PredictionWindowTest::greenish)).isGreaterThan(30);
    assertThat(pixelsWhere(feedback, PredictionWindowTest::reddish)).isZero();
  }

  @Test
  void aClickOnTheLandscapeIsTheGuessedPointDrawnThereAndTheStartStays(FxRobot robot) throws Exception {
    robot.interact(() -> lab.window.lessons().open(lab.window.lessons().lessons().stream()
        .filter(l -> l.id().startsWith("03b")).findFirst().orElseThrow()));
    robot.interact(() -> lab.window.lessons().goTo(3));
    LabWindowFixture.await(() -> lab.window.lessons().prediction().expectedProperty().get() != null
        && lab.model.getResult() != null && lab.model.getResult().objective().dimension() == 2);
    org.gradientlab.ui.LandscapeView plane = robot.lookup("#plane").queryAs(org.gradientlab.ui.LandscapeView.class);
    LabWindowFixture.await(() -> plane.viewport() != null);
    org.gradientlab.math.Point start = lab.model.startProperty().get();
    org.gradientlab.plot.Viewport vp = plane.viewport();
    double px = vp.toPixelX(1.5);
    double py = vp.toPixelY(-1.5);
    Color ring = org.gradientlab.ui.PlotStyle.DARK.minimum();
    assertThat(Pixels.of(plane).near(px + 11, py, ring, 2)).as("no guess drawn before the click").isFalse();
    robot.clickOn(plane.localToScreen(px, py));
    LabWindowFixture.await(() -> lab.window.lessons().prediction().pickedProperty().get() != null);
    assertThat(lab.model.startProperty().get()).isEqualTo(start);
    assertThat(Pixels.of(plane).near(px + 11, py, ring, 2)).as("the guess's ring").isTrue();
    assertThat(Pixels.of(plane).near(px, py + 14, ring, 2)).as("the guess's crosshair").isTrue();
    robot.clickOn("#prediction-answer");
    Label feedback = robot.lookup("#prediction-feedback").queryAs(Label.class);
    LabWindowFixture.await(() -> feedback.getText().startsWith("Not quite"));
    assertThat(feedback.getText()).contains("Momentum after 20 steps is at "
        + lab.window.lessons().prediction().expectedProperty().get().shown());
  }

  private static int pixelsWhere(Node node, java.util.function.Predicate<Color> p) throws Exception {
    Pixels px = Pixels.of(node);
    int n = 0;
    for (int y = 0; y < px.image().getHeight(); y++) {
      for (int x = 0; x < px.image().getWidth(); x++) {
        if (p.test(px.at(x, y))) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void progressSurvivesARestartOnTheSamePreferencesAndResetForgetsIt(FxRobot robot) throws Exception {
    openTheLesson(robot, lab.window);
    robot.clickOn("#prediction-input").write("0.03125");
    robot.clickOn("#prediction-answer");
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#prediction-feedback").startsWith("Right"));
    robot.clickOn("#lesson-next");
    LabWindowFixture.await(() -> lab.window.lessons().stepIndexProperty().get() == 1);
    robot.interact(() -> robot.lookup("#lesson-back").queryButton().getScene().getWindow().hide());

    // A new window on the same preferences: what the student did is listed in the browser.
    Stage[] second = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    robot.interact(() -> {
      window[0] = GradientLabApp.createWindow(folder);
      window[0].lessons().useProgress(new LessonProgress(node));
      window[0].showLessons(true);
      second[0] = new Stage();
      second[0].setScene(GradientLabApp.scene(window[0]));
      second[0].setOnHidden(e -> window[0].dispose());
      second[0].show();
    });
    LabWindowFixture.await(() -> !window[0].lessons().lessons().isEmpty());
    LabWindowFixture.await(() -> robot.lookup(".lesson-progress").tryQuery().isPresent());
    assertThat(robot.from(second[0].getScene().getRoot()).lookup(".lesson-progress").queryAs(Label.class).getText())
        .isEqualTo("Opened 2/6 · predicted 1/6, 1 right first time");
    robot.clickOn(robot.from(second[0].getScene().getRoot()).lookup("#lesson-reset-progress").queryButton());
    LabWindowFixture.await(() -> robot.from(second[0].getScene().getRoot()).lookup(".lesson-progress")
        .queryAs(Label.class).getText().equals("Not started"));
    assertThat(new LessonProgress(node).of("01b-check-yourself-learning-rate").isEmpty()).isTrue();
    robot.interact(second[0]::hide);
  }
}
