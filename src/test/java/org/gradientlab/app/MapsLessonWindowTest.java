package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonStep;
import org.gradientlab.maps.HeavyBallRate;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.plot.Viewport;
import org.gradientlab.scene.Panel;
import org.gradientlab.ui.MomentumMapView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lesson 3's map step, as the shipped lesson shows it in the app. */
@ExtendWith(ApplicationExtension.class)
class MapsLessonWindowTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage, Path.of("lessons"));
  }

  @Test
  void lessonThreesMapStepShowsTheMapWithTheRaceNextToPolyaksOptimum(FxRobot robot) throws Exception {
    LabWindowFixture.await(() -> !lab.window.lessons().lessons().isEmpty());
    Lesson three = lab.window.lessons().lessons().stream().filter(l -> l.id().equals("03-momentum"))
        .findFirst().orElseThrow();
    List<LessonStep> steps = three.steps();
    int index = 0;
    while (!steps.get(index).title().equals("The whole (η, α) plane")) {
      index++;
    }
    int step = index;
    robot.interact(() -> {
      lab.window.lessons().open(three);
      lab.window.lessons().goTo(step);
    });
    MomentumMapView view = lab.window.lab().maps().momentumView();
    LabWindowFixture.await(() -> lab.model.panels().contains(Panel.RATE_MAP)
        && lab.model.getResult().trajectories().size() == 2 && view.shownMap() != null
        && lab.window.lessons().claims().size() == 2);
    assertThat(lab.window.lab().maps().isVisible()).isTrue();
    assertThat(lab.window.lessons().claims()).allSatisfy(c -> assertThat(c.verdict().holds())
        .as(c.claim().text() + ": " + c.verdict().actual()).isTrue());
    // The race sits at the rounded optimum the prose names: the dot beside the diamond.
    Viewport vp = view.viewport();
    double[] dot = Pixels.of(view).discCentre(OptimizerColors.forStyle(Momentum.KIND, PlotStyle.DARK), 3);
    assertThat(dot).isNotNull();
    assertThat(Math.hypot(dot[0] - vp.toPixelX(2.31), dot[1] - vp.toPixelY(0.27))).isLessThan(1.5);
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(0.1, 1);
    assertThat(Math.hypot(vp.toPixelX(best.eta()) - dot[0], vp.toPixelY(best.alpha()) - dot[1]))
        .as("the dot covers the optimum's diamond").isLessThan(5);
  }
}
