package org.gradientlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Marching squares (Lorensen and Cline 1987, in 2-D): for each grid cell and level, the edges
 * where the sampled values cross the level are joined by straight segments, with the crossing
 * point found by linear interpolation along each edge.
 */
public final class ContourTracer {

  private ContourTracer() {}

  /**
   * Segments of every level over a grid of {@code columns × rows} samples, row-major, where sample
   * (i, j) lies at (x0 + i·dx, y0 + j·dy). Cells with a non-finite corner are skipped.
   */
  public static List<ContourSegment> trace(
      float[] values, int columns, int rows, double x0, double y0, double dx, double dy,
      double[] levels) {
    List<ContourSegment> out = new ArrayList<>();
    double[] px = new double[4];
    double[] py = new double[4];
    for (int j = 0; j + 1 < rows; j++) {
      for (int i = 0; i + 1 < columns; i++) {
        double a = values[j * columns + i]; // (i, j)
        double b = values[j * columns + i + 1]; // (i+1, j)
        double c = values[(j + 1) * columns + i + 1]; // (i+1, j+1)
        double d = values[(j + 1) * columns + i]; // (i, j+1)
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
          continue;
        }
        double lo = Math.min(Math.min(a, b), Math.min(c, d));
        double hi = Math.max(Math.max(a, b), Math.max(c, d));
        double cx = x0 + i * dx;
        double cy = y0 + j * dy;
        for (double level : levels) {
          if (level < lo || level > hi) {
            continue;
          }
          int n = 0;
          // edges: a→b (bottom), b→c (right), c→d (top), d→a (left)
          if ((a < level) != (b < level)) {
            px[n] = cx + dx * (level - a) / (b - a);
            py[n++] = cy;
          }
          if ((b < level) != (c < level)) {
            px[n] = cx + dx;
            py[n++] = cy + dy * (level - b) / (c - b);
          }
          if ((c < level) != (d < level)) {
            px[n] = cx + dx * (level - d) / (c - d);
            py[n++] = cy + dy;
          }
          if ((d < level) != (a < level)) {
            px[n] = cx;
            py[n++] = cy + dy * (level - a) / (d - a);
          }
          if (n == 2) {
            out.add(new ContourSegment(level, px[0], py[0], px[1], py[1]));
          } else if (n == 4) {
            // Saddle cell: decide the pairing by the value at the centre.
            double centre = 0.25 * (a + b + c + d);
            if ((centre < level) == (a < level)) {
              out.add(new ContourSegment(level, px[0], py[0], px[1], py[1]));
              out.add(new ContourSegment(level, px[2], py[2], px[3], py[3]));
            } else {
              out.add(new ContourSegment(level, px[0], py[0], px[3], py[3]));
              out.add(new ContourSegment(level, px[1], py[1], px[2], py[2]));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * About {@code count} levels between min and max, evenly spaced on the scale (so geometric on a log
   * scale), each rounded to two significant digits so that the labels read 0.5, 2, 10, 50.
   */
  public static double[] niceLevels(ValueScale scale, int count) {
    double lo = scale.transform(scale.min());
    double hi = scale.transform(scale.max());
    List<Double> levels = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      double f = scale.inverse(lo + (hi - lo) * k / (count + 1));
      double rounded = roundToSignificant(f, 2);
      if (rounded > scale.min() && rounded < scale.max()
          && (levels.isEmpty() || rounded != levels.get(levels.size() - 1))) {
        levels.add(rounded);
      }
    }
    double[] out = new double[levels.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = levels.get(i);
    }
    return out;
  }

  static double roundToSignificant(double v, int digits) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double magnitude = Math.pow(10, digits - 1 - (int) Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * magnitude) / magnitude;
  }
}
