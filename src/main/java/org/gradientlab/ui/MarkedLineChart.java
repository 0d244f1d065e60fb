package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A line chart that can pin marks to data coordinates: where a diverged curve leaves the plot
 * (a triangle pointing the way it went, "diverged") and where a curve reached machine precision
 * ("machine precision", a dot). The marks are plot children laid out with the series, so they stay on
 * their data point through resizes and axis changes.
 */
final class MarkedLineChart extends LineChart<Number, Number> {

  /** What a mark says. */
  enum Kind {
    DIVERGED_UP("diverged"),
    DIVERGED_DOWN("diverged"),
    AT_PRECISION("machine precision");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  /** A mark at data point (x, y) in {@code colour}, with a tooltip saying what happened there. */
  record Mark(double x, double y, Kind kind, Color colour, String tooltip) {}

  private final List<Mark> marks = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private double scale = 1;

  MarkedLineChart(NumberAxis x, NumberAxis y) {
    super(x, y);
  }

  /** Replaces the marks; {@code scale} enlarges them with the plot style (presentation mode). */
  void setMarks(List<Mark> newMarks, double scale) {
    if (newMarks.equals(marks) && scale == this.scale) {
      return;
    }
    if (sameShapes(newMarks, scale)) {
      // The same kinds of mark at other points (a slider drag): moved and recoloured in place, no
      // new nodes to style and lay out.
      for (int i = 0; i < newMarks.size(); i++) {
        restyle((Group) nodes.get(i), newMarks.get(i));
      }
      marks.clear();
      marks.addAll(newMarks);
      requestChartLayout();
      return;
    }
    getPlotChildren().removeAll(nodes);
    nodes.clear();
    marks.clear();
    marks.addAll(newMarks);
    this.scale = scale;
    for (Mark m : marks) {
      nodes.add(node(m));
    }
    getPlotChildren().addAll(nodes);
    requestChartLayout();
  }

  private boolean sameShapes(List<Mark> newMarks, double newScale) {
    if (newScale != scale || newMarks.size() != marks.size()) {
      return false;
    }
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i).kind() != newMarks.get(i).kind()) {
        return false;
      }
    }
    return true;
  }

  /** A mark node of the same kind showing {@code m}: its colour and tooltip. */
  private static void restyle(Group g, Mark m) {
    javafx.scene.shape.Shape shape = (javafx.scene.shape.Shape) g.getChildren().get(0);
    shape.setFill(m.colour());
    ((Text) g.getChildren().get(1)).setFill(m.colour());
    Tooltip tip = (Tooltip) g.getProperties().get(Tooltip.class);
    if (tip != null) {
      tip.setText(m.tooltip());
    }
  }

  List<Mark> marks() {
    return List.copyOf(marks);
  }

  /** The mark nodes, in the order of {@link #marks()}. */
  List<Node> markNodes() {
    return List.copyOf(nodes);
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    for (int i = 0; i < nodes.size(); i++) {
      Mark m = marks.get(i);
      Group n = (Group) nodes.get(i);
      double px = x.getDisplayPosition(m.x());
      n.setLayoutX(px);
      n.setLayoutY(y.getDisplayPosition(m.y()));
      // The word beside the mark on whichever side has room inside the plot (which clips).
      Text word = (Text) n.getChildren().get(1);
      double w = word.getLayoutBounds().getWidth();
      double gap = 5 * scale + 3;
      word.setX(px + gap + w <= x.getWidth() ? gap : -gap - w);
      n.toFront();
    }
  }

  private Node node(Mark m) {
    double r = 5 * scale;
    Node shape;
    if (m.kind() == Kind.AT_PRECISION) {
      Circle dot = new Circle(r, m.colour());
      dot.setStroke(Color.WHITE);
      dot.setStrokeWidth(1.5 * scale);
      shape = dot;
    } else {
      // The tip on the point (the plot's edge), the body inside the plot, which clips its children.
      double dir = m.kind() == Kind.DIVERGED_UP ? 1 : -1;
      Polygon arrow = new Polygon(0, 0, -r, dir * 1.6 * r, r, dir * 1.6 * r);
      arrow.setFill(m.colour());
      arrow.setStroke(Color.WHITE);
      arrow.setStrokeWidth(1.2 * scale);
      shape = arrow;
    }
    Text word = new Text(m.kind().word);
    word.setFont(Font.font("DejaVu Sans", 10 * scale));
    word.setFill(m.colour());
    word.setY(switch (m.kind()) {
      case DIVERGED_UP -> 1.6 * r + 10 * scale;
      case DIVERGED_DOWN -> -1.6 * r - 2;
      case AT_PRECISION -> 3.5 * scale; // level with the dot: the curve arrives from above
    });
    Group g = new Group(shape, word); // laid out in layoutPlotChildren: the word goes beside
    g.getStyleClass().add(m.kind() == Kind.AT_PRECISION ? "precision-mark" : "diverged-mark");
    g.setManaged(false);
    Tooltip tip = new Tooltip(m.tooltip());
    Tooltip.install(g, tip);
    g.getProperties().put(Tooltip.class, tip);
    return g;
  }
}
