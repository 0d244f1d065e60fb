package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SnapshotParameters;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
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
import org.gradientlab.plot.SurfaceCamera;
import org.gradientlab.plot.SurfaceFrame;
import org.gradientlab.plot.SurfaceRaster;
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
 * screen. Where the platform lacks {@link ConditionalFeature#SCENE3D} (the software pipeline, a
 * machine without a GPU) the same world is drawn flat by {@link SurfaceRaster} from the same
 * camera, off the FX thread, and rotates and zooms the same way; exports draw it so too.
 */
public final class SurfaceView extends BorderPane {

  /** What the view says where the platform has no 3-D and the surface is drawn flat. */
  public static final String FLAT = "Drawn without 3-D graphics (this graphics pipeline has none): "
      + "the same surface, paths and colours, lit more simply.";

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
  private final Label message = new Label();
  private final Pane holder = new Pane();
  private final ImageView flatView = new ImageView();
  private final javafx.beans.property.ObjectProperty<Color> background =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK.background());
  private SubScene subScene;
  private List<SurfaceRaster.Path> flatPaths = List.of();
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
    camera.setNearClip(0.5);
    camera.setFarClip(5000);
    camera.setFieldOfView(35);
    camera.setTranslateZ(-DEFAULT_DISTANCE);
    if (supported) {
      buildSubScene();
    } else {
      buildFlat();
    }
    listenToDragsAndScrolls();
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
    visibleProperty().addListener(o -> requestFlat());
    showSurface(model.getSurface());
  }

  private HBox bar() {
    CheckBox insteadBox = new CheckBox("instead of the map");
    insteadBox.setId("surface-instead");
    insteadBox.setTooltip(new Tooltip("Show the 3-D surface in the map's place instead of beside it"));
    insteadBox.selectedProperty().bindBidirectional(model.insteadProperty());
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
    // The angle spans the narrower side, so the box fits a tall pane as well as a wide one.
    Runnable fov = () -> camera.setVerticalFieldOfView(holder.getWidth() >= holder.getHeight());
    holder.widthProperty().addListener(o -> fov.run());
    holder.heightProperty().addListener(o -> fov.run());
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
  }

  /** The flat picture in the SubScene's place, redrawn when anything it shows changes. */
  private void buildFlat() {
    flatView.setId("surface-flat");
    flatView.setPreserveRatio(false);
    flatView.fitWidthProperty().bind(holder.widthProperty());
    flatView.fitHeightProperty().bind(holder.heightProperty());
    holder.getChildren().add(flatView);
    javafx.beans.InvalidationListener redraw = o -> requestFlat();
    holder.widthProperty().addListener(redraw);
    holder.heightProperty().addListener(redraw);
    tilt.angleProperty().addListener(redraw);
    turn.angleProperty().addListener(redraw);
    camera.translateZProperty().addListener(redraw);
    background.addListener(redraw);
    model.flatPictureProperty().addListener((o, a, p) -> showFlat(p));
  }

  private void listenToDragsAndScrolls() {
    holder.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      dragX = e.getX();
      dragY = e.getY();
      e.consume();
    });
    holder.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      rotateBy(e.getX() - dragX, e.getY() - dragY);
      dragX = e.getX();
      dragY = e.getY();
      e.consume();
    });
    holder.addEventHandler(ScrollEvent.SCROLL, e -> {
      zoomBy(e.getDeltaY());
      e.consume();
    });
  }

  /** The camera as it is now, for a {@code w × h} picture. */
  public SurfaceCamera camera(double w, double h) {
    return new SurfaceCamera(tilt.getAngle(), turn.getAngle(), -camera.getTranslateZ(),
        camera.getFieldOfView(), w, h);
  }

  /**
   * What a flat picture of the surface shown now needs, {@code w × h} logical pixels at
   * {@code scale} on {@code background}; null before the first surface.
   */
  public SurfaceModel.FlatRequest flatRequest(double w, double h, double scale, Color background) {
    if (shownSurface == null) {
      return null;
    }
    return new SurfaceModel.FlatRequest(shownSurface, flatPaths,
        camera(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))), style(background));
  }

  /** How paths and markers look, on {@code background}. */
  static SurfaceRaster.Style style(Color background) {
    return new SurfaceRaster.Style(LIFT, PATH_RADIUS, MARKER_RADIUS, Snapshots.argb(background));
  }

  /** The flat picture's background (the lab's plot style's). */
  public javafx.beans.property.ObjectProperty<Color> pictureBackgroundProperty() {
    return background;
  }

  /** The model whose surface this view shows. */
  public SurfaceModel model() {
    return model;
  }

  /** The size of the surface's picture on screen (the SubScene's or the flat picture's). */
  double pictureWidth() {
    return holder.getWidth();
  }

  double pictureHeight() {
    return holder.getHeight();
  }

  private void requestFlat() {
    if (supported || !isVisible() || holder.getWidth() < 1 || holder.getHeight() < 1) {
      return;
    }
    double scale = getScene() != null && getScene().getWindow() != null
        ? getScene().getWindow().getOutputScaleX() : 1;
    SurfaceModel.FlatRequest r = flatRequest(holder.getWidth(), holder.getHeight(), scale, background.get());
    if (r != null) {
      model.requestFlat(r);
    }
  }

  private void showFlat(SurfaceModel.FlatPicture p) {
    // Only a picture of what is shown now (a late one of an older surface would mislead).
    if (p == null || p.request().surface() != shownSurface || p.request().paths() != flatPaths) {
      return;
    }
    flatView.setImage(image(p));
  }

  /** A flat picture as an image. */
  static WritableImage image(SurfaceModel.FlatPicture p) {
    return HeatmapPainter.image(p.width(), p.height(), p.argb());
  }

  /** The pane the flat picture fills (where the platform has no 3-D). */
  Node flatNode() {
    return holder;
  }

  /** The flat picture on screen now (null before the first), for tests. */
  javafx.scene.image.Image flatImage() {
    return flatView.getImage();
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
    message.setText(!e.isEmpty() ? e : supported ? "" : FLAT);
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
    List<SurfaceRaster.Path> flat = r == null || s == null || r.objective() != s.heatmap().objective()
        ? List.of() : flatPaths(r, s.frame(), lab.playback().getFrame());
    for (int i = 0; i < flat.size(); i++) {
      OptimizerKind k = r.trajectories().get(i).optimizer().kind();
      PhongMaterial m = new PhongMaterial(OptimizerColors.of(k));
      Group path = new Group();
      path.setId("surface-path-" + k.label());
      path.setUserData(k);
      for (List<double[]> line : flat.get(i).lines()) {
        for (int j = 0; j + 1 < line.size(); j++) {
          Cylinder c = segment(line.get(j), line.get(j + 1));
          if (c != null) {
            c.setMaterial(m);
            path.getChildren().add(c);
          }
        }
      }
      paths.getChildren().add(path);
      double[] p = flat.get(i).marker();
      if (p != null) {
        Sphere marker = new Sphere(MARKER_RADIUS, 16);
        marker.setId("surface-marker-" + k.label());
        marker.setUserData(k);
        marker.setMaterial(m);
        marker.getTransforms().add(new Translate(p[0], p[1], p[2]));
        markers.getChildren().add(marker);
      }
    }
    flatPaths = flat;
    requestFlat();
  }

  /**
   * Each of {@code r}'s paths up to step {@code at} in {@code frame}, in race order, with its
   * iterate at {@code at} where that lies in the view, in its optimizer's colour.
   */
  static List<SurfaceRaster.Path> flatPaths(SceneResult r, SurfaceFrame frame, int at) {
    List<SurfaceRaster.Path> flat = new ArrayList<>();
    for (Trajectory t : r.trajectories()) {
      int last = Math.min(at, t.lastStep());
      double[] marker = frame.contains(t.theta(last, 0), t.theta(last, 1)) ? SurfacePath.point(frame, t, last) : null;
      flat.add(new SurfaceRaster.Path(SurfacePath.polylines(frame, t, at), marker,
          Snapshots.argb(OptimizerColors.of(t.optimizer().kind()))));
    }
    return List.copyOf(flat);
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
    return model.insteadProperty();
  }

  /** The mesh, paths and markers under the view's rotations, for tests. */
  Group world() {
    return world;
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

  /**
   * The SubScene's picture at {@code scale} (FX thread): what the screen shows. Where 3-D is
   * missing, use {@link #flatRequest} (the flat picture the screen shows there).
   */
  public WritableImage snapshot(double scale, Color background) {
    if (!supported) {
      throw new IllegalStateException("this platform has no 3-D: picture the flat surface (flatRequest)");
    }
    if (shownSurface == null) {
      throw new IllegalStateException("the 3-D surface is not computed yet: show it first (the 3-D button)");
    }
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(background);
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
