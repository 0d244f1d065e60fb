package org.gradientlab.plot;

/**
 * The 3-D surface view's camera as plain arithmetic, so the surface can be drawn without a 3-D
 * pipeline (the software renderer, an export on a machine without a screen) from exactly the
 * viewpoint of the 3-D scene: a world point (X, Y, Z) of a {@link SurfaceFrame} is moved down by
 * half the box's height, turned by {@code turn} degrees about the vertical (Y) axis, tilted by
 * {@code tilt} degrees about the X axis — the view's {@code Rotate} transforms, in their order —
 * and seen by a pinhole camera at (0, 0, −distance) looking along +Z (JavaFX's
 * {@code PerspectiveCamera(true)}), whose field of view {@code fov} spans the narrower side of the
 * {@code width × height} picture.
 */
public record SurfaceCamera(double tilt, double turn, double distance, double fov, double width,
    double height) {

  public SurfaceCamera {
    if (!(distance > 0) || !(fov > 0 && fov < 180) || !(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("a camera needs distance > 0, 0 < fov < 180 and a size, was "
          + distance + ", " + fov + ", " + width + " × " + height);
    }
  }

  /** Pixels per unit of X/Z at depth 1: the half of the narrower side over tan(fov/2). */
  public double focal() {
    return 0.5 * Math.min(width, height) / Math.tan(Math.toRadians(fov) / 2);
  }

  /**
   * The point in the camera's frame: {x, y, z} with z the distance in front of the camera (JavaFX's
   * Rotate is the right-handed rotation matrix about its axis).
   */
  public double[] toCamera(double x, double y, double z) {
    double y0 = y + SurfaceFrame.HEIGHT / 2;
    double b = Math.toRadians(turn);
    double x1 = x * Math.cos(b) + z * Math.sin(b);
    double z1 = -x * Math.sin(b) + z * Math.cos(b);
    double a = Math.toRadians(tilt);
    double y2 = y0 * Math.cos(a) - z1 * Math.sin(a);
    double z2 = y0 * Math.sin(a) + z1 * Math.cos(a);
    return new double[] {x1, y2, z2 + distance};
  }

  /** Where the point lands in the picture: {sx, sy, depth}; depth ≤ 0 lies behind the camera. */
  public double[] project(double x, double y, double z) {
    double[] c = toCamera(x, y, z);
    double f = focal() / c[2];
    return new double[] {0.5 * width + f * c[0], 0.5 * height + f * c[1], c[2]};
  }

  /** The same camera for a picture of another size. */
  public SurfaceCamera sized(double w, double h) {
    return new SurfaceCamera(tilt, turn, distance, fov, w, h);
  }
}
