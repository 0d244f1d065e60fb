package org.gradientlab.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;
import java.util.List;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.MapsModel;
import org.gradientlab.viewmodel.LandscapeImageModel;
import org.gradientlab.viewmodel.PlaybackModel;
import org.gradientlab.viewmodel.SurfaceModel;

/**
 * The live lab: controls on the left; the landscape (a curve for 1-D objectives, a heat map for
 * 2-D ones) with the race drawn on it; below, the loss charts and one status line per optimizer.
 */
public final class LabView extends BorderPane {

  /** The workspace split: the landscape keeps at least this share of the height. */
  static final double LANDSCAPE_MIN_SHARE = 0.5;
  private static final double DIVIDER = 0.68;

  private final LabModel model;
  private final CurveView curve;
  private final LandscapeView plane;
  private final LossChart chart;
  private final StatusList status;
  private final ControlsPane controls;
  private final DataView data;
  private final MapsPane maps;
  private final SurfaceModel surfaceModel;
  private final SurfaceView surface;
  private final javafx.beans.property.ObjectProperty<PlotStyle> plotStyle =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK);
  private final WorkspacePictures pictures = new LabPictures(this);

  /**
   * The lab for {@code model}; its 2-D heat maps come from {@code landscapeImage}; its convergence
   * maps are computed on the calling thread (for headless pictures: the app passes its own).
   */
  public LabView(LabModel model, LandscapeImageModel landscapeImage) {
    this(model, landscapeImage, new MapsModel(model, Background.callingThread()));
  }

  /** The lab, with the convergence maps of {@code mapsModel} beside the landscape. */
  public LabView(LabModel model, LandscapeImageModel landscapeImage, MapsModel mapsModel) {
    this(model, landscapeImage, mapsModel, new SurfaceModel(model, landscapeImage, Background.callingThread()));
  }

  /** The lab, with the maps of {@code mapsModel} and the 3-D surface of {@code surfaceModel}. */
  public LabView(LabModel model, LandscapeImageModel landscapeImage, MapsModel mapsModel,
      SurfaceModel surfaceModel) {
    this.model = model;
    this.surfaceModel = surfaceModel;
    surface = new SurfaceView(surfaceModel);
    maps = new MapsPane(mapsModel);
    maps.bindStyle(plotStyle);
    getStyleClass().add("lab-view");
    curve = new CurveView(model);
    curve.setId("curve");
    plane = new LandscapeView(model, landscapeImage);
    plane.setId("plane");
    data = new DataView(model);
    data.setId("data-view");
    chart = new LossChart(model);
    status = new StatusList(model);
    status.setId("status-list");
    for (CanvasPlot p : List.of(curve, data)) {
      p.plotStyleProperty().bind(plotStyle);
    }
    plane.plotStyleProperty().bind(plotStyle);
    surface.pictureBackgroundProperty().bind(Bindings.createObjectBinding(() -> plotStyle.get().background(), plotStyle));
    chart.plotStyleProperty().bind(plotStyle);

    VBox top = new VBox(4, caption(), header(), landscapeRow(), new InsidePane(model));
    Region landscape = (Region) top.getChildren().get(2);
    VBox.setVgrow(landscape, Priority.ALWAYS);
    top.setPadding(new Insets(6, 8, 4, 8));
    HBox bottom = bottomPanel();
    SplitPane split = new SplitPane(top, bottom);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(DIVIDER);
    split.setId("lab-split");
    // However long the status lines get, the landscape keeps half the workspace.
    landscape.minHeightProperty()
        .bind(split.heightProperty().multiply(LANDSCAPE_MIN_SHARE));

    controls = new ControlsPane(model, plane, chart);
    ScrollPane side = sidebar(controls);
    // Left before centre: JavaFX tabs through a pane's children in the order they were added, so
    // the controls come before the plots' buttons.
    setLeft(side);
    setCenter(split);
    showPanelsOf(model, split, bottom, side);

    installKeys();
  }

  /** The curve (1-D) or the plane (2-D) in one place, and the data beside them on a landscape fitted to data. */
  private HBox landscapeRow() {
    curve.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> dimension(model.getResult()) == 1, model.resultProperty()));
    plane.visibleProperty().bind(curve.visibleProperty().not());
    StackPane stack = new StackPane(plane, curve);
    stack.setMinSize(300, 200);
    data.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> DataView.showsData(model.getResult()), model.resultProperty()));
    data.managedProperty().bind(data.visibleProperty());
    HBox landscape = new HBox(6, stack, data, surface, maps);
    HBox.setHgrow(stack, Priority.ALWAYS);
    // Beside the map, they share the row.
    HBox.setHgrow(surface, Priority.ALWAYS);
    surface.prefWidthProperty().bind(landscape.widthProperty().multiply(0.45));
    surface.minWidthProperty().bind(landscape.widthProperty().multiply(0.4));
    // Beside the map, or over it in its place (the map stays laid out underneath: it still asks
    // for the heat maps the surface is textured with).
    Runnable place = () -> {
      boolean over = surface.insteadProperty().get();
      javafx.scene.layout.Pane to = over ? stack : landscape;
      if (surface.getParent() != to) {
        ((javafx.scene.layout.Pane) surface.getParent()).getChildren().remove(surface);
        if (over) {
          stack.getChildren().add(surface);
        } else {
          landscape.getChildren().add(landscape.getChildren().indexOf(maps), surface);
        }
      }
    };
    surface.insteadProperty().addListener((o, a, b) -> place.run());
    place.run(); // a scene may open with the surface in the map's place
    data.prefWidthProperty().bind(landscape.widthProperty().multiply(0.38));
    maps.prefWidthProperty().bind(landscape.widthProperty().multiply(0.46));
    maps.minWidthProperty().bind(landscape.widthProperty().multiply(0.42));
    landscape.setId("landscape");
    return landscape;
  }

  /** The formula of the landscape on screen. */
  private Label caption() {
    Label caption = new Label();
    caption.setId("caption");
    caption.getStyleClass().add("caption");
    caption.textProperty().bind(Bindings.createStringBinding(
        () -> model.getResult() == null ? "" : model.getResult().objective().formula(),
        model.resultProperty()));
    caption.setMaxWidth(Double.MAX_VALUE);
    caption.setWrapText(true);
    return caption;
  }

  /** The reset-view button on the left, playback on the right. */
  private HBox header() {
    PlaybackBar playback = new PlaybackBar(model.playback());
    playback.setId("playback");
    javafx.scene.control.Button fit = new javafx.scene.control.Button(null, Icons.of("mdi2f-fit-to-screen-outline"));
    fit.setId("reset-view");
    fit.setTooltip(new javafx.scene.control.Tooltip(
        "Show the whole landscape again (undo zoom and pan). Scroll to zoom, Shift-drag to pan."));
    fit.setOnAction(e -> model.resetView());
    fit.setAccessibleText("Reset the view");
    fit.disableProperty().bind(model.viewProperty().isNull());
    javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    javafx.scene.control.ToggleButton threeD = SurfaceView.toggle(surfaceModel);
    // A 1-D landscape has no surface.
    threeD.disableProperty().bind(curve.visibleProperty());
    HBox header = new HBox(12, fit, maps.toggle(), threeD, grow, playback);
    header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return header;
  }

  /** The loss charts and the status lines, which scroll when they are long. */
  private HBox bottomPanel() {
    ScrollPane statusScroll = new ScrollPane(status);
    statusScroll.setId("status-scroll");
    statusScroll.setFitToWidth(true);
    statusScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    statusScroll.setMinWidth(220);
    statusScroll.setPrefWidth(340);
    statusScroll.setMinHeight(0);
    statusScroll.visibleProperty().bind(status.visibleProperty());
    statusScroll.managedProperty().bind(status.managedProperty());
    HBox row = new HBox(8, chart, statusScroll);
    HBox.setHgrow(chart, Priority.ALWAYS);
    // A lesson's prediction waits for its answer: the charts and outcomes would tell it.
    Label cover = new Label("The run is hidden until you answer the lesson's prediction.",
        Icons.of("mdi2e-eye-off-outline"));
    cover.setId("run-hidden");
    cover.getStyleClass().add("run-hidden-cover");
    cover.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    cover.setWrapText(true);
    cover.visibleProperty().bind(model.playback().heldProperty());
    StackPane covered = new StackPane(row, cover);
    HBox bottom = new HBox(covered);
    HBox.setHgrow(covered, Priority.ALWAYS);
    bottom.getStyleClass().add("bottom-panel");
    bottom.setPadding(new Insets(4, 8, 8, 8));
    bottom.setMinHeight(0);
    return bottom;
  }

  private static ScrollPane sidebar(ControlsPane controls) {
    ScrollPane side = new ScrollPane(controls);
    side.setId("sidebar");
    side.setFitToWidth(true);
    side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    side.setPrefWidth(320);
    side.setMinWidth(260);
    controls.setPadding(new Insets(12, 14, 16, 14));
    return side;
  }

  /** Shows the panels the model lists (controls, chart, status, gradient arrow), now and on change. */
  private void showPanelsOf(LabModel model, SplitPane split, HBox bottom, ScrollPane side) {
    Runnable panels = () -> {
      side.setVisible(model.panels().contains(Panel.CONTROLS));
      side.setManaged(side.isVisible());
      chart.setVisible(model.panels().contains(Panel.CHART));
      chart.setManaged(chart.isVisible());
      status.setVisible(model.panels().contains(Panel.STATUS));
      status.setManaged(status.isVisible());
      boolean anyBottom = chart.isVisible() || status.isVisible();
      if (anyBottom && !split.getItems().contains(bottom)) {
        split.getItems().add(bottom);
        split.setDividerPositions(DIVIDER);
      } else if (!anyBottom) {
        split.getItems().remove(bottom);
      }
      plane.showGradientProperty().set(model.panels().contains(Panel.GRADIENT_ARROW));
    };
    model.panels().addListener((SetChangeListener<Panel>) c -> panels.run());
    plane.showGradientProperty().addListener((o, a, on) -> model.setPanelVisible(Panel.GRADIENT_ARROW, on));
    panels.run();
  }

  private static int dimension(SceneResult r) {
    return r == null ? 1 : r.objective().dimension();
  }

  /** Colours and scale of every plot in the lab (dark or light, presentation size). */
  public javafx.beans.property.ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  /** The result on screen. */
  public org.gradientlab.scene.SceneResult result() {
    return model.getResult();
  }

  /** The last step of the longest run on screen. */
  public int lastStep() {
    return model.getResult() == null ? 0 : model.getResult().maxLength() - 1;
  }

  /** The playback frame shown now. */
  public int modelFrame() {
    return model.playback().getFrame();
  }

  public CurveView curveView() {
    return curve;
  }

  public LandscapeView landscapeView() {
    return plane;
  }

  public LossChart lossChart() {
    return chart;
  }

  public ControlsPane controls() {
    return controls;
  }

  /** The 3-D surface beside (or instead of) the landscape. */
  public SurfaceView surfaceView() {
    return surface;
  }

  /** The convergence maps beside the landscape. */
  public MapsPane maps() {
    return maps;
  }

  /**
   * Space plays or pauses, Right steps, R resets, while the focus is in the lab but not on a control
   * that uses the key itself (Space presses a focused button, Right moves a focused slider; a field
   * takes every key). A click on the lab outside its controls takes the focus there.
   */
  private void installKeys() {
    addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
      if (!insideControl(e.getTarget())) {
        requestFocus();
      }
    });
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      Scene scene = getScene();
      javafx.scene.Node owner = scene == null ? null : scene.getFocusOwner();
      if (owner instanceof TextInputControl
          || owner instanceof javafx.scene.control.Control && e.getCode() != KeyCode.R) {
        return;
      }
      PlaybackModel p = model.playback();
      if (e.getCode() == KeyCode.SPACE) {
        p.togglePlay();
        e.consume();
      } else if (e.getCode() == KeyCode.RIGHT) {
        p.step();
        e.consume();
      } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
        p.reset();
        e.consume();
      }
    });
  }
  private boolean insideControl(Object target) {
    for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null && n != this;
        n = n.getParent()) {
      if (n instanceof javafx.scene.control.Control && n.isFocusTraversable()) {
        return true; // a label is a control too, but takes no focus
      }
    }
    return false;
  }


  /** What the Export menu and the command line picture of this workspace (see {@link LabPictures}). */
  public WorkspacePictures pictures() {
    return pictures;
  }
}
