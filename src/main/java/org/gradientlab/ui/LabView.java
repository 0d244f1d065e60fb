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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.PlaybackModel;

/**
 * The live lab: controls on the left; the landscape (a curve for 1-D objectives, a heat map for
 * 2-D ones) with the race drawn on it; below, the loss charts and one status line per optimizer.
 */
public final class LabView extends BorderPane {

  private final LabModel model;
  private final CurveView curve;
  private final LandscapeView plane;
  private final LossChart chart;
  private final StatusList status;
  private final ControlsPane controls;
  private final DataView data;
  private final javafx.beans.property.ObjectProperty<PlotStyle> plotStyle =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK);

  public LabView(LabModel model) {
    this.model = model;
    getStyleClass().add("lab-view");
    curve = new CurveView(model);
    curve.setId("curve");
    plane = new LandscapeView(model);
    plane.setId("plane");
    curve.plotStyleProperty().bind(plotStyle);
    plane.plotStyleProperty().bind(plotStyle);
    curve.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> dimension(model.getResult()) == 1, model.resultProperty()));
    plane.visibleProperty().bind(curve.visibleProperty().not());
    StackPane stack = new StackPane(plane, curve);
    stack.setMinSize(300, 200);
    data = new DataView(model);
    data.setId("data-view");
    data.plotStyleProperty().bind(plotStyle);
    data.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> DataView.lineFit(model.getResult()) != null, model.resultProperty()));
    data.managedProperty().bind(data.visibleProperty());
    HBox landscape = new HBox(6, stack, data);
    HBox.setHgrow(stack, Priority.ALWAYS);
    data.prefWidthProperty().bind(landscape.widthProperty().multiply(0.38));
    landscape.setId("landscape");

    Label caption = new Label();
    caption.setId("caption");
    caption.getStyleClass().add("caption");
    caption.textProperty().bind(Bindings.createStringBinding(
        () -> model.getResult() == null ? "" : model.getResult().objective().formula(),
        model.resultProperty()));
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
    HBox header = new HBox(12, fit, grow, playback);
    header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    caption.setMaxWidth(Double.MAX_VALUE);
    caption.setWrapText(true);
    VBox top = new VBox(4, caption, header, landscape);
    VBox.setVgrow(landscape, Priority.ALWAYS);
    top.setPadding(new Insets(6, 8, 4, 8));

    chart = new LossChart(model);
    chart.plotStyleProperty().bind(plotStyle);
    status = new StatusList(model);
    status.setId("status-list");
    status.setMinWidth(220);
    status.setPrefWidth(340);
    HBox bottom = new HBox(8, chart, status);
    bottom.getStyleClass().add("bottom-panel");
    HBox.setHgrow(chart, Priority.ALWAYS);
    bottom.setPadding(new Insets(4, 8, 8, 8));

    SplitPane split = new SplitPane(top, bottom);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.68);

    controls = new ControlsPane(model, plane, chart);
    ScrollPane side = new ScrollPane(controls);
    side.setId("sidebar");
    side.setFitToWidth(true);
    side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    side.setPrefWidth(320);
    side.setMinWidth(260);
    controls.setPadding(new Insets(12, 14, 16, 14));
    // Left before centre: JavaFX tabs through a pane's children in the order they were added, so
    // the controls come before the plots' buttons.
    setLeft(side);
    setCenter(split);

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
        split.setDividerPositions(0.68);
      } else if (!anyBottom) {
        split.getItems().remove(bottom);
      }
      plane.showGradientProperty().set(model.panels().contains(Panel.GRADIENT_ARROW));
    };
    model.panels().addListener((SetChangeListener<Panel>) c -> panels.run());
    plane.showGradientProperty().addListener((o, a, on) -> model.setPanelVisible(Panel.GRADIENT_ARROW, on));
    panels.run();

    installKeys();
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

  /** Stops background workers. */
  public void dispose() {
    plane.dispose();
  }
}
