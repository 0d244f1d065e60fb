package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.plot.Viewport;
import org.gradientlab.ui.LabView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The live lab driven as a student would: drag, click, toggle, press keys. */
@ExtendWith(ApplicationExtension.class)
class LiveLabTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  private void onTheBowl(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("bowl"));
    LabWindowFixture.await(() -> lab.model.getResult() != null
        && lab.model.getResult().objective().dimension() == 2
        && lab.window.lab().landscapeView().viewport() != null);
  }

  @Test
  void draggingTheLearningRatePastTwoOverLOnTheBowlMakesGradientDescentDiverge(FxRobot robot)
      throws Exception {
    onTheBowl(robot);
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").startsWith("converged"));
    double edge = lab.model.getResult().edges().gradientDescentEdge();
    assertThat(edge).isCloseTo(2, within(1e-9)); // the bowl's largest curvature is L = 1

    Slider slider = robot.lookup("#eta .slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    Bounds track = slider.localToScreen(slider.getBoundsInLocal());
    robot.drag(thumb, MouseButton.PRIMARY).moveTo(track.getMaxX() - 2, track.getCenterY()).drop();

    assertThat(lab.model.etaProperty().get()).isGreaterThan(edge);
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").startsWith("diverging"));
  }

  @Test
  void clickingTheLandscapeMovesTheStartPointThere(FxRobot robot) throws Exception {
    onTheBowl(robot);
    Viewport vp = lab.window.lab().landscapeView().viewport();
    double x = 1.25;
    double y = -0.75;
    Node plane = robot.lookup("#plane").query();
    Bounds screen = plane.localToScreen(plane.getBoundsInLocal());
    robot.clickOn(screen.getMinX() + vp.toPixelX(x), screen.getMinY() + vp.toPixelY(y));

    LabWindowFixture.await(() -> lab.model.getResult().settings().start()[0] != -2.5);
    double pixel = vp.view().width() / vp.width();
    assertThat(lab.model.startProperty().get().x()).isCloseTo(x, within(2 * pixel));
    assertThat(lab.model.startProperty().get().y()).isCloseTo(y, within(2 * pixel));
    double[] runStart = lab.model.getResult().settings().start();
    assertThat(runStart[0]).isEqualTo(lab.model.startProperty().get().x());
    assertThat(lab.model.getResult().trajectories().get(0).theta(0, 1))
        .isEqualTo(lab.model.startProperty().get().y());
  }

  @Test
  void theChartsDrawOneCurvePerRacingOptimizer(FxRobot robot) throws Exception {
    onTheBowl(robot);
    robot.clickOn("#toggle-momentum");
    robot.clickOn("#toggle-adam");
    LabWindowFixture.await(() -> curveNames().equals(List.of("GD", "Momentum", "Adam")));
    robot.clickOn("#toggle-gd");
    LabWindowFixture.await(() -> curveNames().equals(List.of("Momentum", "Adam")));
    assertThat(lab.model.racing()).containsExactlyInAnyOrder(Momentum.KIND, Adam.KIND);
    var charts = lab.window.lab().lossChart();
    assertThat(charts.curveNames(charts.gradientChart())).containsExactly("Momentum", "Adam");
    assertThat(robot.lookup("#status-momentum").tryQuery()).isPresent();
    assertThat(robot.lookup("#status-gd").tryQuery()).isEmpty();
  }

  @Test
  void spaceRightAndRDrivePlayback(FxRobot robot) throws Exception {
    onTheBowl(robot);
    LabView view = lab.window.lab();
    robot.clickOn("#caption"); // focus away from any text field
    robot.type(KeyCode.R);
    assertThat(lab.model.playback().getFrame()).isZero();
    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.RIGHT);
    assertThat(lab.model.playback().getFrame()).isEqualTo(2);
    assertThat(LabWindowFixture.text(robot, "#frame-label")).startsWith("step 2 / ");
    robot.type(KeyCode.SPACE);
    assertThat(lab.model.playback().isPlaying()).isTrue();
    LabWindowFixture.await(() -> lab.model.playback().getFrame() > 2);
    robot.type(KeyCode.SPACE);
    assertThat(lab.model.playback().isPlaying()).isFalse();
    int paused = lab.model.playback().getFrame();
    Thread.sleep(200);
    assertThat(lab.model.playback().getFrame()).isEqualTo(paused);
    assertThat(view.isVisible()).isTrue();
  }

  @Test
  void scrollingZoomsAboutThePointerAndTheResetButtonRestoresTheWholeLandscape(FxRobot robot)
      throws Exception {
    onTheBowl(robot);
    Node plane = robot.lookup("#plane").query();
    Viewport before = lab.window.lab().landscapeView().viewport();
    double px = before.toPixelX(1.5);
    double py = before.toPixelY(1.0);
    javafx.geometry.Point2D scene = plane.localToScene(px, py);
    javafx.geometry.Point2D screen = plane.localToScreen(px, py);
    // Three notches of a desktop wheel (40 px each), away from the student: zoom in.
    robot.interact(() -> javafx.event.Event.fireEvent(plane, new javafx.scene.input.ScrollEvent(
        javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(),
        screen.getY(), false, false, false, false, false,
        false, 0, 120, 0, 120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
    LabWindowFixture.await(() -> lab.model.viewProperty().get() != null);
    LabWindowFixture.await(() -> lab.window.lab().landscapeView().viewport().view().width()
        < before.view().width());
    Viewport after = lab.window.lab().landscapeView().viewport();
    // Zoomed in by e^(−120 · 0.0025) ≈ 0.74, and the point under the pointer stayed under it.
    assertThat(after.view().width() / before.view().width()).isCloseTo(Math.exp(-0.3), within(1e-6));
    double onePercentOfAPixel = 0.01 * before.view().width() / before.width();
    assertThat(after.fromPixelX(px)).isCloseTo(1.5, within(onePercentOfAPixel));
    assertThat(after.fromPixelY(py)).isCloseTo(1.0, within(onePercentOfAPixel));

    robot.clickOn("#reset-view");
    LabWindowFixture.await(() -> lab.model.viewProperty().get() == null);
    LabWindowFixture.await(() -> Math.abs(lab.window.lab().landscapeView().viewport().view().width()
        - before.view().width()) < 1e-9);
  }

  private List<String> curveNames() {
    var charts = lab.window.lab().lossChart();
    return charts.curveNames(charts.valueChart());
  }
}
