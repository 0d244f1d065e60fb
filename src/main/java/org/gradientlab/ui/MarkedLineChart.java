package org.gradientlab.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * An OpenJFX line chart — its axes, tick labels, grid, title and plot background — whose curves
 * and marks are painted on one canvas laid over its plot area instead of being its series.
 *
 * <p>Why: while η is dragged every racing optimizer's curve changes on every event. As series,
 * that is some 250 {@code XYChart.Data} per curve whose values are set one by one (each a listener
 * call and a chart layout request), a path of as many elements rebuilt, and a chart layout with
 * its axes and grid each time: about a third of a drag's time on the FX thread, profiled on the
 * redraw benchmark, the largest single share. Painted, a curve is one
 * polyline, and as long as the axes keep their bounds (they are rounded to whole decades or round
 * ticks, so a drag rarely moves them) nothing is laid out at all. The marks are painted too: where
 * a diverged curve leaves the plot (a triangle pointing the way it went, "diverged") and where a
 * curve reached machine precision (a dot, "machine precision"); a tooltip on the chart says what
 * happened at the mark under the pointer.
 *
 * <p>The chart has no series, so no legend of its own: the lab's status list and the slides'
 * legends say which colour is which optimizer.
 */
class MarkedLineChart extends LineChart<Number, Number> {

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

  /**
   * One curve in data coordinates: points (xs[i], ys[i]), a non-finite y breaking the line there;
   * {@code width} in pixels, {@code dashes} empty for a solid line.
   */
  record Curve(String name, double[] xs, double[] ys, Color colour, double width, double[] dashes) {
    Curve {
      if (xs.length != ys.length) {
        throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + ", " + ys.length);
      }
    }

    int size() {
      return xs.length;
    }
  }

  private final PlotCanvas canvas = new PlotCanvas();
  private final Tooltip tip = new Tooltip();
  /** Measures the marks' words, to put each on whichever side of its mark has room. */
  private final Text measure = new Text();
  private boolean tipInstalled;
  private List<Curve> curves = List.of();
  private List<Mark> marks = List.of();
  private double scale = 1;
  /** The axes' bounds and lengths when the plot was last laid out; NaN before the first layout. */
  private double laidXLower = Double.NaN;
  private double laidXUpper;
  private double laidYLower;
  private double laidYUpper;
  private double laidWidth;
  private double laidHeight;
  private int layouts;
  private int paints;

  MarkedLineChart(NumberAxis x, NumberAxis y) {
    super(x, y);
    setAnimated(false);
    setCreateSymbols(false);
    setLegendVisible(false);
    getPlotChildren().add(canvas);
    canvas.setManaged(false);
    canvas.getStyleClass().add("plot-canvas");
    // On the whole chart, not the canvas: a mark at the plot's edge (a run that diverges in its
    // first steps) lies half under the axis, which would take the pointer's events from the canvas.
    addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
      Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
      showTipAt(p.getX(), p.getY());
    });
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> showTipAt(Double.NaN, Double.NaN));
  }

  /**
   * Shows these curves and marks; {@code scale} enlarges the marks with the plot style
   * (presentation mode). Painted at once when the axes are as they were laid out (the usual case in
   * a drag), else after the layout the changed axes need, with their new scale.
   */
  void show(List<Curve> newCurves, List<Mark> newMarks, double newScale) {
    if (newCurves.isEmpty() && newMarks.isEmpty() && curves.isEmpty() && marks.isEmpty()) {
      return; // nothing shown, nothing to show (the η_k chart while no run adapts η)
    }
    curves = List.copyOf(newCurves);
    marks = List.copyOf(newMarks);
    scale = newScale;
    if (axesAsLaidOut()) {
      paint();
    } else {
      requestChartLayout();
    }
  }

  /** The curves shown, in the order drawn (later ones on top). */
  List<Curve> curves() {
    return curves;
  }

  List<Mark> marks() {
    return marks;
  }

  /** The canvas over the plot area that the curves and marks are painted on. */
  Canvas plotCanvas() {
    return canvas;
  }

  /** How often the plot was laid out and painted: a drag that keeps the axes needs no layout. */
  int layoutCount() {
    return layouts;
  }

  int paintCount() {
    return paints;
  }

  private boolean axesAsLaidOut() {
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    return x.getLowerBound() == laidXLower && x.getUpperBound() == laidXUpper
        && y.getLowerBound() == laidYLower && y.getUpperBound() == laidYUpper
        && x.getWidth() == laidWidth && y.getHeight() == laidHeight
        && !x.isAutoRanging() && !y.isAutoRanging();
  }

  @Override
  protected void layoutPlotChildren() {
    // No series to lay out (super would only walk the empty data): the axes are laid out by now,
    // so their display positions are current; note them and paint.
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    laidXLower = x.getLowerBound();
    laidXUpper = x.getUpperBound();
    laidYLower = y.getLowerBound();
    laidYUpper = y.getUpperBound();
    laidWidth = x.getWidth();
    laidHeight = y.getHeight();
    layouts++;
    double w = Math.max(0, snapSizeX(x.getWidth()));
    double h = Math.max(0, snapSizeY(y.getHeight()));
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
    }
    paint();
  }

  private void paint() {
    paints++;
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    paint(gc, canvas.getWidth());
  }

  /** The curves, then the marks over them, at the axes' display positions (plot coordinates). */
  private void paint(GraphicsContext gc, double width) {
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    gc.setLineCap(StrokeLineCap.BUTT);
    // Bevelled joins: a curve that zigzags step by step (an oscillating run) keeps its true
    // envelope, without the spikes that mitred joins add at sharp turns, and costs the
    // rasteriser less than round ones (no arcs), which matters at 14 curves × 250 points a frame.
    gc.setLineJoin(StrokeLineJoin.BEVEL);
    for (Curve c : curves) {
      gc.setStroke(c.colour());
      gc.setLineWidth(c.width());
      gc.setLineDashes(c.dashes().length == 0 ? null : c.dashes());
      gc.beginPath();
      boolean open = false;
      for (int i = 0; i < c.size(); i++) {
        double v = c.ys()[i];
        if (!Double.isFinite(v)) {
          open = false;
          continue;
        }
        double px = x.getDisplayPosition(c.xs()[i]);
        double py = y.getDisplayPosition(v);
        if (open) {
          gc.lineTo(px, py);
        } else {
          gc.moveTo(px, py);
          open = true;
        }
      }
      gc.stroke();
    }
    gc.setLineDashes((double[]) null);
    for (Mark m : marks) {
      paintMark(gc, m, x.getDisplayPosition(m.x()), y.getDisplayPosition(m.y()), width);
    }
  }

  private double radius() {
    return 5 * scale;
  }

  private Font font() {
    return Font.font("DejaVu Sans", 10 * scale);
  }

  /** The shape on the point, the word beside it on whichever side has room inside the plot. */
  private void paintMark(GraphicsContext gc, Mark m, double px, double py, double width) {
    double r = radius();
    gc.setFill(m.colour());
    gc.setStroke(Color.WHITE);
    if (m.kind() == Kind.AT_PRECISION) {
      gc.setLineWidth(1.5 * scale);
      gc.fillOval(px - r, py - r, 2 * r, 2 * r);
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    } else {
      // The tip on the point (the plot's edge), the body inside the plot.
      double dir = m.kind() == Kind.DIVERGED_UP ? 1 : -1;
      double[] xs = {px, px - r, px + r};
      double[] ys = {py, py + dir * 1.6 * r, py + dir * 1.6 * r};
      gc.setLineWidth(1.2 * scale);
      gc.setLineJoin(StrokeLineJoin.MITER);
      gc.fillPolygon(xs, ys, 3);
      gc.strokePolygon(xs, ys, 3);
      gc.setLineJoin(StrokeLineJoin.BEVEL);
    }
    Font f = font();
    gc.setFont(f);
    gc.setFill(m.colour());
    double[] at = wordAt(m, px, py, width);
    gc.fillText(m.kind().word, at[0], at[1]);
  }

  /** Where the mark's word starts (x) and its baseline (y). */
  private double[] wordAt(Mark m, double px, double py, double width) {
    double r = radius();
    double w = wordWidth(m);
    double gap = 5 * scale + 3;
    double wx = px + gap + w <= width ? px + gap : px - gap - w;
    double wy = py + switch (m.kind()) {
      case DIVERGED_UP -> 1.6 * r + 10 * scale;
      case DIVERGED_DOWN -> -1.6 * r - 2;
      case AT_PRECISION -> 3.5 * scale; // level with the dot: the curve arrives from above
    };
    return new double[] {wx, wy};
  }

  private double wordWidth(Mark m) {
    measure.setFont(font());
    measure.setText(m.kind().word);
    return measure.getLayoutBounds().getWidth();
  }

  /**
   * The mark whose shape or word is under plot point (px, py), the last painted (topmost) first;
   * empty when there is none.
   */
  Optional<Mark> markAt(double px, double py) {
    NumberAxis x = (NumberAxis) getXAxis();
    NumberAxis y = (NumberAxis) getYAxis();
    double r = radius() + 2;
    for (int i = marks.size() - 1; i >= 0; i--) {
      Mark m = marks.get(i);
      double mx = x.getDisplayPosition(m.x());
      double my = y.getDisplayPosition(m.y());
      double cy = m.kind() == Kind.AT_PRECISION ? my
          : my + (m.kind() == Kind.DIVERGED_UP ? 0.8 : -0.8) * radius();
      if (Math.abs(px - mx) <= r && Math.abs(py - cy) <= r) {
        return Optional.of(m);
      }
      double[] at = wordAt(m, mx, my, canvas.getWidth());
      double h = 10 * scale;
      if (px >= at[0] && px <= at[0] + wordWidth(m) && py <= at[1] + 2 && py >= at[1] - h) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The tooltip is on the chart only while the pointer is over a mark, and says that mark. */
  private void showTipAt(double px, double py) {
    Optional<Mark> m = Double.isNaN(px) ? Optional.empty() : markAt(px, py);
    if (m.isPresent()) {
      tip.setText(m.get().tooltip());
      if (!tipInstalled) {
        Tooltip.install(this, tip);
        tipInstalled = true;
      }
    } else if (tipInstalled) {
      Tooltip.uninstall(this, tip);
      tip.hide();
      tipInstalled = false;
    }
  }

  /**
   * The canvas the curves and marks are painted on. A scaled snapshot would show its bitmap blown
   * up, so exports ask it for {@link #paintImage} at their scale and lay that over the chart.
   */
  final class PlotCanvas extends Canvas {

    /** The curves and marks at {@code s} × the pixels, on a transparent ground (FX thread). */
    WritableImage paintImage(double s) {
      double w = Math.max(1, getWidth());
      double h = Math.max(1, getHeight());
      Canvas c = new Canvas(Math.round(w * s), Math.round(h * s));
      GraphicsContext gc = c.getGraphicsContext2D();
      gc.scale(s, s);
      gc.beginPath();
      gc.rect(0, 0, w, h); // the plot area clips, as it does on screen
      gc.clip();
      paint(gc, w);
      SnapshotParameters params = new SnapshotParameters();
      params.setFill(Color.TRANSPARENT);
      return c.snapshot(params, null);
    }
  }
}
