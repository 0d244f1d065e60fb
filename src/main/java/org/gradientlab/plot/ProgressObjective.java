package org.gradientlab.plot;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;

/**
 * An objective that counts its evaluations and reports the share done of an expected number, so a
 * picture whose pixels are expensive (each one a whole training run) can show a progress bar.
 * Reports at most about a hundred times; safe from several threads.
 */
public final class ProgressObjective implements Objective {

  private final Objective f;
  private final long expected;
  private final DoubleConsumer progress;
  private final AtomicLong count = new AtomicLong();
  private final long every;

  public ProgressObjective(Objective f, long expectedEvaluations, DoubleConsumer progress) {
    this.f = f;
    this.expected = Math.max(1, expectedEvaluations);
    this.progress = progress;
    this.every = Math.max(1, expected / 100);
  }

  @Override
  public double value(double[] theta) {
    double v = f.value(theta);
    long n = count.incrementAndGet();
    if (n % every == 0) {
      progress.accept(Math.min(1, (double) n / expected));
    }
    return v;
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
