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
    int[] edges = {-1, -1};
    if (!edge(-dx, x0 - left, t, edges, LEFT) || !edge(dx, right - x0, t, edges, RIGHT)
        || !edge(-dy, y0 - top, t, edges, TOP) || !edge(dy, bottom - y0, t, edges, BOTTOM)) {
      return null;
    }
    double[] edgeValue = {left, right, top, bottom};
    double[] a = edges[0] < 0 ? new double[] {x0, y0} : onEdge(edges[0], edgeValue[edges[0]], x0, y0, x1, y1);
    double[] b = edges[1] < 0 ? new double[] {x1, y1} : onEdge(edges[1], edgeValue[edges[1]], x0, y0, x1, y1);
    if (!Double.isFinite(a[0]) || !Double.isFinite(a[1]) || !Double.isFinite(b[0]) || !Double.isFinite(b[1])) {
      return null;
    }
    return new double[] {a[0], a[1], b[0], b[1]};
  }

  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final int TOP = 2;
  private static final int BOTTOM = 3;

  /**
   * Where the segment crosses the edge: the edge's own coordinate exactly, the other one
   * interpolated from the end nearer the edge. (x0 + t·dx with t ≈ 1 and an end at 10³⁰⁰ would
   * lose every digit of the visible point.)
   */
  private static double[] onEdge(int edge, double at, double x0, double y0, double x1, double y1) {
    boolean vertical = edge == LEFT || edge == RIGHT;
    double u0 = vertical ? x0 : y0;
    double u1 = vertical ? x1 : y1;
    double v0 = vertical ? y0 : x0;
    double v1 = vertical ? y1 : x1;
    boolean fromFirst = Math.abs(at - u0) <= Math.abs(at - u1);
    double un = fromFirst ? u0 : u1;
    double vn = fromFirst ? v0 : v1;
    // (at − un) / (u1 − u0) is a fraction in [−1, 1], so it stays exact where the ends are far.
    double v = vn + (v1 - v0) * ((at - un) / (u1 - u0));
    if (!Double.isFinite(v)) {
      v = vn; // an infinite end along the edge: the crossing is level with the finite one
    }
    return vertical ? new double[] {at, v} : new double[] {v, at};
  }

  private static boolean edge(double p, double q, double[] t, int[] edges, int which) {
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
        edges[0] = which;
      }
    } else {
      if (r < t[0]) {
        return false;
      }
      if (r < t[1]) {
        t[1] = r;
        edges[1] = which;
      }
    }
    return true;
  }
}
