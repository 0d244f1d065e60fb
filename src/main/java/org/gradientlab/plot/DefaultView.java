package org.gradientlab.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.run.Trajectory;

/**
 * The view a scene opens with when it sets none: the landscape's own domain, zoomed out about its
 * centre by 2, 4 or 8 where that is needed to show the start, the known minima and the first steps
 * of a run that leaves the domain for good ({@link #STEPS_PAST_EXIT} iterates past where it left,
 * so a divergence is seen to grow instead of as one line off the plot). Whole factors keep the view
 * steady while η is dragged: it changes only when a run needs the next one. Nothing farther out
 * than {@link #MAX_FACTOR} domains is chased; such a run leaves the view with an arrow.
 */
public final class DefaultView {

  /** The largest zoom-out. */
  public static final double MAX_FACTOR = 8;
  /** Iterates shown past the first one outside the domain. */
  public static final int STEPS_PAST_EXIT = 2;
  /** A zoomed-out view keeps points this fraction of its half-width inside its edge. */
  static final double MARGIN = 0.05;

  private DefaultView() {}

  /** The default view for runs of {@code f} from {@code start}. */
  public static Domain of(Objective f, double[] start, List<Trajectory> trajectories) {
    Domain domain = f.domain();
    boolean oneD = f.dimension() == 1;
    List<double[]> shown = new ArrayList<>();
    addIfReachable(shown, domain, start, oneD);
    for (Minimum m : f.knownMinima()) {
      addIfReachable(shown, domain, m.location(), oneD);
    }
    for (Trajectory t : trajectories) {
      if (inside(domain, 1, t.finalTheta(), oneD)) {
        continue; // it came back, or never left: the domain shows it
      }
      int exit = -1;
      for (int k = 0; k <= t.lastStep(); k++) {
        double[] p = t.theta(k);
        if (!reachable(domain, p, oneD)) {
          break;
        }
        shown.add(p);
        if (exit < 0 && !inside(domain, 1, p, oneD)) {
          exit = k;
        }
        if (exit >= 0 && k - exit >= STEPS_PAST_EXIT) {
          break;
        }
      }
    }
    double factor = 1;
    for (double[] p : shown) {
      while (factor < MAX_FACTOR && !(factor == 1 ? inside(domain, 1, p, oneD)
          : inside(domain, factor * (1 - MARGIN), p, oneD))) {
        factor *= 2;
      }
    }
    return factor == 1 ? domain : domain.zoomedAbout(domain.centerX(), domain.centerY(), factor);
  }

  private static void addIfReachable(List<double[]> shown, Domain domain, double[] p, boolean oneD) {
    if (reachable(domain, p, oneD)) {
      shown.add(p);
    }
  }

  private static boolean reachable(Domain domain, double[] p, boolean oneD) {
    return inside(domain, MAX_FACTOR * (1 - MARGIN), p, oneD);
  }

  /** Whether p lies in the domain scaled by {@code factor} about its centre. */
  static boolean inside(Domain d, double factor, double[] p, boolean oneD) {
    boolean x = Math.abs(p[0] - d.centerX()) <= factor * d.width() / 2;
    boolean y = oneD || Math.abs(p[1] - d.centerY()) <= factor * d.height() / 2;
    return x && y;
  }
}
