package org.gradientlab.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.run.Trajectory;

/**
 * An optimizer's path on the 3-D surface: the iterates (θₖ, f(θₖ)) for k = 0 … last placed by a
 * {@link SurfaceFrame}, as polylines (the path leaves and re-enters the view's box, or stops where
 * f is undefined). Long runs are thinned to at most {@link #MAX_POINTS} iterates by an even stride,
 * always keeping θ₀ and θ_last, so a 3-D view stays a few hundred cylinders however long the run.
 */
public final class SurfacePath {

  /** Iterates drawn per path at most. */
  public static final int MAX_POINTS = 300;

  private SurfacePath() {}

  /** The scene point of iterate k: (X, Y, Z). */
  public static double[] point(SurfaceFrame frame, Trajectory t, int k) {
    return new double[] {frame.x(t.theta(k, 0)), frame.y(t.value(k)), frame.z(t.theta(k, 1))};
  }

  /** The polylines of iterates 0 … last (clamped to the run) that lie in the view with finite f. */
  public static List<List<double[]>> polylines(SurfaceFrame frame, Trajectory t, int last) {
    int end = Math.min(last, t.lastStep());
    int stride = Math.max(1, (int) Math.ceil((end + 1) / (double) MAX_POINTS));
    List<List<double[]>> lines = new ArrayList<>();
    List<double[]> current = new ArrayList<>();
    for (int k = 0; k <= end; k = k == end ? end + 1 : Math.min(end, k + stride)) {
      double x = t.theta(k, 0);
      double y = t.theta(k, 1);
      if (frame.contains(x, y) && Double.isFinite(t.value(k))) {
        current.add(point(frame, t, k));
      } else if (!current.isEmpty()) {
        lines.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    return lines;
  }
}
