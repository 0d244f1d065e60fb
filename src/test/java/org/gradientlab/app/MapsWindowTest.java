package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.maps.GradientDescentRate;
import org.gradientlab.maps.HeavyBallRate;
import org.gradientlab.maps.MapPalette;
import org.gradientlab.maps.OutcomeMap;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.Outcome;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.ui.GradientMapView;
import org.gradientlab.ui.MapsPane;
import org.gradientlab.ui.MomentumMapView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.OutcomeMapView;
import org.gradientlab.ui.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The convergence maps as a student sees and drags them, checked on the pixels drawn. */
@ExtendWith(ApplicationExtension.class)
class MapsWindowTest {

  private static final Color MOMENTUM = OptimizerColors.forStyle(Momentum.KIND, PlotStyle.DARK);
  private static final Color GD = OptimizerColors.forStyle(GradientDescent.KIND, PlotStyle.DARK);

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  private MapsPane maps() {
    return lab.window.lab().maps();
  }

  private MomentumMapView momentum() {
    return maps().momentumView();
  }

  /** The bowl with κ = 10, GD and Momentum racing, the maps shown on tab {@code tab}. */
  private void onTheBowl(FxRobot robot, int tab) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("bowl");
      lab.model.setRacing(Momentum.KIND, true);
      lab.model.setPanelVisible(Panel.RATE_MAP, true);
      maps().select(tab);
    });
    LabWindowFixture.await(() -> lab.model.getResult().objective().name().equals("Quadratic bowl")
        && lab.model.getResult().trajectories().size() == 2
        && (tab != 0 || momentum().shownMap() != null)
        && (tab != 1 || maps().gradientView().shownMap() != null));
  }

  private static double[] disc(Node view, Color c) throws Exception {
    // The optimum's diamond holds 5 × 5 white pixels wherever it falls on the pixel grid.
    double[] d = Pixels.of(view).discCentre(c, c.equals(Color.WHITE) ? 2 : 3);
    assertThat(d).as("a filled disc of colour %s is drawn", c).isNotNull();
    return d;
  }

  private static Point2D pixelOf(Viewport vp, double eta, double alpha) {
    return new Point2D(vp.toPixelX(eta), vp.toPixelY(alpha));
  }

  private static void assertNear(double[] drawn, Point2D expected, double pixels) {
    assertThat(Math.hypot(drawn[0] - expected.getX(), drawn[1] - expected.getY()))
        .as("distance in pixels from %s,%s to %s", drawn[0], drawn[1], expected).isLessThan(pixels);
  }

  @Test
  void theMarkerSitsAtTheLabsEtaAndAlphaAndFollowsTheEtaSlider(FxRobot robot) throws Exception {
    onTheBowl(robot, 0);
    Viewport vp = momentum().viewport();
    assertNear(disc(momentum(), MOMENTUM),
        pixelOf(vp, lab.model.etaProperty().get(), lab.model.hyperparameterProperty("alpha").get()), 1.5);

    double before = lab.model.etaProperty().get();
    Slider slider = robot.lookup("#eta .slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    robot.drag(thumb, MouseButton.PRIMARY).moveBy(-30, 0).drop();
    double eta = lab.model.etaProperty().get();
    assertThat(eta).isLessThan(before * 0.8);
    LabWindowFixture.await(() -> {
      try {
        double[] d = Pixels.of(momentum()).discCentre(MOMENTUM, 3);
        return d != null && Math.abs(d[0] - vp.toPixelX(eta)) < 1.5;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertNear(disc(momentum(), MOMENTUM), pixelOf(momentum().viewport(), eta, 0.9), 1.5);

    // Unlinked, the dot is momentum's own (η, α), whatever the others race with.
    robot.interact(() -> {
      lab.model.linkedControlsProperty().set(false);
      lab.model.hyperparameterProperty(Momentum.KIND, "eta").set(3.0);
    });
    LabWindowFixture.await(() -> lab.model.settingsProperty().get().value(Momentum.KIND, "eta") == 3.0);
    assertThat(lab.model.settingsProperty().get().value(GradientDescent.KIND, "eta")).isEqualTo(eta);
    LabWindowFixture.await(() -> {
      try {
        double[] d = Pixels.of(momentum()).discCentre(MOMENTUM, 3);
        return d != null && Math.abs(d[0] - momentum().viewport().toPixelX(3.0)) < 1.5;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    // The header's button hides the maps, and the scene no longer lists them.
    assertThat(maps().isVisible()).isTrue();
    robot.clickOn("#maps-toggle");
    LabWindowFixture.await(() -> !maps().isVisible());
    assertThat(lab.model.snapshot().panels()).doesNotContain(Panel.RATE_MAP);
  }

  @Test
  void draggingTheMarkerSetsTheRacesEtaAndAlphaAndTheRaceReRuns(FxRobot robot) throws Exception {
    onTheBowl(robot, 0);
    Viewport vp = momentum().viewport();
    SceneResult before = lab.model.getResult();
    Point2D from = momentum().localToScreen(pixelOf(vp, 1, 0.9));
    Point2D to = momentum().localToScreen(pixelOf(vp, 1.6, 0.7));
    robot.moveTo(from.getX(), from.getY());
    robot.drag(MouseButton.PRIMARY).moveTo(to.getX(), to.getY()).drop();

    double pixelEta = vp.view().width() / vp.width();
    double pixelAlpha = vp.view().height() / vp.height();
    assertThat(lab.model.etaProperty().get()).isCloseTo(1.6, within(2 * pixelEta + 0.01));
    assertThat(lab.model.hyperparameterProperty("alpha").get()).isCloseTo(0.7, within(2 * pixelAlpha + 0.005));
    LabWindowFixture.await(() -> lab.model.getResult() != before
        && lab.model.getResult().trajectories().get(1).optimizer().equals(
            new Momentum(lab.model.etaProperty().get(), lab.model.hyperparameterProperty("alpha").get())));
    // Momentum at (1.6, 0.7) is well inside its edge 2(1 + α)/L = 3.4 and rings to the minimum.
    assertThat(lab.model.getResult().trajectories().get(1).outcome()).isInstanceOf(Outcome.Converged.class);
    assertNear(disc(momentum(), MOMENTUM), pixelOf(momentum().viewport(), lab.model.etaProperty().get(),
        lab.model.hyperparameterProperty("alpha").get()), 1.5);
  }

  @Test
  void pastTheEdgeTheMapIsRedAndTheOptimumSitsAtPolyaksClosedFormMovingWithKappa(FxRobot robot)
      throws Exception {
    onTheBowl(robot, 0);
    Viewport vp = momentum().viewport();
    Pixels p = Pixels.of(momentum());
    Color red = Color.rgb(0xd6, 0x27, 0x28);
    assertThat(MapPalette.DIVERGING).isEqualTo(0xffd62728);
    for (double alpha : new double[] {0.1, 0.3, 0.6}) {
      double edge = HeavyBallRate.divergenceEdge(alpha, 1);
      Point2D past = pixelOf(vp, edge + 0.25, alpha);
      Point2D inside = pixelOf(vp, edge - 0.25, alpha);
      assertThat(p.is((int) past.getX(), (int) past.getY(), red)).as("past the edge at α = %s", alpha).isTrue();
      assertThat(p.is((int) inside.getX(), (int) inside.getY(), red)).as("inside at α = %s", alpha).isFalse();
    }
    // α* = ((√10 − 1)/(√10 + 1))² ≈ 0.27, η* = (1 + √α*)² ≈ 2.31 for the bowl's L = 1, μ = 0.1
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(0.1, 1);
    assertNear(disc(momentum(), Color.WHITE), pixelOf(momentum().viewport(), best.eta(), best.alpha()), 1.5);

    robot.interact(() -> lab.model.setLandscapeParameter("kappa", "100"));
    HeavyBallRate.Optimum hundred = HeavyBallRate.optimum(0.01, 1);
    assertThat(hundred.alpha()).isCloseTo(Math.pow(9.0 / 11, 2), within(1e-12));
    LabWindowFixture.await(() -> momentum().shownMap() != null
        && Math.abs(lab.model.getResult().edges().conditionNumber() - 100) < 1e-6);
    assertNear(disc(momentum(), Color.WHITE), pixelOf(momentum().viewport(), hundred.eta(), hundred.alpha()), 1.5);
  }

  @Test
  void theGradientDescentMapShowsEtaAndKappaAndADragSetsBoth(FxRobot robot) throws Exception {
    onTheBowl(robot, 1);
    GradientMapView view = maps().gradientView();
    Viewport vp = view.viewport();
    // κ runs up on a log scale: the marker at log₁₀ 10 = 1.
    assertNear(disc(view, GD), new Point2D(vp.toPixelX(1), vp.toPixelY(1)), 1.5);
    assertNear(disc(view, Color.WHITE),
        new Point2D(vp.toPixelX(GradientDescentRate.optimalStep(0.1, 1)), vp.toPixelY(1)), 1.5);
    Pixels p = Pixels.of(view);
    Color red = Color.rgb(0xd6, 0x27, 0x28);
    assertThat(p.is((int) vp.toPixelX(2.2), (int) vp.toPixelY(2), red)).isTrue();
    assertThat(p.is((int) vp.toPixelX(1.8), (int) vp.toPixelY(2), red)).isFalse();

    Point2D from = view.localToScreen(vp.toPixelX(1), vp.toPixelY(1));
    Point2D to = view.localToScreen(vp.toPixelX(0.5), vp.toPixelY(2)); // κ = 100
    robot.moveTo(from.getX(), from.getY());
    robot.drag(MouseButton.PRIMARY).moveTo(to.getX(), to.getY()).drop();
    LabWindowFixture.await(() -> Math.abs(lab.model.etaProperty().get() - 0.5) < 0.02
        && Math.abs(Math.log10(lab.model.getResult().edges().conditionNumber()) - 2) < 0.02);
    assertNear(disc(view, GD), new Point2D(vp.toPixelX(lab.model.etaProperty().get()),
        vp.toPixelY(Math.log10(lab.model.getResult().edges().conditionNumber()))), 1.5);
  }

  @Test
  void theMeasuredMapColoursEachRunByItsOutcomeAndAClickRacesThere(FxRobot robot) throws Exception {
    onTheBowl(robot, 2);
    OutcomeMapView view = maps().measuredView();
    LabWindowFixture.await(() -> view.shownMaps().size() == 2
        && lab.window.lab().maps().measuredView().viewports().size() == 2);
    OutcomeMap gd = view.shownMaps().get(0);
    OutcomeMap momentum = view.shownMaps().get(1);
    assertThat(gd.kind()).isEqualTo(GradientDescent.KIND);
    assertThat(momentum.varies()).isTrue();
    Viewport gdView = view.viewports().get(0);
    Pixels p = Pixels.of(view);
    // GD at η = 5 is past its edge 2 for every α: red; at η = 0.5 it converges, not red.
    Color red = Color.rgb(0xd6, 0x27, 0x28);
    assertThat(p.is((int) gdView.toPixelX(Math.log10(5)), (int) gdView.toPixelY(0.5), red)).isTrue();
    assertThat(p.is((int) gdView.toPixelX(Math.log10(0.5)), (int) gdView.toPixelY(0.5), red)).isFalse();

    Viewport mv = view.viewports().get(1);
    SceneResult before = lab.model.getResult();
    robot.clickOn(view.localToScreen(mv.toPixelX(Math.log10(0.5)), mv.toPixelY(0.5)));
    LabWindowFixture.await(() -> lab.model.getResult() != before);
    double cellEta = (mv.view().width() / mv.width()) * Math.log(10) * 0.5;
    assertThat(lab.model.etaProperty().get()).isCloseTo(0.5, within(0.5 * 2 * cellEta + 0.01));
    assertThat(lab.model.hyperparameterProperty("alpha").get()).isCloseTo(0.5, within(0.02));
    // The ring of the current point is drawn where the click was.
    assertThat(Pixels.of(view).near(mv.toPixelX(Math.log10(lab.model.etaProperty().get())) + 5.5,
        mv.toPixelY(lab.model.hyperparameterProperty("alpha").get()), Color.WHITE, 2)).isTrue();
  }

  @Test
  void inTheLightThemeAndInPresentModeTheMarkerKeepsItsPlace(FxRobot robot) throws Exception {
    onTheBowl(robot, 0);
    robot.interact(() -> lab.window.display().lightProperty().set(true));
    Color light = OptimizerColors.forStyle(Momentum.KIND, PlotStyle.LIGHT);
    LabWindowFixture.await(() -> {
      try {
        return Pixels.of(momentum()).is(2, 2, PlotStyle.LIGHT.background());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertNear(disc(momentum(), light), pixelOf(momentum().viewport(), 1, 0.9), 1.5);
    Viewport normal = momentum().viewport();
    robot.interact(() -> lab.window.display().presentationProperty().set(true));
    LabWindowFixture.await(() -> momentum().viewport() != null && momentum().viewport().left() > normal.left());
    assertNear(disc(momentum(), light), pixelOf(momentum().viewport(), 1, 0.9), 2);
  }
}
