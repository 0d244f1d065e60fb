package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Minimum;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.Viewport;
import org.gradientlab.ui.CurveView;
import org.gradientlab.ui.LandscapeView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The landscape shows what the engine computed: after zoom and pan, from the first frame, in full. */
@ExtendWith(ApplicationExtension.class)
class LandscapeWindowTest {

  private static final Color GD = OptimizerColors.forStyle(GradientDescent.KIND, PlotStyle.DARK);

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  private LandscapeView plane() {
    return lab.window.lab().landscapeView();
  }

  /** Waits until the heat map of the result on screen is drawn. */
  private void awaitPlane() throws Exception {
    LabWindowFixture.await(() -> lab.model.getResult() != null
        && lab.model.getResult().objective().dimension() == 2
        && plane().viewport() != null
        && plane().heatmapProperty().get() != null
        && plane().heatmapProperty().get().objective() == lab.model.getResult().objective()
        && plane().heatmapProperty().get().view().equals(plane().viewport().view())
        // the fine picture, not the coarse one a new landscape shows first
        && plane().heatmapProperty().get().width() == plane().requestedHeatmap().width());
  }

  /** Where the final iterate's marker (a filled disc of radius 6.5 in GD's colour) is drawn. */
  private double[] markerOnScreen() throws Exception {
    double[] c = Pixels.of(plane()).discCentre(GD, 3);
    assertThat(c).as("the current iterate's marker is drawn").isNotNull();
    return c;
  }

  private void assertMarkerOnTheMinimum() throws Exception {
    Minimum m = lab.model.getResult().objective().knownMinima().get(0);
    Viewport vp = plane().viewport();
    double[] marker = markerOnScreen();
    assertThat(Math.hypot(marker[0] - vp.toPixelX(m.coordinate(0)), marker[1] - vp.toPixelY(m.coordinate(1))))
        .as("distance in pixels from the marker to the minimum").isLessThan(2);
  }

  @Test
  void afterAScrollZoomAndAPanTheFinalIteratesMarkerStillSitsOnTheMinimum(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("bowl");
      lab.model.setLandscapeParameter("kappa", "50");
      lab.model.stepsProperty().set(3000); // GD at η = 1 shrinks the flat direction by 1 − 1/50 a step
    });
    awaitPlane();
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").startsWith("converged"));
    assertMarkerOnTheMinimum();

    // One wheel step of three notches, about a point away from the minimum: the minimum's pixel moves.
    Node plane = plane();
    Viewport before = plane().viewport();
    double px = before.toPixelX(1.5);
    double py = before.toPixelY(1.0);
    Point2D scene = plane.localToScene(px, py);
    Point2D screen = plane.localToScreen(px, py);
    robot.interact(() -> Event.fireEvent(plane, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(),
        scene.getY(), screen.getX(), screen.getY(), false, false, false, false, false, false, 0, 120,
        0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
        0, 0, null)));
    LabWindowFixture.await(() -> plane().viewport().view().width() < before.view().width());
    assertThat(Math.abs(plane().viewport().toPixelX(0) - before.toPixelX(0))).isGreaterThan(20);
    assertMarkerOnTheMinimum();
    awaitPlane();
    assertMarkerOnTheMinimum();

    // Shift-drag by (−90, 60) pixels, then let go without moving the pointer again.
    Viewport zoomed = plane().viewport();
    Point2D from = plane.localToScreen(zoomed.left() + zoomed.width() * 0.7, zoomed.top() + zoomed.height() * 0.4);
    robot.moveTo(from.getX(), from.getY());
    robot.press(KeyCode.SHIFT);
    try {
      robot.drag(MouseButton.PRIMARY).moveBy(-45, 30).moveBy(-45, 30).drop();
    } finally {
      robot.release(KeyCode.SHIFT);
    }
    LabWindowFixture.await(() -> !plane().viewport().view().equals(zoomed.view()));
    assertThat(plane().viewport().toPixelX(0) - zoomed.toPixelX(0)).isCloseTo(-90, org.assertj.core.api.Assertions.within(3.0));
    assertMarkerOnTheMinimum();
    awaitPlane();
    assertMarkerOnTheMinimum();

    // Presentation mode changes the margins (and so every pixel); the reset button the view.
    Viewport panned = plane().viewport();
    robot.interact(() -> lab.window.display().presentationProperty().set(true));
    LabWindowFixture.await(() -> !plane().viewport().equals(panned));
    assertMarkerOnTheMinimum();
    robot.clickOn("#reset-view");
    LabWindowFixture.await(() -> lab.model.viewProperty().get() == null);
    assertMarkerOnTheMinimum();
  }

  @Test
  void theBowlOpensOnALogColourScaleThatShowsTheValleyFloor(FxRobot robot) throws Exception {
    List<Heatmap> published = new ArrayList<>();
    robot.interact(() -> {
      plane().heatmapProperty().addListener((o, a, h) -> published.add(h));
      lab.model.selectLandscape("bowl");
    });
    awaitPlane();
    assertThat(published.get(0).scale().logarithmic()).as("the first heat map").isTrue();
    // Along the valley floor (κ = 10, rotated 30°: the flat axis is (−sin 30°, cos 30°)) f = d²/20
    // is below 1.3 % of the range for d ≤ 1.5, one colour on a linear scale; on the log scale the
    // floor brightens visibly away from the minimum.
    Viewport vp = plane().viewport();
    Pixels pixels = Pixels.of(plane().getChildrenUnmodifiable().get(0)); // the heat map layer
    double ux = -Math.sin(Math.toRadians(30));
    double uy = Math.cos(Math.toRadians(30));
    double atMinimum = pixels.darkestNear(vp.toPixelX(0), vp.toPixelY(0), 2);
    double along = pixels.darkestNear(vp.toPixelX(1.5 * ux), vp.toPixelY(1.5 * uy), 2);
    assertThat(along - atMinimum).isGreaterThan(0.1);
  }

  @Test
  void lessonOnesDivergenceShowsTheRunGrowingAndLeavingWithAnArrow(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("parabola");
      lab.model.etaProperty().set(1.5);
      lab.model.stepsProperty().set(40);
      lab.model.moveStart(new Point(1, 0));
    });
    LabWindowFixture.await(() -> LabWindowFixture.text(robot, "#status-gd").startsWith("diverg"));
    CurveView curve = lab.window.lab().curveView();
    LabWindowFixture.await(() -> curve.viewport() != null && curve.viewport().view().xMax() > 8);
    Viewport vp = curve.viewport();
    Pixels pixels = Pixels.of(curve);
    // x_k = (−2)^k: the iterates 1, −2, 4, −8 and the bounces between them are on screen.
    for (int k = 1; k <= 3; k++) {
      double x = Math.pow(-2, k);
      assertThat(pixels.near(vp.toPixelX(x), vp.toPixelY(x * x), GD, 3)).as("iterate %d", k).isTrue();
    }
    double x3 = -8;
    double x4 = 16;
    double midX = vp.toPixelX(0.5 * (x3 + x4));
    double midY = vp.toPixelY(0.5 * (x3 * x3 + x4 * x4));
    if (vp.containsPixel(midX, midY)) {
      assertThat(pixels.near(midX, midY, GD, 3)).as("the bounce out of the view").isTrue();
    }
    // The final iterate left the view: an arrow at the edge in GD's colour, on the line from the
    // plot's centre towards it (at 14 px inside the frame).
    int last = lab.model.getResult().trajectories().get(0).lastStep();
    double lx = lab.model.getResult().trajectories().get(0).theta(last, 0);
    double cx = vp.left() + vp.width() / 2;
    double cy = vp.top() + vp.height() / 2;
    double dx = vp.toPixelX(lx) - cx;
    double dy = Math.max(-1e12, vp.toPixelY(lx * lx)) - cy;
    double t = Math.min((vp.width() / 2 - 14) / Math.abs(dx), (vp.height() / 2 - 14) / Math.abs(dy));
    assertThat(pixels.near(cx + t * dx, cy + t * dy, GD, 6)).as("the exit arrow").isTrue();
  }

  @Test
  void theLineFitLandscapeKeepsHalfTheWorkspaceWhenStatusTextsAreLong(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("line");
      for (OptimizerKind k : OptimizerCatalog.standard().kinds()) {
        lab.model.setRacing(k, true);
      }
    });
    LabWindowFixture.await(() -> lab.model.getResult().trajectories().size() == OptimizerCatalog.standard().kinds().size()
        && LabWindowFixture.text(robot, "#status-sgd").contains("epochs"));
    robot.interact(() -> lab.window.display().presentationProperty().set(true));
    robot.interact(() -> { });
    Node landscape = robot.lookup("#landscape").query();
    Node split = lab.window.lab().getCenter();
    LabWindowFixture.await(() -> landscape.getLayoutBounds().getHeight() > 0);
    assertThat(landscape.getLayoutBounds().getHeight())
        .isGreaterThanOrEqualTo(0.5 * split.getLayoutBounds().getHeight() - 1);
    assertThat(lab.window.lab().landscapeView().getLayoutBounds().getHeight()).isGreaterThan(300);
  }

  @Test
  void aViewTheDragReturnsToShowsItsOwnHeatMapInTheSameFrameAsThePaths(FxRobot robot) throws Exception {
    robot.interact(() -> {
      lab.model.selectLandscape("rosenbrock");
      lab.model.stepsProperty().set(1000);
      lab.model.etaProperty().set(1e-4);
    });
    awaitPlane();
    org.gradientlab.objective.Domain near = plane().viewport().view();
    javafx.scene.image.WritableImage first = Pixels.of(plane().getChildrenUnmodifiable().get(0)).image();
    // Past GD's edge the run leaves the domain and the default view zooms out to follow it.
    robot.interact(() -> lab.model.etaProperty().set(3e-3));
    LabWindowFixture.await(() -> !plane().viewport().view().equals(near));
    awaitPlane();
    // Every frame rendered from here on: the heat map it shows and the view its paths are drawn in.
    List<String> frames = new ArrayList<>();
    Runnable frame = () -> {
      if (plane().viewport().view().equals(near)) {
        frames.add(String.valueOf(plane().heatmapProperty().get().view()));
      }
    };
    robot.interact(() -> plane().getScene().addPostLayoutPulseListener(frame));
    robot.interact(() -> lab.model.etaProperty().set(1e-4));
    LabWindowFixture.await(() -> !frames.isEmpty());
    robot.interact(() -> plane().getScene().removePostLayoutPulseListener(frame));
    // The first frame that draws the paths in the old view again shows that view's heat map, not
    // the zoomed-out one stretched while it is computed.
    assertThat(frames).allMatch(v -> v.equals(near.toString()));
    javafx.scene.image.WritableImage again = Pixels.of(plane().getChildrenUnmodifiable().get(0)).image();
    assertThat(samePixels(first, again)).as("the heat map layer, pixel for pixel").isTrue();
  }

  private static boolean samePixels(javafx.scene.image.WritableImage a, javafx.scene.image.WritableImage b) {
    int w = (int) a.getWidth();
    int h = (int) a.getHeight();
    if (w != (int) b.getWidth() || h != (int) b.getHeight()) {
      return false;
    }
    int[] pa = new int[w * h];
    int[] pb = new int[w * h];
    javafx.scene.image.WritablePixelFormat<java.nio.IntBuffer> f = javafx.scene.image.PixelFormat.getIntArgbInstance();
    a.getPixelReader().getPixels(0, 0, w, h, f, pa, 0, w);
    b.getPixelReader().getPixels(0, 0, w, h, f, pb, 0, w);
    return java.util.Arrays.equals(pa, pb);
  }
}
