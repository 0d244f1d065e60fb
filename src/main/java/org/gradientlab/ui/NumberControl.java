package org.gradientlab.ui;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.controlsfx.control.PopOver;
import org.gradientlab.format.Numbers;

/**
 * A labelled number: a slider for dragging (live: the value changes while the thumb moves) and a
 * field for typing the exact value. Optional marks on the track show special values, e.g. the
 * stability edges 2/L and 2(1 + α)/L on the η slider. A typed value out of range is refused with
 * the reason in the field's tooltip, and the last good value stays.
 */
public final class NumberControl extends VBox {

  /** A labelled tick on the track. */
  public record Mark(double value, String label, Color color, String explanation) {}

  private final DoubleProperty target;
  private final double min;
  private final double max;
  private final SliderScale scale;
  private final boolean integer;
  private final Slider slider = new UnitSlider();
  private final TextField field = new TextField();
  private final Pane marksLayer = new Pane();
  private final ObservableList<Mark> marks = FXCollections.observableArrayList();
  private boolean syncing;
  private final Label name;
  private String help;
  private PopOver helpPopOver;
  /** Whether a drag snaps to the marks and to round values (1, 2, 5 × 10ᵏ) when it comes close. */
  private boolean snapping;
  /** Alt (or the shortcut key) held during the drag: no snapping, for values in between. */
  private boolean snapOff;
  /** How close, in pixels, a drag must come to a snap target. */
  static final double SNAP_PIXELS = 6;

  NumberControl(String label, DoubleProperty target, double min, double max, SliderScale scale,
      boolean integer) {
    this.target = target;
    this.min = min;
    this.max = max;
    this.scale = scale;
    this.integer = integer;
    getStyleClass().add("number-control");
    Label name = new Label(label);
    name.getStyleClass().add("number-label");
    this.name = name;
    // A screen reader says the slider as "learning rate η, 0.1" (its value in the quantity's
    // units, not the track position) and the field as its label and text.
    slider.setAccessibleText(label);
    name.setLabelFor(field);
    field.getStyleClass().add("number-field");
    field.setPrefColumnCount(6);
    field.setAlignment(Pos.CENTER_RIGHT);
    BorderPane header = new BorderPane();
    header.setLeft(name);
    header.setRight(field);
    BorderPane.setAlignment(name, Pos.CENTER_LEFT);

    slider.setMin(scale.positionMin(min));
    slider.setMax(scale.toPosition(max, min));
    slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 100);
    marksLayer.setMouseTransparent(true);
    marksLayer.setManaged(false);
    StackPane track = new StackPane(slider, marksLayer);
    track.getStyleClass().add("slider-track-holder");
    track.setAlignment(Pos.CENTER);
    track.setStyle("-fx-padding: 12 0 0 0;");
    getChildren().addAll(header, track);
    setSpacing(2);

    slider.valueProperty().addListener((o, a, b) -> {
      if (!syncing) {
        double position = snapping && !snapOff && slider.isValueChanging() ? snapped(b.doubleValue()) : b.doubleValue();
        double v = scale.toValue(position, min);
        setTarget(integer ? Math.round(v) : v);
        if (position != b.doubleValue()) {
          showValue(target.get());
        }
      }
    });
    slider.addEventFilter(javafx.scene.input.MouseEvent.ANY,
        e -> snapOff = e.isAltDown() || e.isShortcutDown());
    target.addListener((o, a, b) -> showValue(b.doubleValue()));
    field.setOnAction(e -> commitField());
    field.focusedProperty().addListener((o, was, focused) -> {
      if (!focused) {
        commitField();
      }
    });
    marks.addListener((ListChangeListener<Mark>) c -> layoutMarks());
    slider.widthProperty().addListener((o, a, b) -> layoutMarks());
    slider.skinProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::layoutMarks));
    showValue(target.get());
  }

  public static NumberControl of(String label, DoubleProperty target, double min, double max,
      SliderScale scale) {
    return new NumberControl(label, target, min, max, scale, false);
  }

  /** For an integer property (steps, batch size): rounds, and writes back only whole numbers. */
  public static NumberControl ofInteger(String label, IntegerProperty target, int min, int max,
      SliderScale scale) {
    DoubleProperty bridge = new SimpleDoubleProperty(target.get());
    bridge.addListener((o, a, b) -> {
      int v = (int) Math.round(b.doubleValue());
      if (v != target.get()) {
        target.set(v);
      }
    });
    target.addListener((o, a, b) -> {
      if (Math.round(bridge.get()) != b.intValue()) {
        bridge.set(b.intValue());
      }
    });
    return new NumberControl(label, bridge, min, max, scale, true);
  }

  /**
   * The control's help (what it is, its formula): a ⓘ after the label and F1 on the slider or the
   * field show it in a popover; screen readers get it as the accessible help.
   */
  public NumberControl help(String text) {
    this.help = text;
    slider.setAccessibleHelp(text);
    field.setAccessibleHelp(text);
    Label info = new Label(null, Icons.of("mdi2i-information-outline"));
    info.getStyleClass().add("help-icon");
    info.setOnMouseClicked(e -> showHelp());
    BorderPane header = (BorderPane) getChildren().get(0);
    javafx.scene.layout.HBox left = new javafx.scene.layout.HBox(4, name, info);
    left.setAlignment(Pos.CENTER_LEFT);
    header.setLeft(left);
    for (Node n : List.of(slider, field)) {
      n.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
        if (e.getCode() == javafx.scene.input.KeyCode.F1) {
          showHelp();
          e.consume();
        }
      });
    }
    return this;
  }

  public String helpText() {
    return help;
  }

  /** The help popover, shown if it is not (hidden if it is). */
  public void showHelp() {
    if (help == null || getScene() == null) {
      return;
    }
    if (helpPopOver != null && helpPopOver.isShowing()) {
      helpPopOver.hide();
      return;
    }
    Label text = new Label(help);
    text.setWrapText(true);
    text.setMaxWidth(340);
    text.getStyleClass().add("help-text");
    VBox box = new VBox(text);
    box.setPadding(new javafx.geometry.Insets(10));
    helpPopOver = new PopOver(box);
    helpPopOver.setTitle(name.getText());
    helpPopOver.setHeaderAlwaysVisible(true);
    helpPopOver.setDetachable(false);
    helpPopOver.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
    helpPopOver.show(name);
  }

  /** The help popover if it is showing, else null (for tests). */
  public PopOver helpPopOver() {
    return helpPopOver != null && helpPopOver.isShowing() ? helpPopOver : null;
  }

  /** A slider that tells assistive technology the quantity's value, not the track position. */
  private final class UnitSlider extends Slider {
    @Override
    public Object queryAccessibleAttribute(javafx.scene.AccessibleAttribute attribute, Object... parameters) {
      return switch (attribute) {
        case VALUE -> target.get();
        case MIN_VALUE -> min;
        case MAX_VALUE -> max;
        default -> super.queryAccessibleAttribute(attribute, parameters);
      };
    }
  }

  /**
   * Makes a drag snap to the marks (e.g. the stability edges) and to round values when it comes
   * within {@link #SNAP_PIXELS} of one; holding Alt while dragging turns it off.
   */
  public NumberControl snapping(boolean on) {
    snapping = on;
    return this;
  }

  /** The slider position of the nearest mark or round value within reach, else {@code position}. */
  private double snapped(double position) {
    double perPixel = (slider.getMax() - slider.getMin()) / Math.max(1, slider.getWidth());
    double best = position;
    double bestDistance = SNAP_PIXELS * perPixel;
    for (double v : snapTargets()) {
      double p = scale.toPosition(v, min);
      double d = Math.abs(p - position);
      if (Double.isFinite(p) && d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The marks' values and 1, 2, 5 × 10ᵏ inside the range. */
  List<Double> snapTargets() {
    List<Double> targets = new java.util.ArrayList<>();
    for (Mark m : marks) {
      if (m.value() >= min && m.value() <= max) {
        targets.add(m.value());
      }
    }
    if (scale != SliderScale.LINEAR && min > 0 || scale == SliderScale.LOG_WITH_ZERO) {
      double lowest = Math.max(min, 1e-12);
      for (int e = (int) Math.floor(Math.log10(lowest)); e <= (int) Math.ceil(Math.log10(max)); e++) {
        for (double m : new double[] {1, 2, 5}) {
          double v = m * Math.pow(10, e);
          if (v >= min && v <= max) {
            targets.add(v);
          }
        }
      }
    }
    return targets;
  }

  public Slider slider() {
    return slider;
  }

  public TextField field() {
    return field;
  }

  public ObservableList<Mark> marks() {
    return marks;
  }

  private void setTarget(double v) {
    if (v != target.get()) {
      target.set(v);
    }
  }

  private void showValue(double v) {
    syncing = true;
    try {
      slider.setValue(scale.toPosition(v, min));
    } finally {
      syncing = false;
    }
    if (!field.isFocused()) {
      field.setText(Numbers.compact(v));
    }
    field.getStyleClass().remove("invalid");
    field.setTooltip(null);
  }

  private void commitField() {
    String text = field.getText();
    String problem;
    try {
      double v = Numbers.parse(text);
      boolean zeroAllowed = scale == SliderScale.LOG_WITH_ZERO && v == 0;
      if ((v >= min && v <= max) || zeroAllowed) {
        if (integer && v != Math.rint(v)) {
          problem = "enter a whole number";
        } else {
          setTarget(v);
          showValue(v);
          field.setText(Numbers.compact(v));
          return;
        }
      } else {
        problem = "must be between " + Numbers.compact(min) + " and " + Numbers.compact(max)
            + (scale == SliderScale.LOG_WITH_ZERO ? " (or 0)" : "");
      }
    } catch (NumberFormatException e) {
      problem = e.getMessage();
    }
    if (!field.getStyleClass().contains("invalid")) {
      field.getStyleClass().add("invalid");
    }
    Tooltip tip = new Tooltip(problem);
    field.setTooltip(tip);
    if (field.getScene() != null && field.getScene().getWindow() != null) {
      Bounds b = field.localToScreen(field.getBoundsInLocal());
      if (b != null) {
        tip.show(field, b.getMinX(), b.getMaxY() + 2);
      }
    }
  }

  /** Places the marks over the slider's track (the skin knows where the track is). */
  private void layoutMarks() {
    marksLayer.getChildren().clear();
    Node track = slider.lookup(".track");
    if (track == null || marks.isEmpty()) {
      return;
    }
    Bounds tb = slider.localToParent(track.getBoundsInParent());
    double from = tb.getMinX() + 6;
    double to = tb.getMaxX() - 6;
    double labelsEnd = Double.NEGATIVE_INFINITY;
    List<Mark> sorted = new java.util.ArrayList<>(marks);
    sorted.sort(java.util.Comparator.comparingDouble(Mark::value));
    for (Mark m : sorted) {
      if (!(m.value() > 0) && scale != SliderScale.LINEAR) {
        continue;
      }
      double p = scale.toPosition(m.value(), min);
      if (!Double.isFinite(p) || p < slider.getMin() || p > slider.getMax()) {
        continue;
      }
      double x = from + (to - from) * (p - slider.getMin()) / (slider.getMax() - slider.getMin());
      double y = tb.getMinY() - 8;
      Polygon tick = new Polygon(x - 5, y, x + 5, y, x, y + 7);
      tick.setFill(m.color());
      tick.setStroke(Color.web("#000000", 0.6));
      Tooltip.install(tick, new Tooltip(m.explanation()));
      marksLayer.getChildren().add(tick);
      // A label that would run into the previous one is left out; the tick and tooltip remain.
      double labelWidth = 7.5 * m.label().length() + 8;
      if (x - 2 > labelsEnd) {
        Label text = new Label(m.label());
        text.getStyleClass().add("slider-mark");
        text.setTextFill(m.color());
        text.setLayoutX(x - 2);
        text.setLayoutY(y - 13);
        marksLayer.getChildren().add(text);
        labelsEnd = x - 2 + labelWidth;
      }
    }
  }

}
