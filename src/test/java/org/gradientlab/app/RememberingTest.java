package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.gradientlab.app.session.SessionState;
import org.gradientlab.app.session.SessionStore;
import org.gradientlab.scene.Workspace;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.testing.MemoryPreferences;
import org.gradientlab.viewmodel.LabModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app remembers the lecture: what is on screen when the window closes is what the next start
 * shows. The preferences are a node in memory, given to the app as the real one is: no test
 * touches the user's real preferences.
 */
@ExtendWith(ApplicationExtension.class)
class RememberingTest {

  private static final SceneCodec CODEC = new SceneCodec(LandscapeCatalog.standard());

  private final MemoryPreferences prefs = new MemoryPreferences();
  private final List<Stage> stages = new ArrayList<>();
  private Stage stage;
  private MainWindow window;

  @Start
  void start(Stage primary) {
    open(primary);
  }

  /** As the app loads its lessons: on a worker after the first frame; else at once. */
  private boolean lessonsInBackground;

  /** What GradientLabApp.start does, with the preferences node given. */
  private void open(Stage s) {
    stage = s;
    stages.add(s);
    window = GradientLabApp.createWindow(lessonsInBackground ? null : Path.of("lessons"));
    window.setNotifications(false);
    s.setTitle(GradientLabApp.TITLE);
    Remembering remembering = new Remembering(s, window, new SessionStore(prefs));
    remembering.restore(lessonsInBackground);
    s.setScene(GradientLabApp.scene(window));
    if (lessonsInBackground) {
      window.lessons().loadFolderLater(Path.of("lessons"), remembering::lessonsLoaded);
    }
    MainWindow shown = window;
    s.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remembering.save());
    s.setOnHidden(e -> shown.dispose());
    s.show();
  }

  /** Closes the window as the user does (which stores the session) and starts again. */
  private void restart(FxRobot robot) {
    restart(robot, null);
  }

  /** … with {@code meanwhile} run between the two runs (as an older or newer version would). */
  private void restart(FxRobot robot, Runnable meanwhile) {
    robot.interact(() -> {
      stage.hide();
      if (meanwhile != null) {
        meanwhile.run();
      }
      open(new Stage());
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void closeAll(FxRobot robot) {
    robot.interact(() -> stages.forEach(Stage::hide));
  }

  @Test
  void aChangedSceneThemeLessonAndWorkspaceComeBackAfterARestart(FxRobot robot) throws Exception {
    robot.interact(() -> {
      window.lessons().open(window.lessons().lessons().get(1));
      window.lessons().goTo(1);
    });
    // As a student would: type a learning rate, add Adam to the race, switch to the light theme.
    TextField eta = robot.lookup("#eta .number-field").queryAs(TextField.class);
    robot.interact(eta::requestFocus);
    robot.interact(eta::selectAll);
    robot.write("0.05").type(KeyCode.ENTER);
    robot.clickOn("#toggle-adam");
    robot.clickOn("#toggle-light");
    robot.interact(() -> {
      window.showWorkspace(Workspace.NETS);
      window.netView().model().datasetProperty().set(ToyDatasets.Kind.MOONS);
      window.netView().model().etaProperty().set(0.2);
      stage.setWidth(1100);
      stage.setHeight(760);
      stage.setX(30);
      stage.setY(40);
    });
    LabWindowFixture.await(() -> window.labModel().etaProperty().get() == 0.05);
    String lessonId = window.lessons().currentProperty().get().id();
    String scene = CODEC.write(window.labModel().snapshot());
    assertThat(scene).contains("eta: 0.05").contains("Adam");

    restart(robot);

    assertThat(CODEC.write(window.labModel().snapshot())).isEqualTo(scene);
    assertThat(window.lessons().currentProperty().get().id()).isEqualTo(lessonId);
    assertThat(window.lessons().stepIndexProperty().get()).isEqualTo(1);
    assertThat(window.display().lightProperty().get()).isTrue();
    assertThat(window.workspace()).isEqualTo(Workspace.NETS);
    assertThat(window.netView().model().datasetProperty().get()).isEqualTo(ToyDatasets.Kind.MOONS);
    assertThat(window.netView().model().etaProperty().get()).isEqualTo(0.2);
    assertThat(stage.getWidth()).isEqualTo(1100);
    assertThat(stage.getHeight()).isEqualTo(760);
    assertThat(stage.getX()).isEqualTo(30);
    // What the controls show, not only what the model holds.
    robot.interact(() -> window.showWorkspace(Workspace.LAB));
    assertThat(robot.lookup("#eta .number-field").queryAs(TextField.class).getText()).isEqualTo("0.05");
    assertThat(robot.lookup("#toggle-adam").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#toggle-light").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(window.status().problems()).isEmpty();
  }

  @Test
  void withLessonsLoadingAfterTheFirstFrameTheLessonStepAndTheLabsOwnSceneStillComeBack(FxRobot robot)
      throws Exception {
    robot.interact(() -> {
      window.lessons().open(window.lessons().lessons().get(0));
      window.lessons().goTo(2);
      window.labModel().etaProperty().set(0.3);
    });
    String scene = CODEC.write(window.labModel().snapshot());
    lessonsInBackground = true;
    restart(robot);
    LabWindowFixture.await(() -> window.lessons().currentProperty().get() != null);
    assertThat(window.lessons().currentProperty().get().id()).startsWith("01");
    assertThat(window.lessons().stepIndexProperty().get()).isEqualTo(2);
    assertThat(CODEC.write(window.labModel().snapshot())).isEqualTo(scene);
    assertThat(window.status().problems()).isEmpty();
  }

  @Test
  void storedTextsThatNoLongerReadAreReportedOnceAndReplacedByDefaults(FxRobot robot) throws Exception {
    SessionState stale = new SessionState(Workspace.LAB, false, false, false, null, 1,
        "landscape: volcano\n", "dataset: quicksand\n", null);
    restart(robot, () -> new SessionStore(prefs).save(stale, null));

    assertThat(window.status().problems()).hasSize(2);
    assertThat(window.status().problems().get(0)).contains("optimizer-lab scene").contains("volcano")
        .contains("defaults");
    assertThat(window.status().problems().get(1)).contains("neural-net settings").contains("quicksand");
    assertThat(robot.lookup("#status-problems").queryButton().isVisible()).isTrue();
    assertThat(window.labModel().snapshot()).isEqualTo(expectedInitial(window));

    restart(robot);
    assertThat(window.status().problems()).as("reported once").isEmpty();
  }

  @Test
  void resetToDefaultsForgetsWhatWasStored(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-light");
    robot.interact(() -> window.labModel().selectLandscape("rosenbrock"));
    robot.interact(() -> window.resetToDefaults());
    assertThat(prefs.keys()).isEmpty();
    assertThat(window.display().lightProperty().get()).isFalse();
    assertThat(window.labModel().snapshot()).isEqualTo(expectedInitial(window));
    assertThat(stage.getWidth()).isEqualTo(GradientLabApp.WIDTH);
  }

  /** The lab's first scene, as the lab resolves it (the landscape's default start filled in). */
  private static Scene expectedInitial(MainWindow w) throws Exception {
    LabModel probe = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);
    return probe.snapshot();
  }
}
