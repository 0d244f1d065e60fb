package org.gradientlab.plot;

import org.gradientlab.objective.Domain;

/**
 * The square box that frames a set of points with room to spare: centred on their bounding box,
 * its side the larger of the two spans plus a margin (a fraction of that span) on every side. Square
 * and with one scale for both axes, so a plot drawn in it keeps the shapes' proportions. Points with
 * a non-finite coordinate are left out (a diverged path is reported elsewhere, not framed).
 */
public final class FittedFrame {

  private FittedFrame() {}

  /**
   * @param margin added on each side, as a fraction of the larger span
   * @param minHalfWidth the smallest half-width, for points that (nearly) coincide
   */
  public static Domain around(Iterable<double[]> points, double margin, double minHalfWidth) {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (double[] p : points) {
      if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
        xMin = Math.min(xMin, p[0]);
        xMax = Math.max(xMax, p[0]);
        yMin = Math.min(yMin, p[1]);
        yMax = Math.max(yMax, p[1]);
      }
    }
    if (xMin > xMax) {
      return Domain.square(minHalfWidth);
    }
    double span = Math.max(xMax - xMin, yMax - yMin);
    double half = Math.max(minHalfWidth, span / 2 + margin * span);
    double cx = 0.5 * (xMin + xMax);
    double cy = 0.5 * (yMin + yMax);
    return new Domain(cx - half, cx + half, cy - half, cy + half);
  }
}
