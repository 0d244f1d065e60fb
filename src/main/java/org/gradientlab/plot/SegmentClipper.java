package org.gradientlab.plot;

/**
 * Liang–Barsky clipping of a segment to a rectangle, so that a diverging iterate at 10³⁰⁰ pixels is
 * drawn as a segment ending at the plot edge instead of reaching the rasteriser.
 */
public final class SegmentClipper {

  private SegmentClipper() {}

  /**
   * Clips (x0, y0)–(x1, y1) to [left, right] × [top, bottom]. Returns {x0, y0, x1, y1} of the visible
   * part, or null when none is visible or an end is NaN.
   */
  public static double[] clip(
      double x0, double y0, double x1, double y1,
      double left, double top, double right, double bottom) {
    if (Double.isNaN(x0) || Double.isNaN(y0) || Double.isNaN(x1) || Double.isNaN(y1)) {
      return null;
    }
    double dx = x1 - x0;
    double dy = y1 - y0;
    double[] t = {0, 1};
    if (!edge(-dx, x0 - left, t) || !edge(dx, right - x0, t)
        || !edge(-dy, y0 - top, t) || !edge(dy, bottom - y0, t)) {
      return null;
    }
    // Infinite ends have an infinite dx; work in the parametric form only where it is finite.
    double ax = t[0] == 0 ? x0 : x0 + t[0] * dx;
    double ay = t[0] == 0 ? y0 : y0 + t[0] * dy;
    double bx = t[1] == 1 ? x1 : x0 + t[1] * dx;
    double by = t[1] == 1 ? y1 : y0 + t[1] * dy;
    if (!Double.isFinite(ax) || !Double.isFinite(ay) || !Double.isFinite(bx) || !Double.isFinite(by)) {
      return null;
    }
    return new double[] {ax, ay, bx, by};
  }

  private static boolean edge(double p, double q, double[] t) {
    if (p == 0) {
      return q >= 0;
    }
    double r = q / p;
    if (p < 0) {
      if (r > t[1]) {
        return false;
      }
      if (r > t[0]) {
        t[0] = r;
      }
    } else {
      if (r < t[0]) {
        return false;
      }
      if (r < t[1]) {
        t[1] = r;
      }
    }
    return true;
  }
}
