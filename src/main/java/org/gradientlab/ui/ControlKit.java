package org.gradientlab.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The pieces the workspaces are made of — section headings, bound choices, the control column, the
 * four-panel plot grid — so all of them look and behave alike.
 */
final class ControlKit {

  private ControlKit() {}

  /**
   * A section heading in capitals: the words, not Greek letters (upper-case λ and η would read
   * as the Latin Λ and H).
   */
  static Label section(String title) {
    StringBuilder b = new StringBuilder();
    for (char ch : title.toCharArray()) {
      b.append(ch < 128 ? Character.toUpperCase(ch) : ch);
    }
    Label l = new Label(b.toString());
    l.getStyleClass().add("section-title");
    return l;
  }

  /** A full-width choice of {@code values}, two-way bound to {@code target}. */
  static <T> ComboBox<T> combo(List<T> values, ObjectProperty<T> target) {
    ComboBox<T> c = new ComboBox<>();
    c.getItems().setAll(values);
    c.setValue(target.get());
    c.valueProperty().addListener((o, a, b) -> {
      if (b != null) {
        target.set(b);
      }
    });
    target.addListener((o, a, b) -> c.setValue(b));
    c.setMaxWidth(Double.MAX_VALUE);
    return c;
  }

  /**
   * Four panels in a 2 × 2 grid, columns of equal width, the top row {@code topPercent} of the
   * height: the layout of the net and hypergradient workspaces.
   */
  static GridPane quadrants(Node topLeft, Node topRight, Node bottomLeft, Node bottomRight,
      double topPercent) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.add(topLeft, 0, 0);
    grid.add(topRight, 1, 0);
    grid.add(bottomLeft, 0, 1);
    grid.add(bottomRight, 1, 1);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setPercentWidth(50);
      c.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(c);
    }
    for (double percent : new double[] {topPercent, 100 - topPercent}) {
      RowConstraints r = new RowConstraints();
      r.setPercentHeight(percent);
      r.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(r);
    }
    return grid;
  }

  /**
   * The scrolling column the controls sit in, on the left of a workspace; it widens with the plot
   * style's scale, so presentation mode's larger text still fits.
   */
  static ScrollPane sideColumn(Node controls, double prefWidth, double minWidth,
      ObservableValue<PlotStyle> style) {
    ScrollPane side = new ScrollPane(controls);
    side.setFitToWidth(true);
    side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    side.prefWidthProperty().bind(Bindings.createDoubleBinding(
        () -> prefWidth * widthScale(style.getValue()), style));
    side.minWidthProperty().bind(Bindings.createDoubleBinding(
        () -> minWidth * widthScale(style.getValue()), style));
    return side;
  }

  /** Presentation text is larger than the plots' scale suggests for controls: grow less than it. */
  private static double widthScale(PlotStyle s) {
    return s == null ? 1 : 1 + 0.6 * (s.scale() - 1);
  }
}
