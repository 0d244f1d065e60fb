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
    double[] out = new double[4];
    return clip(x0, y0, x1, y1, left, top, right, bottom, out) ? out : null;
  }

  /**
   * The same into {@code out} (x0, y0, x1, y1 of the visible part), allocating nothing: for paths of
   * 10⁵ segments. Returns false when none is visible or an end is NaN.
   */
  public static boolean clip(
      double x0, double y0, double x1, double y1,
      double left, double top, double right, double bottom, double[] out) {
    if (Double.isNaN(x0) || Double.isNaN(y0) || Double.isNaN(x1) || Double.isNaN(y1)) {
      return false;
    }
    double dx = x1 - x0;
    double dy = y1 - y0;
    // Liang–Barsky: the segment is x0 + t·dx for t in [t0, t1]; each edge may raise t0 or lower
    // t1. The state (t0, t1, edge of t0, edge of t1) lives in out until the ends are written.
    out[0] = 0;
    out[1] = 1;
    out[2] = -1;
    out[3] = -1;
    if (!edge(-dx, x0 - left, out, 0) || !edge(dx, right - x0, out, 1)
        || !edge(-dy, y0 - top, out, 2) || !edge(dy, bottom - y0, out, 3)) {
      return false;
    }
    int edge0 = (int) out[2];
    int edge1 = (int) out[3];
    double ax;
    double ay;
    double bx;
    double by;
    if (edge0 < 0) {
      ax = x0;
      ay = y0;
    } else {
      ax = onEdge(edge0, edgeValue(edge0, left, top, right, bottom), x0, y0, x1, y1, true);
      ay = onEdge(edge0, edgeValue(edge0, left, top, right, bottom), x0, y0, x1, y1, false);
    }
    if (edge1 < 0) {
      bx = x1;
      by = y1;
    } else {
      bx = onEdge(edge1, edgeValue(edge1, left, top, right, bottom), x0, y0, x1, y1, true);
      by = onEdge(edge1, edgeValue(edge1, left, top, right, bottom), x0, y0, x1, y1, false);
    }
    out[0] = ax;
    out[1] = ay;
    out[2] = bx;
    out[3] = by;
    for (double v : out) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  private static final int LEFT = 0;
  private static final int RIGHT = 1;

  private static double edgeValue(int edge, double left, double top, double right, double bottom) {
    return switch (edge) {
      case 0 -> left;
      case 1 -> right;
      case 2 -> top;
      default -> bottom;
    };
  }

  /** One Liang–Barsky edge test on the state {t0, t1, edge of t0, edge of t1}. */
  private static boolean edge(double p, double q, double[] state, int which) {
    if (p == 0) {
      return q >= 0;
    }
    double r = q / p;
    if (p < 0) {
      if (r > state[1]) {
        return false;
      }
      if (r > state[0]) {
        state[0] = r;
        state[2] = which;
      }
    } else {
      if (r < state[0]) {
        return false;
      }
      if (r < state[1]) {
        state[1] = r;
        state[3] = which;
      }
    }
    return true;
  }

  /**
   * Where the segment crosses the edge (x when {@code wantX}, else y): the edge's own coordinate
   * exactly, the other one interpolated from the end nearer the edge. (x0 + t·dx with t ≈ 1 and an
   * end at 10³⁰⁰ would lose every digit of the visible point.)
   */
  private static double onEdge(int edge, double at, double x0, double y0, double x1, double y1,
      boolean wantX) {
    boolean vertical = edge == LEFT || edge == RIGHT;
    if (vertical == wantX) {
      return at;
    }
    double u0 = vertical ? x0 : y0;
    double u1 = vertical ? x1 : y1;
    double v0 = vertical ? y0 : x0;
    double v1 = vertical ? y1 : x1;
    boolean fromFirst = Math.abs(at - u0) <= Math.abs(at - u1);
    double un = fromFirst ? u0 : u1;
    double vn = fromFirst ? v0 : v1;
    // (at − un) / (u1 − u0) is a fraction in [−1, 1], so it stays exact where the ends are far.
    double v = vn + (v1 - v0) * ((at - un) / (u1 - u0));
    // An infinite end along the edge: the crossing is level with the finite one.
    return Double.isFinite(v) ? v : vn;
  }
}
