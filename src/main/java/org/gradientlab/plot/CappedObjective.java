package org.gradientlab.plot;

import org.gradientlab.objective.ForwardingObjective;
import org.gradientlab.objective.Objective;

/**
 * An objective whose values are capped for display: min(f, cap), non-finite values left as they
 * are. Near a divergence cliff f climbs by many orders of magnitude before it overflows; uncapped,
 * those values would take the whole colour scale and leave the interesting region one colour.
 * Gradients and Hessians are the objective's own.
 */
public final class CappedObjective extends ForwardingObjective {

  private final double cap;

  public CappedObjective(Objective f, double cap) {
    super(f);
    this.cap = cap;
  }

  public double cap() {
    return cap;
  }

  @Override
  public double value(double[] theta) {
    double v = delegate.value(theta);
    return v > cap ? cap : v;
  }
}
