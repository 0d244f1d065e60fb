package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.LearningRateSweep;
import org.gradientlab.viewmodel.TuneModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Tune each" as a teacher uses it before a fair race. */
@ExtendWith(ApplicationExtension.class)
class TuneEachTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void tuningSweepsEachOptimizerDrawsItsCurveAndApplyingGivesEachItsBestEta(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("rosenbrock");
      lab.model.setRacing(Adam.KIND, true);
    });
    robot.clickOn("#tune-each");
    LabWindowFixture.await(() -> lab.model.tuning().sweepProperty().get() != null
        && lab.model.tuning().progressProperty().get() == 1);
    TuneModel.Sweep sweep = lab.model.tuning().sweepProperty().get();
    assertThat(sweep.curves()).extracting(LearningRateSweep::kind)
        .containsExactly(GradientDescent.KIND, Adam.KIND);
    Node plot = robot.lookup("#tune-plot").query();
    assertThat(plot.isVisible()).isTrue();
    // Both sweep curves are drawn, each in its optimizer's colour.
    Pixels pixels = Pixels.of(plot);
    for (var kind : java.util.List.of(GradientDescent.KIND, Adam.KIND)) {
      assertThat(pixels.count(org.gradientlab.ui.OptimizerColors.of(kind)))
          .as(kind.label() + "'s curve").isGreaterThan(30);
    }
    assertThat(LabWindowFixture.text(robot, "#tune-criterion"))
        .contains("lowest f after 1000 steps").contains("GD η = ").contains("Adam η = ");

    robot.clickOn("#tune-apply");
    LabWindowFixture.await(() -> lab.model.getResult().trajectories().stream().allMatch(t ->
        t.optimizer().learningRate() == sweep.curves().stream().filter(c -> c.kind() == t.optimizer().kind())
            .findFirst().orElseThrow().bestEta()));
    assertThat(lab.model.linkedControlsProperty().get()).isFalse();
    // The tuned race ends where the sweep said each optimizer's best η ends.
    for (var t : lab.model.getResult().trajectories()) {
      LearningRateSweep c = sweep.curves().stream().filter(x -> x.kind() == t.optimizer().kind()).findFirst().orElseThrow();
      assertThat(t.finalValue()).isEqualTo(c.bestValue());
    }
  }
}
