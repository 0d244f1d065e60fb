package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;

/**
 * Hypergradient descent on both hyperparameters of unrolled training, (log λ, η), with gradients
 * from forward-mode differentiation through the T steps. A step that lands past the stability
 * cliff (non-finite C) or raises C is halved until it does not: the path turns back at the cliff.
 * Steps are projected onto the landscape's box of (log λ, η).
 */
public final class JointDescent {

  /** One point of the path. */
  public record Point(double logLambda, double eta, double value) {}

  public static final int MAX_HALVINGS = 30;

  private JointDescent() {}

  public static List<Point> run(OuterLandscape c, double logLambda0, double eta0, int iterations) {
    List<Point> path = new ArrayList<>();
    double[] x = {logLambda0, eta0};
    double[] g = new double[2];
    double value = c.valueAndGradient(x, g);
    path.add(new Point(x[0], x[1], value));
    if (!Double.isFinite(value)) {
      return path;
    }
    org.gradientlab.objective.Domain box = c.domain();
    // η lives on a much smaller scale than log λ: steps are taken in (log λ, η/η₀) units.
    double scale = eta0;
    double t = 1;
    for (int k = 0; k < iterations; k++) {
      double gs = g[0];
      double ge = g[1] * scale;
      double norm = Math.hypot(gs, ge);
      if (!(norm > 1e-12)) {
        break;
      }
      boolean moved = false;
      for (int h = 0; h < MAX_HALVINGS; h++) {
        // Projected onto the landscape's box: the search stays where the map can show it.
        double[] trial = {clamp(x[0] - t * gs / norm, box.xMin(), box.xMax()),
            clamp(x[1] - t * scale * ge / norm, box.yMin(), box.yMax())};
        if (trial[1] > 0 && (trial[0] != x[0] || trial[1] != x[1])) {
          double[] tg = new double[2];
          double tv = c.valueAndGradient(trial, tg);
          if (Double.isFinite(tv) && tv < value) {
            x = trial;
            g = tg;
            value = tv;
            moved = true;
            t *= 1.5;
            break;
          }
        }
        t /= 2;
      }
      if (!moved) {
        break;
      }
      path.add(new Point(x[0], x[1], value));
    }
    return List.copyOf(path);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
