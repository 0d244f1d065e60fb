package org.gradientlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.math.Point;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * The start point as numbers: what a click on the landscape sets, typed instead, so the start can
 * be chosen without a mouse (and read by a screen reader). y₀ is shown only on 2-D landscapes.
 * Enter or leaving a field applies it; a value that is not a number is refused and the field
 * marked.
 */
final class StartFields extends VBox {

  private final LabModel model;
  private final TextField x = new TextField();
  private final TextField y = new TextField();

  StartFields(LabModel model) {
    this.model = model;
    setId("start-fields");
    Label title = new Label("start point");
    Label xName = new Label("x₀");
    Label yName = new Label("y₀");
    xName.setLabelFor(x);
    yName.setLabelFor(y);
    x.setId("start-x");
    y.setId("start-y");
    x.setAccessibleText("start point x₀");
    y.setAccessibleText("start point y₀");
    for (TextField f : new TextField[] {x, y}) {
      f.setPrefColumnCount(6);
      f.setAlignment(Pos.CENTER_RIGHT);
      f.setOnAction(e -> commit());
      f.focusedProperty().addListener((o, was, focused) -> {
        if (!focused) {
          commit();
        }
      });
      HBox.setHgrow(f, Priority.ALWAYS);
    }
    HBox yBox = new HBox(4, yName, y);
    yBox.setAlignment(Pos.CENTER_LEFT);
    yBox.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> dimension(model.getResult()) == 2, model.resultProperty()));
    yBox.managedProperty().bind(yBox.visibleProperty());
    HBox row = new HBox(8, xName, x, yBox);
    row.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(title, row);
    setSpacing(2);
    model.startProperty().addListener((o, a, p) -> show(p));
    show(model.startProperty().get());
  }

  private static int dimension(SceneResult r) {
    return r == null ? 1 : r.objective().dimension();
  }

  private void show(Point p) {
    if (p == null) {
      return;
    }
    if (!x.isFocused()) {
      x.setText(Numbers.compact(p.x()));
    }
    if (!y.isFocused()) {
      y.setText(Numbers.compact(p.y()));
    }
    x.getStyleClass().remove("invalid");
    y.getStyleClass().remove("invalid");
  }

  private void commit() {
    Point now = model.startProperty().get();
    double px;
    double py;
    try {
      px = Numbers.parse(x.getText());
      py = dimension(model.getResult()) == 2 ? Numbers.parse(y.getText()) : (now == null ? 0 : now.y());
    } catch (NumberFormatException e) {
      TextField bad = isNumber(x.getText()) ? y : x;
      if (!bad.getStyleClass().contains("invalid")) {
        bad.getStyleClass().add("invalid");
      }
      return;
    }
    if (!Double.isFinite(px) || !Double.isFinite(py)) {
      return;
    }
    Point p = Point.of(new double[] {px, py});
    if (!p.equals(now)) {
      model.moveStart(p);
    }
    show(p);
  }

  private static boolean isNumber(String text) {
    try {
      Numbers.parse(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
