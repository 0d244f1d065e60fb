package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.SurfaceFrame;
import org.gradientlab.plot.SurfacePath;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.SurfaceModel;

/**
 * The lab's 2-D landscape as a 3-D surface (JavaFX 3D): a height field ({@link MeshView} of a
 * {@link TriangleMesh}) textured with the heat map of the same view, so heights and colours follow
 * the map's scale; every optimizer's path as a polyline of thin cylinders in its catalog colour and
 * its iterate at the playback frame as a sphere; drag to rotate, scroll to zoom. The world (mesh,
 * paths, markers) is built whether or not the platform renders 3-D, so it can be checked without a
 * screen; only the {@link SubScene} that draws it needs {@link ConditionalFeature#SCENE3D}, and
 * where that is missing (the headless software pipeline) the view and its export say so.
 */
public final class SurfaceView extends BorderPane {

  /** What the view shows and an export reports where the platform has no 3-D. */
  public static final String UNSUPPORTED = "3-D is not available here: this graphics pipeline "
      + "(e.g. the software renderer used without a screen or GPU) cannot draw JavaFX 3-D scenes, "
      + "so the surface cannot be shown or exported. The 2-D map shows the same landscape.";

  static final double PATH_RADIUS = 0.6;
  static final double MARKER_RADIUS = 2.2;
  /** Paths float this far above the surface, which between grid points may lie over the true f. */
  static final double LIFT = 0.6;
  private static final double DEFAULT_TILT = 50;
  private static final double DEFAULT_TURN = -25;
  private static final double DEFAULT_DISTANCE = 230;

  private final SurfaceModel model;
  private final LabModel lab;
  private final boolean supported;
  private final TriangleMesh mesh = new TriangleMesh();
  private final MeshView surface = new MeshView(mesh);
  private final PhongMaterial surfaceMaterial = new PhongMaterial(Color.gray(0.6));
  private final Group paths = new Group();
  private final Group markers = new Group();
  private final Group world = new Group();
  private final Rotate tilt = new Rotate(DEFAULT_TILT, Rotate.X_AXIS);
  private final Rotate turn = new Rotate(DEFAULT_TURN, Rotate.Y_AXIS);
  private final Translate lift = new Translate(0, -LIFT, 0);
  private final PerspectiveCamera camera = new PerspectiveCamera(true);
  private final BooleanProperty instead = new SimpleBooleanProperty(false);
  private final Label message = new Label();
  private final Pane holder = new Pane();
  private SubScene subScene;
  private SurfaceModel.Surface shownSurface;
  private double dragX;
  private double dragY;

  public SurfaceView(SurfaceModel model) {
    this(model, Platform.isSupported(ConditionalFeature.SCENE3D));
  }

  /** For tests: a view that builds its world as if 3-D were (or were not) supported. */
  SurfaceView(SurfaceModel model, boolean supported) {
    this.model = model;
    this.lab = model.lab();
    this.supported = supported;
    setId("surface-view");
    getStyleClass().add("surface-view");
    surface.setId("surface-mesh");
    surface.setCullFace(CullFace.NONE);
    surface.setMaterial(surfaceMaterial);
    paths.setId("surface-paths");
    paths.getTransforms().add(lift);
    markers.setId("surface-markers");
    markers.getTransforms().add(lift);
    world.getChildren().addAll(surface, paths, markers);
    // Turn about the box's middle height, so the surface stays in the middle of the picture.
    world.getTransforms().addAll(tilt, turn, new Translate(0, SurfaceFrame.HEIGHT / 2, 0));
    message.setId("surface-message");
    message.setWrapText(true);
    message.getStyleClass().add("hint");
    message.setMaxWidth(Double.MAX_VALUE);
    message.setPadding(new Insets(6));
    setTop(bar());
    setCenter(holder);
    holder.setMinSize(150, 120);
    if (supported) {
      buildSubScene();
    } else {
      message.setText(UNSUPPORTED);
    }
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    setBottom(message);
    model.surfaceProperty().addListener((o, a, s) -> showSurface(s));
    model.errorProperty().addListener((o, a, e) -> showMessage());
    lab.resultProperty().addListener((o, a, r) -> showPaths());
    lab.playback().frameProperty().addListener((o, a, f) -> showPaths());
    visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> model.shownProperty().get() && lab.getResult() != null
            && lab.getResult().objective().dimension() == 2,
        model.shownProperty(), lab.resultProperty()));
    managedProperty().bind(visibleProperty());
    showSurface(model.getSurface());
  }

  private HBox bar() {
    CheckBox insteadBox = new CheckBox("instead of the map");
    insteadBox.setId("surface-instead");
    insteadBox.setTooltip(new Tooltip("Show the 3-D surface in the map's place instead of beside it"));
    insteadBox.selectedProperty().bindBidirectional(instead);
    Button reset = new Button(null, Icons.of("mdi2r-rotate-3d-variant"));
    reset.setId("surface-reset");
    reset.setAccessibleText("Reset the 3-D view's rotation and zoom");
    reset.setTooltip(new Tooltip("Back to the first angle and distance. Drag to rotate, scroll to zoom."));
    reset.setOnAction(e -> resetCamera());
    Label title = new Label("3-D surface");
    title.getStyleClass().add("section");
    javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, title, grow, insteadBox, reset);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(2, 6, 2, 6));
    return bar;
  }

  private void buildSubScene() {
    camera.setNearClip(0.5);
    camera.setFarClip(5000);
    camera.setFieldOfView(35);
    // The angle spans the narrower side, so the box fits a tall pane as well as a wide one.
    Runnable fov = () -> camera.setVerticalFieldOfView(holder.getWidth() >= holder.getHeight());
    holder.widthProperty().addListener(o -> fov.run());
    holder.heightProperty().addListener(o -> fov.run());
    camera.setTranslateZ(-DEFAULT_DISTANCE);
    // Mostly ambient, so the surface keeps the map's colours (the two lights add up to at most 1:
    // never brighter than the map); a light above gives the relief.
    AmbientLight ambient = new AmbientLight(Color.gray(0.7));
    PointLight above = new PointLight(Color.gray(0.3));
    above.setTranslateY(-400);
    above.setTranslateZ(-150);
    Group root = new Group(world, ambient, above);
    subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
    subScene.setId("surface-subscene");
    subScene.setCamera(camera);
    subScene.widthProperty().bind(holder.widthProperty());
    subScene.heightProperty().bind(holder.heightProperty());
    holder.getChildren().add(subScene);
    subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      dragX = e.getX();
      dragY = e.getY();
      e.consume();
    });
    subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      rotateBy(e.getX() - dragX, e.getY() - dragY);
      dragX = e.getX();
      dragY = e.getY();
      e.consume();
    });
    subScene.addEventHandler(ScrollEvent.SCROLL, e -> {
      zoomBy(e.getDeltaY());
      e.consume();
    });
  }

  /** A drag of (dx, dy) pixels: sideways turns about the vertical, up and down tilts (0° to 90°). */
  void rotateBy(double dx, double dy) {
    turn.setAngle(turn.getAngle() - 0.4 * dx);
    tilt.setAngle(Math.max(0, Math.min(90, tilt.getAngle() + 0.4 * dy)));
  }

  /** A scroll of {@code deltaY}: up comes closer. */
  void zoomBy(double deltaY) {
    double d = -camera.getTranslateZ() * Math.exp(-0.0025 * deltaY);
    camera.setTranslateZ(-Math.max(40, Math.min(1500, d)));
  }

  private void resetCamera() {
    tilt.setAngle(DEFAULT_TILT);
    turn.setAngle(DEFAULT_TURN);
    camera.setTranslateZ(-DEFAULT_DISTANCE);
  }

  private void showMessage() {
    String e = model.errorProperty().get();
    message.setText(!supported ? UNSUPPORTED : e);
  }

  private void showSurface(SurfaceModel.Surface s) {
    shownSurface = s;
    showMessage();
    if (s == null) {
      mesh.getPoints().clear();
      mesh.getTexCoords().clear();
      mesh.getFaces().clear();
    } else {
      mesh.getPoints().setAll(s.mesh().points());
      mesh.getTexCoords().setAll(s.mesh().texCoords());
      mesh.getFaces().setAll(s.mesh().faces());
      // The map's own picture: the same colours for the same f.
      surfaceMaterial.setDiffuseColor(Color.WHITE);
      surfaceMaterial.setDiffuseMap(HeatmapPainter.toImage(s.heatmap()));
      surfaceMaterial.setSpecularColor(Color.gray(0.15));
    }
    showPaths();
  }

  /** Every racing optimizer's path up to the playback frame, and its iterate there. */
  private void showPaths() {
    paths.getChildren().clear();
    markers.getChildren().clear();
    SceneResult r = lab.getResult();
    SurfaceModel.Surface s = shownSurface;
    if (r == null || s == null || r.objective() != s.heatmap().objective()) {
      return;
    }
    SurfaceFrame frame = s.frame();
    int at = lab.playback().getFrame();
    for (Trajectory t : r.trajectories()) {
      OptimizerKind k = t.optimizer().kind();
      PhongMaterial m = new PhongMaterial(OptimizerColors.of(k));
      Group path = new Group();
      path.setId("surface-path-" + k.label());
      path.setUserData(k);
      for (List<double[]> line : SurfacePath.polylines(frame, t, at)) {
        for (int i = 0; i + 1 < line.size(); i++) {
          Cylinder c = segment(line.get(i), line.get(i + 1));
          if (c != null) {
            c.setMaterial(m);
            path.getChildren().add(c);
          }
        }
      }
      paths.getChildren().add(path);
      int last = Math.min(at, t.lastStep());
      if (frame.contains(t.theta(last, 0), t.theta(last, 1))) {
        double[] p = SurfacePath.point(frame, t, last);
        Sphere marker = new Sphere(MARKER_RADIUS, 16);
        marker.setId("surface-marker-" + k.label());
        marker.setUserData(k);
        marker.setMaterial(m);
        marker.getTransforms().add(new Translate(p[0], p[1], p[2]));
        markers.getChildren().add(marker);
      }
    }
  }

  /** A cylinder from a to b (its axis, Y in its own frame, turned onto b − a); null for a = b. */
  static Cylinder segment(double[] a, double[] b) {
    Point3D from = new Point3D(a[0], a[1], a[2]);
    Point3D to = new Point3D(b[0], b[1], b[2]);
    Point3D d = to.subtract(from);
    double length = d.magnitude();
    if (!(length > 1e-9)) {
      return null;
    }
    Cylinder c = new Cylinder(PATH_RADIUS, length, 6);
    Point3D mid = from.midpoint(to);
    Point3D axis = Rotate.Y_AXIS.crossProduct(d);
    double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, d.normalize().dotProduct(Rotate.Y_AXIS)))));
    c.getTransforms().add(new Translate(mid.getX(), mid.getY(), mid.getZ()));
    if (axis.magnitude() > 1e-12) {
      c.getTransforms().add(new Rotate(angle, axis));
    } else if (d.getY() < 0) {
      c.getTransforms().add(new Rotate(180, Rotate.X_AXIS));
    }
    return c;
  }

  // ---- for the lab and tests ----------------------------------------------------------------

  /** Whether this view draws (the platform renders 3-D). */
  public boolean supported() {
    return supported;
  }

  /** Whether the surface takes the map's place (else it stands beside it). */
  public BooleanProperty insteadProperty() {
    return instead;
  }

  /** The height field. */
  public MeshView surface() {
    return surface;
  }

  /** One group of cylinders per racing optimizer, in race order, in the frame's coordinates (lifted). */
  public Group paths() {
    return paths;
  }

  /** The current iterates. */
  public Group markers() {
    return markers;
  }

  /** The surface shown now (null before the first). */
  public SurfaceModel.Surface shownSurface() {
    return shownSurface;
  }

  /** How far paths and markers float above the surface. */
  public static double lift() {
    return LIFT;
  }

  /** The SubScene's picture at {@code scale} (FX thread); where 3-D is missing, an error saying so. */
  public WritableImage snapshot(double scale) {
    if (!supported) {
      throw new IllegalStateException(UNSUPPORTED);
    }
    if (shownSurface == null) {
      throw new IllegalStateException("the 3-D surface is not computed yet: show it first (the 3-D button)");
    }
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(PlotStyle.DARK.background());
    WritableImage image = new WritableImage((int) Math.round(subScene.getWidth() * scale),
        (int) Math.round(subScene.getHeight() * scale));
    return subScene.snapshot(params, image);
  }

  /** The button that shows or hides this view (for the lab's header). */
  public static javafx.scene.control.ToggleButton toggle(SurfaceModel model) {
    javafx.scene.control.ToggleButton t = new javafx.scene.control.ToggleButton("3-D",
        Icons.of("mdi2c-cube-outline"));
    t.setId("surface-toggle");
    t.setTooltip(new Tooltip("The landscape as a 3-D surface with the same paths and colours. "
        + "Drag to rotate, scroll to zoom."));
    t.selectedProperty().bindBidirectional(model.shownProperty());
    return t;
  }

  /** Names of the optimizers whose paths are drawn, in order (for tests). */
  List<OptimizerKind> pathKinds() {
    List<OptimizerKind> kinds = new ArrayList<>();
    paths.getChildren().forEach(n -> kinds.add((OptimizerKind) n.getUserData()));
    return kinds;
  }
}
