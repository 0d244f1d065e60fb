package org.gradientlab.objective;

/**
 * The plotting box [xMin, xMax] × [yMin, yMax] in parameter space. For a 1-D objective only the x
 * range is a parameter range; yMin/yMax are ignored by the engine.
 */
public record Domain(double xMin, double xMax, double yMin, double yMax) {

  public Domain {
    if (!(xMin < xMax) || !(yMin <= yMax)) {
      throw new IllegalArgumentException(
          "empty domain [" + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
    }
  }

  /** A 1-D domain. */
  public static Domain interval(double xMin, double xMax) {
    return new Domain(xMin, xMax, 0, 0);
  }

  /** A square box centred on the origin. */
  public static Domain square(double halfWidth) {
    return new Domain(-halfWidth, halfWidth, -halfWidth, halfWidth);
  }

  public double width() {
    return xMax - xMin;
  }

  public double height() {
    return yMax - yMin;
  }

  public double centerX() {
    return 0.5 * (xMin + xMax);
  }

  public double centerY() {
    return 0.5 * (yMin + yMax);
  }

  /** Half the diagonal: a length scale of the landscape, used for divergence bounds. */
  public double radius() {
    return 0.5 * Math.hypot(width(), height());
  }

  /** The box scaled by {@code factor} about the point (cx, cy), e.g. for zooming. */
  public Domain zoomedAbout(double cx, double cy, double factor) {
    return new Domain(
        cx + (xMin - cx) * factor,
        cx + (xMax - cx) * factor,
        cy + (yMin - cy) * factor,
        cy + (yMax - cy) * factor);
  }

  /** The box moved by (dx, dy). */
  public Domain shifted(double dx, double dy) {
    return new Domain(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
  }

  public boolean contains(double x, double y) {
    return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
  }
}
