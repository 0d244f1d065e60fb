package org.gradientlab.plot;

import org.gradientlab.objective.ForwardingObjective;
import org.gradientlab.objective.Objective;

/**
 * An objective that remembers the smallest finite value it was asked for and where: the best pixel
 * of a picture, found while the picture is computed (no second pass over expensive pixels). Safe
 * from several threads.
 */
public final class TrackedMinimum extends ForwardingObjective {

  private double best = Double.POSITIVE_INFINITY;
  private double[] at;

  public TrackedMinimum(Objective f) {
    super(f);
  }

  @Override
  public double value(double[] theta) {
    double v = delegate.value(theta);
    if (Double.isFinite(v)) {
      synchronized (this) {
        if (v < best) {
          best = v;
          at = theta.clone();
        }
      }
    }
    return v;
  }

  /** The smallest finite value seen, +∞ if none. */
  public synchronized double best() {
    return best;
  }

  /** Where it was seen, or null. */
  public synchronized double[] at() {
    return at == null ? null : at.clone();
  }
}
