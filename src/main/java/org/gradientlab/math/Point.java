package org.gradientlab.math;

/** A point of the landscape plane; 1-D landscapes use x only. */
public record Point(double x, double y) {

  public Point {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("point must be finite: (" + x + ", " + y + ")");
    }
  }

  /** The first {@code dimension} coordinates (1 or 2) as an array. */
  public double[] toArray(int dimension) {
    return dimension == 1 ? new double[] {x} : new double[] {x, y};
  }

  public static Point of(double[] coordinates) {
    return new Point(coordinates[0], coordinates.length > 1 ? coordinates[1] : 0);
  }
}
