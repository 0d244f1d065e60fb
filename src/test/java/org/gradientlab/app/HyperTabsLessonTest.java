package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.ui.HyperView;
import org.gradientlab.viewmodel.BayesModel;
import org.gradientlab.viewmodel.HyperModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson whose steps open the Hypergradients workspace's further tabs with their settings. */
@ExtendWith(ApplicationExtension.class)
class HyperTabsLessonTest {

  private static final String LESSON = String.join("\n",
      "---", "title: The further tabs", "---",
      "## η through training",
      "```scene", "workspace: hyper", "tab: unrolled", "horizon-loop: momentum", "horizon-steps: 300",
      "horizon-at: -1.5, 0.4", "checkpoint-every: 12", "```",
      "Three hundred steps of momentum.",
      "## Bayesian optimisation",
      "```scene", "tab: bayes", "bayes-seed: 3", "bayes-evaluations: 5", "bayes-phase: 1", "```",
      "Five evaluations and the next posterior.",
      "## Many λ",
      "```scene", "tab: many", "many-budget: 6", "many-seed: 2", "```",
      "Six evaluations each.", "");

  @TempDir static Path folder;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(folder.resolve("21-tabs.md"), LESSON);
    lab = new LabWindowFixture(stage, folder);
  }

  private static String field(FxRobot robot, String id) {
    return robot.lookup("#" + id + " .number-field").queryAs(TextField.class).getText();
  }

  private static String selectedTab(FxRobot robot) {
    return robot.lookup("#hyper-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
  }

  @Test
  void eachStepSwitchesToItsTabWithTheScenesValuesOnTheControls(FxRobot robot) throws Exception {
    robot.clickOn("#toggle-lessons");
    LabWindowFixture.await(() -> !lab.window.lessons().lessons().isEmpty());
    robot.clickOn(robot.lookup(".lesson-list-title").queryAs(Label.class));

    // Step 1: η through training, its controls set and its meters computed for T = 300.
    LabWindowFixture.await(() -> lab.window.workspaceView() instanceof HyperView
        && lab.window.workspaces().hyper().unrolled().metersProperty().get() != null
        && lab.window.workspaces().hyper().unrolled().metersProperty().get().comparison().steps() == 300);
    HyperModel hyper = lab.window.workspaces().hyper();
    assertThat(selectedTab(robot)).isEqualTo("hyper-tab-unrolled");
    assertThat(robot.lookup("#unrolled-method").queryAs(ComboBox.class).getValue()).isEqualTo(UnrolledMethod.MOMENTUM);
    assertThat(field(robot, "unrolled-steps")).isEqualTo("300");
    assertThat(field(robot, "unrolled-log-lambda")).isEqualTo("−1.5");
    assertThat(field(robot, "unrolled-eta")).isEqualTo("0.4");
    assertThat(field(robot, "unrolled-k")).isEqualTo("12");
    assertThat(hyper.unrolled().metersProperty().get().comparison().checkpointEvery()).isEqualTo(12);
    assertThat(hyper.snapshot().horizon())
        .isEqualTo(new HyperScene.Horizon(UnrolledMethod.MOMENTUM, 300, -1.5, 0.4, 12));

    // Step 2: Bayesian optimisation after five evaluations and the posterior of the sixth.
    robot.clickOn("#lesson-next");
    LabWindowFixture.await(() -> hyper.bayes().stateProperty().get() != null
        && hyper.bayes().stateProperty().get().evaluations().size() == 5 && !hyper.bayes().busyProperty().get());
    assertThat(selectedTab(robot)).isEqualTo("hyper-tab-bayes");
    assertThat(field(robot, "bayes-seed")).isEqualTo("3");
    assertThat(robot.lookup("#bayes-target").queryAs(ComboBox.class).getValue()).isEqualTo(BayesModel.Target.VALIDATION);
    LabWindowFixture.await(() -> robot.lookup("#bayes-posterior").query().lookupAll(".phase-result").stream()
        .anyMatch(n -> n instanceof Label l && l.getText().contains("fitted to 5 points")));
    assertThat(hyper.snapshot().bayes()).isEqualTo(new HyperScene.Bayes(HyperScene.BayesTarget.VALIDATION, 3, 5, 1));

    // Step 3: many λ with its budget and seed; the result is for them.
    robot.clickOn("#lesson-next");
    LabWindowFixture.await(() -> hyper.manyLambdas().resultProperty().get() != null
        && hyper.manyLambdas().resultProperty().get().budget() == 6);
    assertThat(selectedTab(robot)).isEqualTo("hyper-tab-many");
    assertThat(field(robot, "many-budget")).isEqualTo("6");
    assertThat(field(robot, "many-seed")).isEqualTo("2");
    assertThat(hyper.manyLambdas().resultProperty().get().seed()).isEqualTo(2);
    assertThat(hyper.snapshot().tab()).isEqualTo(HyperScene.Tab.MANY);
  }
}
