package org.gradientlab.plot;

import org.gradientlab.objective.Domain;

/**
 * Where a point (x, y, f) of a 2-D landscape lies in the 3-D surface view's coordinates: the view's
 * box is laid flat in the X–Z plane, {@code size} across its longer side and centred on the origin
 * (x along X, y along Z, north away from the default camera); f rises along −Y (JavaFX's Y points
 * down) by {@code height} × its position on the heat map's {@link ValueScale}, so the surface's
 * height and its colour are the same function of f. Heights are clamped to the scale's [0, 1] (a
 * path that climbs above the picture's highest value runs along its top); undefined f lies on the
 * floor.
 */
public record SurfaceFrame(Domain view, ValueScale scale, double size, double height) {

  /** The box's longer side in scene units. */
  public static final double SIZE = 100;
  /** The height of the scale's maximum over its minimum, in scene units. */
  public static final double HEIGHT = 40;

  /** The frame with the view's own default size and height. */
  public static SurfaceFrame of(Domain view, ValueScale scale) {
    return new SurfaceFrame(view, scale, SIZE, HEIGHT);
  }

  private double unit() {
    return size / Math.max(view.width(), view.height());
  }

  /** Scene X of a landscape x. */
  public double x(double x) {
    return (x - view.centerX()) * unit();
  }

  /** Scene Z of a landscape y (north is +Z). */
  public double z(double y) {
    return (y - view.centerY()) * unit();
  }

  /** Scene Y of a value f: −height × scale.normalize(f), clamped to the scale; 0 where f is not finite. */
  public double y(double f) {
    double n = scale.normalize(f);
    if (Double.isNaN(n)) {
      return 0;
    }
    return -height * Math.max(0, Math.min(1, n));
  }

  /** Half the box's extent along X and Z. */
  public double halfWidth() {
    return 0.5 * view.width() * unit();
  }

  public double halfDepth() {
    return 0.5 * view.height() * unit();
  }

  /** Whether (x, y) lies in the view's box (paths are drawn only there, as on the map). */
  public boolean contains(double x, double y) {
    return view.contains(x, y);
  }
}
