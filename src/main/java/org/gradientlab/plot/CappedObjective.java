package org.gradientlab.plot;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;

/**
 * An objective whose values are capped for display: min(f, cap), non-finite values left as they
 * are. Near a divergence cliff f climbs by many orders of magnitude before it overflows; uncapped,
 * those values would take the whole colour scale and leave the interesting region one colour.
 * Gradients and Hessians are the objective's own.
 */
public final class CappedObjective implements Objective {

  private final Objective f;
  private final double cap;

  public CappedObjective(Objective f, double cap) {
    this.f = f;
    this.cap = cap;
  }

  public double cap() {
    return cap;
  }

  @Override
  public double value(double[] theta) {
    double v = f.value(theta);
    return v > cap ? cap : v;
  }

  @Override
  public String name() {
    return f.name();
  }

  @Override
  public String formula() {
    return f.formula();
  }

  @Override
  public int dimension() {
    return f.dimension();
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    return f.valueAndGradient(theta, gradientOut);
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    f.hessian(theta, hessianOut);
  }

  @Override
  public Domain domain() {
    return f.domain();
  }

  @Override
  public List<Minimum> knownMinima() {
    return f.knownMinima();
  }

  @Override
  public List<String> parameterNames() {
    return f.parameterNames();
  }
}
