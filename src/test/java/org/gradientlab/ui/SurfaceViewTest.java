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
  void withoutThreeDTheViewSaysSoAndItsExportRefusesInsteadOfDrawingNothing() throws Exception {
    assertThat(javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)).isFalse();
    assertThat(view.supported()).isFalse();
    javafx.scene.control.Label message = onFx(() -> (javafx.scene.control.Label) view.lookup("#surface-message"));
    assertThat(message.getText()).isEqualTo(SurfaceView.UNSUPPORTED);
    assertThat(message.isVisible()).isTrue();
    assertThatThrownBy(() -> onFx(() -> view.snapshot(2)))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasStackTraceContaining("3-D is not available here");
    // The world is built all the same.
    assertThat(((TriangleMesh) view.surface().getMesh()).getPoints().size()).isGreaterThan(0);
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
