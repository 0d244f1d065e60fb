package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.net.Activation;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.Workspace;
import org.gradientlab.ui.HyperView;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.NetView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson that walks through all three workspaces, as a teacher's lecture on them would. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceLessonTest {

  private static final String LESSON = String.join("\n",
      "---", "title: Three workspaces", "---",
      "## A small net on XOR",
      "```scene", "workspace: nets", "dataset: XOR", "points: 80", "layers: 6", "activation: relu",
      "optimizer: Adam", "eta: 0.05", "steps: 40", "```",
      "Forty updates of Adam.",
      "```check", "training does not diverge", "```",
      "## The outer loop on the diabetes data",
      "```scene", "workspace: hyper", "problem: diabetes", "objective: training", "iterations: 2", "phase: 1",
      "```",
      "Two iterations and the inner solve of the third.",
      "## Back to the lab",
      "```scene", "workspace: lab", "landscape: bowl", "kappa: 10", "```",
      "A bowl.", "");

  @TempDir static Path folder;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(folder.resolve("20-workspaces.md"), LESSON);
    lab = new LabWindowFixture(stage, folder);
  }

  @Test
  void eachStepSwitchesToItsWorkspaceAndItsControlsShowTheScenesValues(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-lessons");
    LabWindowFixture.await(() -> !lab.window.lessons().lessons().isEmpty());
    robot.clickOn(robot.lookup(".lesson-list-title").queryAs(Label.class));

    // Step 1: the nets workspace, trained 40 updates, its controls set by the scene.
    LabWindowFixture.await(() -> lab.window.workspaceView() instanceof NetView
        && lab.window.workspaces().nets().snapshotProperty().get() != null
        && lab.window.workspaces().nets().snapshotProperty().get().updates() == 40);
    assertThat(lab.window.workspaces().currentProperty().get()).isEqualTo(Workspace.NETS);
    assertThat(robot.lookup("#workspace-nets").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#net-dataset").queryAs(ComboBox.class).getValue()).isEqualTo(ToyDatasets.Kind.XOR);
    assertThat(robot.lookup("#net-activation").queryAs(ComboBox.class).getValue()).isEqualTo(Activation.RELU);
    assertThat(robot.lookup("#net-hidden").queryAs(TextField.class).getText()).isEqualTo("6");
    assertThat(robot.lookup("#net-eta .number-field").queryAs(TextField.class).getText()).isEqualTo("0.05");
    NetScene shown = lab.window.workspaces().nets().snapshot();
    assertThat(shown.steps()).isEqualTo(40);
    assertThat(shown.hidden()).containsExactly(6);

    // Step 2: the hypergradient workspace, two iterations and one phase run.
    robot.clickOn("#lesson-next");
    LabWindowFixture.await(() -> lab.window.workspaceView() instanceof HyperView
        && lab.window.workspaces().hyper().isIdle());
    assertThat(robot.lookup("#hyper-objective").queryAs(ComboBox.class).getValue()).isEqualTo(OuterObjective.TRAINING);
    assertThat(robot.lookup("#hyper-problem").queryAs(ComboBox.class).getValue().toString()).startsWith("Diabetes");
    HyperScene hyper = lab.window.workspaces().hyper().snapshot();
    assertThat(hyper.iterations()).isEqualTo(2);
    assertThat(hyper.phase()).isEqualTo(1);
    assertThat(lab.window.workspaces().hyper().stateProperty().get().nextPhase())
        .isEqualTo(OuterLoop.Phase.LINEAR_SOLVE);

    // Step 3: back in the lab with the bowl's κ.
    robot.clickOn("#lesson-next");
    LabWindowFixture.await(() -> lab.window.workspaceView() instanceof LabView);
    assertThat(robot.lookup("#param-kappa .number-field").queryAs(TextField.class).getText()).isEqualTo("10");
    assertThat(((Scene) lab.window.workspaces().snapshot()).landscape().id()).isEqualTo("bowl");
  }
}
