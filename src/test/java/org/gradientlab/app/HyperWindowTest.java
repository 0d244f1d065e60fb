package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.plot.ColorMap;
import org.gradientlab.ui.HyperCurveView;
import org.gradientlab.ui.HyperView;
import org.gradientlab.viewmodel.HyperModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hypergradient lab as a student walks through it: one phase per click, then the pitfall. */
@ExtendWith(ApplicationExtension.class)
class HyperWindowTest {

  private static final List<Class<?>> PHASES = List.of(OuterLoop.InnerSolved.class,
      OuterLoop.LinearSolved.class, OuterLoop.HypergradientFound.class, OuterLoop.Updated.class);

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void nextPhaseWalksThroughTheFourPhasesInOrderAndThePlotShowsTheIterate(FxRobot robot) throws Exception {
    HyperModel model = open(robot);
    LabWindowFixture.await(() -> model.curvesProperty().get() != null && model.curveProgressProperty().get() == 1);
    double lambda0 = model.stateProperty().get().lambda();

    for (int i = 0; i < 4; i++) {
      OuterLoop.Phase expected = OuterLoop.Phase.values()[i];
      assertThat(card(robot, expected).getStyleClass()).contains("phase-next");
      robot.clickOn("#hyper-next-phase");
      int done = i + 1;
      LabWindowFixture.await(() -> model.steps().size() == done && !model.busyProperty().get());
      assertThat(model.steps().get(i)).isInstanceOf(PHASES.get(i));
      assertThat(card(robot, expected).getStyleClass()).doesNotContain("phase-next");
    }
    assertThat(LabWindowFixture.text(robot, "#phase-result-inner_solve")).contains("L-BFGS iterations");
    assertThat(LabWindowFixture.text(robot, "#phase-result-linear_solve")).contains("CG iterations");
    OuterLoop.HypergradientFound h = (OuterLoop.HypergradientFound) model.steps().get(2);
    assertThat(LabWindowFixture.text(robot, "#phase-result-hypergradient")).contains("finite difference");
    // HOAG's first linear system is solved loosely (ε₁ = 0.01): the check agrees to a few per cent.
    assertThat(h.dLogLambda()).isCloseTo(h.finiteDifference(),
        org.assertj.core.api.Assertions.within(0.05 * Math.abs(h.finiteDifference())));
    // The update moved λ against the hypergradient, and the phase cycle starts again.
    OuterLoop.Updated u = (OuterLoop.Updated) model.steps().get(3);
    assertThat(Math.signum(u.logLambdaAfter() - u.logLambdaBefore())).isEqualTo(-Math.signum(h.dLogLambda()));
    assertThat(model.stateProperty().get().lambda()).isNotEqualTo(lambda0);
    assertThat(card(robot, OuterLoop.Phase.INNER_SOLVE).getStyleClass()).contains("phase-next");
    // Far from the optimum, with check and HOAG agreeing, no note claims otherwise.
    assertThat(LabWindowFixture.text(robot, "#phase-result-hypergradient")).doesNotContain("near the optimum");
    // The first step is one unit of log λ, and the card says so.
    assertThat(Math.abs(u.logLambdaAfter() - u.logLambdaBefore())).isEqualTo(1.0);
    assertThat(LabWindowFixture.text(robot, "#phase-result-update")).contains("1 in log λ");
    // The model panel names the λ of the fit it draws, not the next one.
    org.gradientlab.ui.HyperFitView fit = robot.lookup("#hyper-fit").queryAs(org.gradientlab.ui.HyperFitView.class);
    LabWindowFixture.await(() -> fit.drawnTitle().contains("next"));
    assertThat(fit.drawnTitle()).startsWith("The model fitted at λ = 0.135 ").contains("next: λ = 0.0498");

    // The curve view drew the iterate where it is: the pixel there has the iterates' colour.
    HyperCurveView curve = robot.lookup("#hyper-curve").queryAs(HyperCurveView.class);
    LabWindowFixture.await(() -> curve.drawnIterates().size() == 1);
    Point2D p = curve.drawnIterates().get(0);
    WritableImage shot = WaitForAsyncUtils.asyncFx(() -> curve.snapshot(null, null)).get();
    Color c = shot.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    assertThat(c.getRed()).isGreaterThan(0.8);
    assertThat(c.getBlue()).isLessThan(0.5);

    // "Whole iteration" runs the next four phases at once.
    robot.clickOn("#hyper-iteration");
    LabWindowFixture.await(() -> model.steps().size() == 8 && !model.busyProperty().get());
    assertThat(model.iterates()).hasSize(2);
  }

  @Test
  void runGoesOnByItselfUntilTheLoopSettlesAtTheMinimumOfTheCurve(FxRobot robot) throws Exception {
    HyperModel model = open(robot);
    LabWindowFixture.await(() -> model.curvesProperty().get() != null && model.curveProgressProperty().get() == 1);
    robot.interact(() -> model.phaseDelayMillisProperty().set(1));
    robot.clickOn("#hyper-run");
    assertThat(robot.lookup("#hyper-next-phase").queryButton().isDisabled()).isTrue();
    WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(() -> !model.runningProperty().get()).get());
    assertThat(model.messageProperty().get()).startsWith("Stopped");
    // It stopped because log λ stopped moving, at the bottom of the curve it was shown beside.
    List<OuterLoop.Iterate> its = model.iterates();
    double reached = its.get(its.size() - 1).outerValue();
    assertThat(reached).isLessThanOrEqualTo(1.01 * model.curvesProperty().get().validation().minimum());
    assertThat(robot.lookup("#hyper-next-phase").queryButton().isDisabled()).isFalse();
  }

  @Test
  void theTrainingObjectiveIsFlaggedAndDrivesLambdaDown(FxRobot robot) throws Exception {
    HyperModel model = open(robot);
    @SuppressWarnings("unchecked")
    ComboBox<OuterObjective> objective = robot.lookup("#hyper-objective").queryAs(ComboBox.class);
    robot.interact(() -> objective.setValue(OuterObjective.TRAINING));
    Label warning = robot.lookup("#hyper-warning").queryAs(Label.class);
    assertThat(warning.isVisible()).isTrue();
    assertThat(warning.getText()).contains("Wrong objective");
    for (int i = 1; i <= 3; i++) {
      robot.clickOn("#hyper-iteration");
      int n = i;
      LabWindowFixture.await(() -> model.iterates().size() == n && !model.busyProperty().get());
    }
    double previous = Double.POSITIVE_INFINITY;
    for (OuterLoop.Step s : model.steps()) {
      if (s instanceof OuterLoop.Updated u) {
        assertThat(u.logLambdaAfter()).isLessThan(u.logLambdaBefore()).isLessThan(previous);
        previous = u.logLambdaAfter();
      }
    }
  }

  @Test
  void theOuterLandscapeShowsTheDivergenceCliffAsNoValue(FxRobot robot) throws Exception {
    HyperModel model = open(robot);
    WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(() -> model.landscapeProperty().get() != null
            && model.landscapeProgressProperty().get() == 1).get());
    HyperModel.Landscape l = model.landscapeProperty().get();
    int noValue = 0;
    for (int argb : l.heatmap().argb()) {
      if (argb == ColorMap.NO_VALUE) {
        noValue++;
      }
    }
    // Above η = 2/(L + λ) training overflows: part of the map, not all of it, has no value.
    assertThat(noValue).isGreaterThan(0).isLessThan(l.heatmap().argb().length / 2);
    assertThat(l.path()).hasSizeGreaterThan(1);
    assertThat(l.path().get(l.path().size() - 1).value()).isLessThan(l.path().get(0).value());
  }

  @Test
  void theMomentumMapDrawsMomentumsEdgeWhereTheoryPutsIt(FxRobot robot) throws Exception {
    HyperModel model = open(robot);
    robot.interact(() -> model.unrolledMethodProperty().set(org.gradientlab.hyper.UnrolledMethod.MOMENTUM));
    WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(() -> model.landscapeProperty().get() != null
            && model.landscapeProgressProperty().get() == 1
            && model.landscapeProperty().get().objective().loop().method()
                == org.gradientlab.hyper.UnrolledMethod.MOMENTUM).get());
    org.gradientlab.ui.OuterLandscapeView view = robot.lookup("#hyper-landscape")
        .queryAs(org.gradientlab.ui.OuterLandscapeView.class);
    LabWindowFixture.await(() -> view.edgeLabel().contains("2(1+α)"));
    HyperModel.Landscape l = model.landscapeProperty().get();
    double lCurv = org.gradientlab.hyper.TrainingEdge.curvature(l.problem().inner());
    // Heavy ball on a quadratic is stable for η < 2(1 + α)/(L + λ), α = 0.9 (Polyak 1964).
    double x0 = l.heatmap().view().xMin();
    double expected = view.viewport().toPixelY(2 * 1.9 / (lCurv + Math.exp(x0)));
    javafx.geometry.Point2D start = view.drawnEdge().get(0);
    assertThat(start.getY()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1.0));
    // ...and above gradient descent's edge 2/(L + λ), which it no longer draws.
    assertThat(start.getY()).isLessThan(view.viewport().toPixelY(2 / (lCurv + Math.exp(x0))) - 5);
    // The first dash of the white line is there, on the picture.
    WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
    Color c = shot.getPixelReader().getColor((int) Math.round(start.getX() + 2), (int) Math.round(start.getY()));
    // White-ish: no viridis colour of the map has red, green and blue all above 0.6.
    assertThat(Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()))).isGreaterThan(0.6);
    // The map's box contains the whole joint path.
    for (org.gradientlab.hyper.JointDescent.Point q : l.path()) {
      assertThat(q.logLambda()).isBetween(l.heatmap().view().xMin(), l.heatmap().view().xMax());
      assertThat(q.eta()).isBetween(l.heatmap().view().yMin(), l.heatmap().view().yMax());
    }
  }

  private static HyperModel open(FxRobot robot) throws Exception {
    robot.clickOn("#workspace-hyper");
    LabWindowFixture.await(() -> robot.lookup("#hyper-view").tryQuery().isPresent());
    return robot.lookup("#hyper-view").queryAs(HyperView.class).model();
  }

  private static VBox card(FxRobot robot, OuterLoop.Phase phase) {
    return robot.lookup("#phase-" + phase.name().toLowerCase()).queryAs(VBox.class);
  }
}
