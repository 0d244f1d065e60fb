package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.SurfaceFrame;
import org.gradientlab.plot.SurfaceMesh;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LandscapeImageModel;
import org.gradientlab.viewmodel.SurfaceModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3-D surface's scene graph, built without rendering (the headless pipeline has no 3-D): GD and
 * Adam on Rosenbrock, the heat map of (−2, 2) × (−1, 3) as the map would ask for it.
 */
@ExtendWith(ApplicationExtension.class)
class SurfaceViewTest {

  private static final Domain VIEW = new Domain(-2, 2, -1, 3);
  private static final double EPS = 1e-4;

  private final LabModel model = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);
  private final LandscapeImageModel image = new LandscapeImageModel(Runnable::run, Runnable::run);
  private final SurfaceModel surfaceModel = new SurfaceModel(model, image, Runnable::run, Runnable::run);
  private SurfaceView view;

  @Start
  void start(Stage stage) {
    view = new SurfaceView(surfaceModel);
    stage.setScene(new javafx.scene.Scene(view, 500, 400));
    stage.show();
  }

  @BeforeEach
  void onRosenbrockWithGdAndAdam() throws Exception {
    onFx(() -> {
      model.selectLandscape("rosenbrock");
      model.setRacing(Adam.KIND, true);
      model.stepsProperty().set(200); // every iterate drawn (no thinning)
      model.setPanelVisible(Panel.SURFACE, true);
      image.request(new LandscapeImageModel.Request(model.getResult().objective(), VIEW, 80, 80));
      return null;
    });
  }

  private static <T> T onFx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }

  private static double rosenbrock(double x, double y) {
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
  }

  private SurfaceFrame frame() {
    return view.shownSurface().frame();
  }

  private Trajectory trajectoryOf(OptimizerKind k) {
    return model.getResult().trajectories().stream().filter(t -> t.optimizer().kind() == k).findFirst()
        .orElseThrow();
  }

  private Group pathOf(OptimizerKind k) {
    return (Group) view.paths().getChildren().stream().filter(n -> n.getUserData() == k).findFirst()
        .orElseThrow();
  }

  /** Both ends of every cylinder of a path, in the paths group's coordinates. */
  private static List<Point3D> ends(Group path) {
    List<Point3D> ends = new ArrayList<>();
    for (Node n : path.getChildren()) {
      Cylinder c = (Cylinder) n;
      ends.add(c.localToParent(0, -c.getHeight() / 2, 0));
      ends.add(c.localToParent(0, c.getHeight() / 2, 0));
    }
    return ends;
  }

  private static boolean near(List<Point3D> points, Point3D p) {
    return points.stream().anyMatch(q -> q.distance(p) < EPS);
  }

  /** Iterate k of t where the frame puts it: f written out by hand, on the heat map's scale. */
  private Point3D expected(Trajectory t, int k) {
    double x = t.theta(k, 0);
    double y = t.theta(k, 1);
    return new Point3D(frame().x(x), frame().y(rosenbrock(x, y)), frame().z(y));
  }

  @Test
  void theMeshIsFAtEveryGridPointOnTheHeatMapsScaleOverTheMapsView() throws Exception {
    SurfaceModel.Surface s = onFx(view::shownSurface);
    assertThat(s.heatmap()).isSameAs(image.getHeatmap());
    assertThat(s.frame().view()).isEqualTo(image.getHeatmap().view());
    assertThat(s.frame().scale()).isEqualTo(image.getHeatmap().scale());
    TriangleMesh mesh = (TriangleMesh) view.surface().getMesh();
    SurfaceMesh m = s.mesh();
    assertThat(mesh.getPoints().size()).isEqualTo(3 * m.cols() * m.rows());
    float[] points = mesh.getPoints().toArray(null);
    int checked = 0;
    for (int j = 0; j < m.rows(); j += 8) {
      for (int i = 0; i < m.cols(); i += 8) {
        double x = SurfaceMesh.gridX(s.frame(), m.cols(), i);
        double y = SurfaceMesh.gridY(s.frame(), m.rows(), j);
        int k = j * m.cols() + i;
        assertThat((double) points[3 * k]).isCloseTo((x - 0) * 25, within(EPS));
        assertThat((double) points[3 * k + 2]).isCloseTo((y - 1) * 25, within(EPS));
        double n = s.frame().scale().normalize(rosenbrock(x, y));
        assertThat((double) points[3 * k + 1]).isCloseTo(-40 * Math.max(0, Math.min(1, n)), within(EPS));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void theSurfaceWearsTheHeatMapsOwnPicture() throws Exception {
    Image texture = onFx(() -> ((PhongMaterial) view.surface().getMaterial()).getDiffuseMap());
    var map = image.getHeatmap();
    assertThat((int) texture.getWidth()).isEqualTo(map.width());
    for (int[] px : new int[][] {{0, 0}, {79, 0}, {40, 40}, {13, 71}}) {
      assertThat(texture.getPixelReader().getArgb(px[0], px[1])).isEqualTo(map.argb()[px[1] * map.width() + px[0]]);
    }
  }

  @Test
  void everyPathPassesThroughItsIteratesAtTheirValuesAndNowhereElse() throws Exception {
    onFx(() -> {
      model.playback().showAll();
      return null;
    });
    assertThat(view.pathKinds()).containsExactly(GradientDescent.KIND, Adam.KIND);
    for (OptimizerKind k : List.of(GradientDescent.KIND, Adam.KIND)) {
      Trajectory t = trajectoryOf(k);
      List<Point3D> ends = onFx(() -> ends(pathOf(k)));
      assertThat(t.lastStep()).isLessThan(org.gradientlab.plot.SurfacePath.MAX_POINTS); // not thinned
      int inView = 0;
      for (int i = 0; i <= t.lastStep(); i++) {
        if (VIEW.contains(t.theta(i, 0), t.theta(i, 1))) {
          assertThat(near(ends, expected(t, i))).as("%s iterate %d", k.label(), i).isTrue();
          inView++;
        }
      }
      assertThat(inView).isGreaterThan(20);
      for (Point3D p : ends) {
        boolean ofAnIterate = false;
        for (int i = 0; i <= t.lastStep() && !ofAnIterate; i++) {
          ofAnIterate = expected(t, i).distance(p) < EPS;
        }
        assertThat(ofAnIterate).as("%s end %s", k.label(), p).isTrue();
      }
    }
    // The paths float just above the surface.
    assertThat(view.paths().getLocalToParentTransform().getTy()).isEqualTo(-SurfaceView.lift());
  }

  @Test
  void theMarkersStandAtThePlaybackFramesIterates() throws Exception {
    onFx(() -> {
      model.playback().reset();
      for (int i = 0; i < 5; i++) {
        model.playback().step();
      }
      return null;
    });
    assertThat(model.playback().getFrame()).isEqualTo(5);
    for (OptimizerKind k : List.of(GradientDescent.KIND, Adam.KIND)) {
      Sphere marker = onFx(() -> (Sphere) view.markers().getChildren().stream()
          .filter(n -> n.getUserData() == k).findFirst().orElseThrow());
      assertThat(marker.localToParent(Point3D.ZERO).distance(expected(trajectoryOf(k), 5))).isLessThan(EPS);
      assertThat(onFx(() -> pathOf(k).getChildren().size())).isEqualTo(5);
    }
  }

  @Test
  void pathsAndMarkersWearTheirOptimizersCatalogColours() throws Exception {
    for (OptimizerKind k : List.of(GradientDescent.KIND, Adam.KIND)) {
      Color c = Color.web(k.style().onDark());
      List<Color> colours = onFx(() -> {
        List<Color> all = new ArrayList<>();
        for (Node n : pathOf(k).getChildren()) {
          all.add(((PhongMaterial) ((Cylinder) n).getMaterial()).getDiffuseColor());
        }
        view.markers().getChildren().stream().filter(n -> n.getUserData() == k)
            .forEach(n -> all.add(((PhongMaterial) ((Sphere) n).getMaterial()).getDiffuseColor()));
        return all;
      });
      assertThat(colours).hasSizeGreaterThan(2).containsOnly(c);
    }
    assertThat(Color.web(GradientDescent.KIND.style().onDark())).isNotEqualTo(Color.web(Adam.KIND.style().onDark()));
  }

  @Test
  void withoutThreeDTheSameSurfaceIsDrawnFlatAtTheViewsSizeAndTheViewSaysSo() throws Exception {
    assertThat(javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)).isFalse();
    assertThat(view.supported()).isFalse();
    javafx.scene.control.Label message = onFx(() -> (javafx.scene.control.Label) view.lookup("#surface-message"));
    assertThat(message.getText()).isEqualTo(SurfaceView.FLAT);
    assertThat(message.isVisible()).isTrue();
    Image flat = onFx(view::flatImage);
    assertThat(flat).isNotNull();
    assertThat(flat.getWidth()).isEqualTo(Math.round(onFx(view::pictureWidth)));
    assertThat(flat.getHeight()).isEqualTo(Math.round(onFx(view::pictureHeight)));
    // The 3-D export is for platforms that draw 3-D; here the flat picture is what there is.
    assertThatThrownBy(() -> onFx(() -> view.snapshot(2, Color.BLACK)))
        .hasRootCauseInstanceOf(IllegalStateException.class);
    // The world is built all the same.
    assertThat(((TriangleMesh) view.surface().getMesh()).getPoints().size()).isGreaterThan(0);
  }

  /** Where the flat picture shows the marker of iterate k of t: the camera's projection of it, lifted. */
  private double[] projectedMarker(OptimizerKind k, int step) throws Exception {
    Point3D p = expected(trajectoryOf(k), step);
    org.gradientlab.plot.SurfaceCamera c = onFx(() -> view.camera(view.pictureWidth(), view.pictureHeight()));
    return c.project(p.getX(), p.getY() - SurfaceView.lift(), p.getZ());
  }

  private static Color pixel(Image img, double[] at) {
    return img.getPixelReader().getColor((int) at[0], (int) at[1]);
  }

  private static boolean same(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) < 0.01 && Math.abs(a.getGreen() - b.getGreen()) < 0.01
        && Math.abs(a.getBlue() - b.getBlue()) < 0.01;
  }

  /** Only {@code k} in the race, the playback at step {@code step}. */
  private void onlyAt(OptimizerKind k, int step) throws Exception {
    onFx(() -> {
      for (OptimizerKind other : List.of(GradientDescent.KIND, Adam.KIND)) {
        model.setRacing(other, other == k);
      }
      model.playback().reset();
      for (int i = 0; i < step; i++) {
        model.playback().step();
      }
      return null;
    });
  }

  @Test
  void theFlatPictureShowsEachMarkerWhereTheCameraProjectsItsIterate() throws Exception {
    for (OptimizerKind k : List.of(GradientDescent.KIND, Adam.KIND)) {
      onlyAt(k, 40);
      Image flat = onFx(view::flatImage);
      double[] at = projectedMarker(k, 40);
      assertThat(same(pixel(flat, at), OptimizerColors.of(k))).as(k.label() + " at " + at[0] + ", " + at[1]).isTrue();
      // Not a colour of the picture at large: a few pixels away, the surface.
      assertThat(same(pixel(flat, new double[] {at[0] + 12, at[1] + 12}), OptimizerColors.of(k))).isFalse();
    }
  }

  @Test
  void draggingTurnsTheCameraAndTheFlatPictureFollowsIt(FxRobot robot) throws Exception {
    onlyAt(GradientDescent.KIND, 40);
    double turn = onFx(() -> view.camera(1, 1).turn());
    double tilt = onFx(() -> view.camera(1, 1).tilt());
    Image before = onFx(view::flatImage);
    double[] was = projectedMarker(GradientDescent.KIND, 40);
    robot.drag(view.flatNode(), javafx.scene.input.MouseButton.PRIMARY).moveBy(40, 30)
        .release(javafx.scene.input.MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    // Sideways turns, down tilts towards looking from above (where the valley hides nothing).
    assertThat(onFx(() -> view.camera(1, 1).turn())).isCloseTo(turn - 0.4 * 40, within(1.0));
    assertThat(onFx(() -> view.camera(1, 1).tilt())).isCloseTo(tilt + 0.4 * 30, within(1.0));
    Image after = onFx(view::flatImage);
    assertThat(after).isNotSameAs(before);
    double[] now = projectedMarker(GradientDescent.KIND, 40);
    assertThat(Math.hypot(now[0] - was[0], now[1] - was[1])).as("the marker moved on the picture").isGreaterThan(5);
    assertThat(same(pixel(after, now), OptimizerColors.of(GradientDescent.KIND))).isTrue();
  }

  @Test
  void theCamerasArithmeticIsTheSceneGraphsOwnTransform() throws Exception {
    for (double[] drag : new double[][] {{0, 0}, {80, -30}, {-200, 60}}) {
      onFx(() -> {
        view.rotateBy(drag[0], drag[1]);
        return null;
      });
      org.gradientlab.plot.SurfaceCamera c = onFx(() -> view.camera(400, 300));
      for (double[] p : new double[][] {{0, 0, 0}, {30, -10, -20}, {-45, -40, 35}}) {
        Point3D fx = onFx(() -> view.world().localToParent(p[0], p[1], p[2]));
        double[] ours = c.toCamera(p[0], p[1], p[2]);
        assertThat(ours[0]).isCloseTo(fx.getX(), within(1e-9));
        assertThat(ours[1]).isCloseTo(fx.getY(), within(1e-9));
        // The camera stands at z = −distance.
        assertThat(ours[2]).isCloseTo(fx.getZ() + c.distance(), within(1e-9));
      }
    }
  }

  @Test
  void theViewIsShownWithTheSurfacePanelOnTwoDimensionalLandscapesOnly() throws Exception {
    assertThat(onFx(view::isVisible)).isTrue();
    onFx(() -> {
      model.setPanelVisible(Panel.SURFACE, false);
      return null;
    });
    assertThat(onFx(view::isVisible)).isFalse();
    onFx(() -> {
      surfaceModel.shownProperty().set(true);
      return null;
    });
    assertThat(model.panels()).contains(Panel.SURFACE);
    assertThat(onFx(view::isVisible)).isTrue();
    onFx(() -> {
      model.selectLandscape("parabola");
      return null;
    });
    assertThat(onFx(view::isVisible)).isFalse();
    assertThat(view.paths().getChildren()).isEmpty();
  }
}
