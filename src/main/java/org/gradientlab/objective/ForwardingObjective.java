package org.gradientlab.objective;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * An objective that hands every call to another one: the base of wrappers that change one thing
 * (how values are reported or counted) and keep the rest.
 */
public abstract class ForwardingObjective implements Objective {

  protected final Objective delegate;

  protected ForwardingObjective(Objective delegate) {
    this.delegate = delegate;
  }

  @Override
  public double value(double[] theta) {
    return delegate.value(theta);
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String formula() {
    return delegate.formula();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    return delegate.valueAndGradient(theta, gradientOut);
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    delegate.hessian(theta, hessianOut);
  }

  @Override
  public Domain domain() {
    return delegate.domain();
  }

  @Override
  public List<Minimum> knownMinima() {
    return delegate.knownMinima();
  }

  @Override
  public List<String> parameterNames() {
    return delegate.parameterNames();
  }

  @Override
  public String whyUndefined(double[] theta) {
    return delegate.whyUndefined(theta);
  }
}
