package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradientlab.optimizer.Marker;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * What a picture's symbols mean, and the picture's title and counter: drawn on a canvas above and
 * below a plot (exported plots, GIF frames) or as nodes (slides), from one list of keys so both say
 * the same. Text is measured, so a long legend wraps onto more lines instead of running off.
 */
public final class PlotLegend {

  /** How a key is drawn. */
  public enum Symbol {
    /** An optimizer's marker in its colour. */
    MARKER,
    /** A line in the colour. */
    LINE,
    /** A dashed line in the colour. */
    DASHED,
    /** A hollow ring (the start point). */
    RING,
    /** A cross (a known minimum). */
    CROSS,
    /** A filled square of colour (a class, a region). */
    SWATCH,
    /** A filled dot. */
    DOT
  }

  /** One entry: its symbol (colour and, for markers, the shape) and what it means. */
  public record Key(Symbol symbol, Color color, Marker marker, String text) {
    public static Key optimizer(OptimizerKind kind, PlotStyle s, String text) {
      return new Key(Symbol.MARKER, OptimizerColors.forStyle(kind, s), kind.style().marker(), text);
    }

    public static Key of(Symbol symbol, Color color, String text) {
      return new Key(symbol, color, null, text);
    }
  }

  private static final double SYMBOL = 22;
  private static final double GAP = 8;
  private static final double ITEM_GAP = 22;

  private PlotLegend() {}

  private static Font titleFont(PlotStyle s) {
    return Font.font(s.font().getFamily(), javafx.scene.text.FontWeight.BOLD, s.font().getSize() * 1.25);
  }

  private static Font counterFont(PlotStyle s) {
    return Font.font(s.font().getFamily(), javafx.scene.text.FontWeight.BOLD, s.font().getSize() * 1.15);
  }

  private static double width(String text, Font f) {
    Text measure = new Text(text == null ? "" : text);
    measure.setFont(f);
    return measure.getLayoutBounds().getWidth();
  }

  /** Whether the title and the counter share one line at width {@code w}. */
  private static boolean oneLine(double w, String title, String counter, PlotStyle s) {
    return width(title, titleFont(s)) + width(counter, counterFont(s)) + 48 * s.scale() <= w;
  }

  /** The height of the title band above a plot: one line, or two when title and counter do not fit. */
  static double headerHeight(double w, String title, String counter, PlotStyle s) {
    return Math.ceil((oneLine(w, title, counter, s) ? 30 : 52) * s.scale());
  }

  /** The height the keys take at width {@code w}, wrapped into lines. */
  static double legendHeight(List<Key> keys, double w, PlotStyle s) {
    if (keys.isEmpty()) {
      return 0;
    }
    return Math.ceil((lines(keys, w, s).size() * 20 + 10) * s.scale());
  }

  /** The keys laid into lines of at most {@code w}: each line its keys' indices. */
  private static List<List<Integer>> lines(List<Key> keys, double w, PlotStyle s) {
    double k = s.scale();
    List<List<Integer>> lines = new ArrayList<>();
    List<Integer> line = new ArrayList<>();
    double x = 0;
    for (int i = 0; i < keys.size(); i++) {
      double item = (SYMBOL + GAP) * k + width(keys.get(i).text(), s.font());
      if (!line.isEmpty() && x + item > w - 16 * k) {
        lines.add(line);
        line = new ArrayList<>();
        x = 0;
      }
      line.add(i);
      x += item + ITEM_GAP * k;
    }
    lines.add(line);
    return lines;
  }

  /**
   * {@code plot} (drawn at {@code scale}) with a title band above it — the title on the left, the
   * counter ("step 40 of 200") on the right — and the keys below it.
   */
  static WritableImage compose(Image plot, double scale, PlotStyle s, String title, String counter,
      List<Key> keys) {
    double w = Math.round(plot.getWidth() / scale);
    double plotH = Math.round(plot.getHeight() / scale);
    return compose(w, plotH, scale, s, title, counter, keys, gc -> {
      gc.setImageSmoothing(false);
      gc.drawImage(plot, 0, 0, w, plotH);
    });
  }

  /** The same with the plot painted straight onto the picture by {@code plot} (origin at its top left). */
  static WritableImage compose(double w, double plotH, double scale, PlotStyle s, String title,
      String counter, List<Key> keys, java.util.function.Consumer<GraphicsContext> plot) {
    double header = headerHeight(w, title, counter, s);
    double legend = legendHeight(keys, w, s);
    Canvas c = new Canvas(Math.round(w * scale), Math.round((header + plotH + legend) * scale));
    GraphicsContext gc = c.getGraphicsContext2D();
    gc.scale(scale, scale);
    gc.setFill(s.background());
    gc.fillRect(0, 0, w, header + plotH + legend);
    gc.save();
    gc.translate(0, header);
    plot.accept(gc);
    gc.restore();
    paintHeader(gc, w, title, counter, s);
    paintKeys(gc, header + plotH, w, keys, s);
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(s.background());
    return c.snapshot(params, null);
  }

  /** The title on the left of the band and the counter on its right (below it when they do not fit). */
  static void paintHeader(GraphicsContext gc, double w, String title, String counter, PlotStyle s) {
    double k = s.scale();
    boolean one = oneLine(w, title, counter, s);
    gc.setTextBaseline(VPos.CENTER);
    gc.setFill(s.text());
    if (counter != null && !counter.isEmpty()) {
      gc.setFont(counterFont(s));
      gc.setTextAlign(one ? TextAlignment.RIGHT : TextAlignment.LEFT);
      gc.fillText(counter, one ? w - 12 * k : 12 * k, (one ? 17 : 39) * k, w - 24 * k);
    }
    if (title != null && !title.isEmpty()) {
      gc.setFont(titleFont(s));
      gc.setTextAlign(TextAlignment.LEFT);
      gc.fillText(title, 12 * k, 17 * k, w - 24 * k);
    }
  }

  /** The keys in lines from {@code top}, each symbol then its text. */
  static void paintKeys(GraphicsContext gc, double top, double w, List<Key> keys, PlotStyle s) {
    if (keys.isEmpty()) {
      return;
    }
    double k = s.scale();
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double y = top + 14 * k;
    for (List<Integer> line : lines(keys, w, s)) {
      double x = 12 * k;
      for (int i : line) {
        Key key = keys.get(i);
        paintSymbol(gc, key, x + SYMBOL * k / 2, y, s);
        gc.setFill(s.text());
        gc.fillText(key.text(), x + (SYMBOL + GAP) * k, y);
        x += (SYMBOL + GAP) * k + width(key.text(), s.font()) + ITEM_GAP * k;
      }
      y += 20 * k;
    }
  }

  /** One key's symbol centred on (x, y). */
  static void paintSymbol(GraphicsContext gc, Key key, double x, double y, PlotStyle s) {
    double k = s.scale();
    double half = SYMBOL * k / 2;
    switch (key.symbol()) {
      case MARKER -> MarkerShapes.current(gc, x, y, key.marker(), key.color(), s.scaled(0.85 * k));
      case LINE, DASHED -> {
        gc.setStroke(key.color());
        gc.setLineWidth(s.lineWidth() * 1.2);
        if (key.symbol() == Symbol.DASHED) {
          gc.setLineDashes(5 * k, 3 * k);
        }
        gc.strokeLine(x - half, y, x + half, y);
        gc.setLineDashes();
      }
      case RING -> MarkerPainter.start(gc, x, y, s.scaled(0.85 * k));
      case CROSS -> MarkerPainter.minimum(gc, x, y, s.scaled(0.85 * k));
      case SWATCH -> {
        gc.setFill(key.color());
        gc.fillRect(x - 7 * k, y - 7 * k, 14 * k, 14 * k);
      }
      case DOT -> MarkerPainter.dot(gc, x, y, key.color(), true, s.scaled(0.85 * k));
    }
  }

  /** The keys as nodes, for slides: vector shapes and labels at {@code fontSize}. */
  static List<Node> nodes(List<Key> keys, PlotStyle s, double fontSize) {
    List<Node> out = new ArrayList<>();
    for (Key key : keys) {
      Label text = new Label(key.text());
      text.setFont(Font.font("DejaVu Sans", fontSize));
      text.setTextFill(s.text());
      text.setWrapText(true);
      HBox item = new HBox(8, symbolNode(key, s, fontSize * 0.42), text);
      item.setAlignment(Pos.CENTER_LEFT);
      out.add(item);
    }
    return out;
  }

  private static Node symbolNode(Key key, PlotStyle s, double r) {
    Node shape = switch (key.symbol()) {
      case MARKER -> {
        double[] unit = MarkerShapes.outline(key.marker());
        javafx.scene.shape.Shape m;
        if (unit == null) {
          m = new Circle(r);
        } else {
          Polygon p = new Polygon();
          for (double v : unit) {
            p.getPoints().add(v * r);
          }
          m = p;
        }
        m.setFill(key.color());
        m.setStroke(s.minimum());
        m.setStrokeWidth(Math.max(1, r / 4));
        yield m;
      }
      case LINE, DASHED -> {
        Line l = new Line(-1.3 * r, 0, 1.3 * r, 0);
        l.setStroke(key.color());
        l.setStrokeWidth(r / 2.5);
        if (key.symbol() == Symbol.DASHED) {
          l.getStrokeDashArray().setAll(r * 0.6, r * 0.4);
        }
        yield l;
      }
      case RING -> {
        Circle c = new Circle(r);
        c.setFill(Color.TRANSPARENT);
        c.setStroke(s.minimum());
        c.setStrokeWidth(r / 3.5);
        yield c;
      }
      case CROSS -> {
        Line a = new Line(-r, -r, r, r);
        Line b = new Line(-r, r, r, -r);
        for (Line l : List.of(a, b)) {
          l.setStroke(s.minimum());
          l.setStrokeWidth(r / 3);
        }
        yield new Group(a, b);
      }
      case SWATCH -> {
        Rectangle q = new Rectangle(2 * r, 2 * r, key.color());
        yield q;
      }
      case DOT -> {
        Circle c = new Circle(r, key.color());
        c.setStroke(s.minimum());
        c.setStrokeWidth(Math.max(1, r / 4));
        yield c;
      }
    };
    return new Group(shape);
  }
}
