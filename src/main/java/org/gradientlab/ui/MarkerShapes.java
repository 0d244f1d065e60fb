package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.gradientlab.optimizer.Marker;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * The marker shapes of the optimizers, from one geometry for both canvases (paths, slides, GIF
 * frames) and scene-graph nodes (legends, status lines, race toggles), so a shape means the same
 * optimizer everywhere. Vertices are on a unit scale; each shape covers about the area of a disc
 * of radius 1.
 */
public final class MarkerShapes {

  private MarkerShapes() {}

  /** The outline of {@code m} as alternating x, y on the unit scale; null for the circle. */
  static double[] outline(Marker m) {
    return switch (m) {
      case CIRCLE -> null;
      case SQUARE -> new double[] {-0.89, -0.89, 0.89, -0.89, 0.89, 0.89, -0.89, 0.89};
      case DIAMOND -> new double[] {0, -1.25, 1.25, 0, 0, 1.25, -1.25, 0};
      case TRIANGLE_UP -> new double[] {0, -1.35, 1.17, 0.68, -1.17, 0.68};
      case TRIANGLE_DOWN -> new double[] {0, 1.35, 1.17, -0.68, -1.17, -0.68};
      case TRIANGLE_RIGHT -> new double[] {1.35, 0, -0.68, 1.17, -0.68, -1.17};
      case TRIANGLE_LEFT -> new double[] {-1.35, 0, 0.68, -1.17, 0.68, 1.17};
      case HOURGLASS -> new double[] {-1.1, -1.2, 1.1, -1.2, 0.22, 0, 1.1, 1.2, -1.1, 1.2, -0.22, 0};
      case STAR -> star(5, 1.45, 0.6, -Math.PI / 2);
      case PLUS -> cross(0.38, 1.25, 0);
      case CROSS -> cross(0.38, 1.25, Math.PI / 4);
    };
  }

  /** A star with {@code points} tips at radius {@code outer} and notches at {@code inner}. */
  private static double[] star(int points, double outer, double inner, double phase) {
    int n = 2 * points;
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      double r = i % 2 == 1 ? inner : outer;
      double a = phase + 2 * Math.PI * i / n;
      xy[2 * i] = r * Math.cos(a);
      xy[2 * i + 1] = r * Math.sin(a);
    }
    return xy;
  }

  /** A plus of arm half-width {@code w} and reach {@code r}, turned by {@code angle}. */
  private static double[] cross(double w, double r, double angle) {
    double[] p = {-w, -r, w, -r, w, -w, r, -w, r, w, w, w, w, r, -w, r, -w, w, -r, w, -r, -w, -w, -w};
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i += 2) {
      out[i] = c * p[i] - s * p[i + 1];
      out[i + 1] = s * p[i] + c * p[i + 1];
    }
    return out;
  }

  /** A node of {@code kind}'s marker with radius {@code r}, in {@code fill}, with a thin dark edge. */
  public static Shape node(OptimizerKind kind, Color fill, double r) {
    double[] unit = outline(kind.style().marker());
    Shape shape;
    if (unit == null) {
      shape = new Circle(r);
    } else {
      Polygon p = new Polygon();
      for (double v : unit) {
        p.getPoints().add(v * r);
      }
      shape = p;
    }
    shape.setFill(fill);
    shape.setStroke(Color.web("#000000", 0.55));
    shape.setStrokeWidth(Math.max(0.8, r / 6));
    shape.getStyleClass().add("marker-" + kind.style().marker().name().toLowerCase(java.util.Locale.ROOT));
    return shape;
  }

  /** Fills {@code m} centred on (x, y) with radius r in the current fill. */
  static void fill(GraphicsContext gc, Marker m, double x, double y, double r) {
    double[] unit = outline(m);
    if (unit == null) {
      gc.fillOval(x - r, y - r, 2 * r, 2 * r);
      return;
    }
    int n = unit.length / 2;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = x + r * unit[2 * i];
      ys[i] = y + r * unit[2 * i + 1];
    }
    gc.fillPolygon(xs, ys, n);
  }

  /**
   * The current iterate of an optimizer: its marker in its colour over a halo ring (white on dark,
   * so it stands out on any part of the heat map).
   */
  static void current(GraphicsContext gc, double x, double y, Marker m, Color c, PlotStyle s) {
    double r = 6.5 * s.scale();
    double halo = 2.2 * s.scale();
    gc.setFill(s.minimum());
    fill(gc, m, x, y, r + halo);
    gc.setFill(c);
    fill(gc, m, x, y, r);
  }
}
