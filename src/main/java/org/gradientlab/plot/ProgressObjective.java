package org.gradientlab.plot;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import org.gradientlab.objective.ForwardingObjective;
import org.gradientlab.objective.Objective;

/**
 * An objective that counts its evaluations and reports the share done of an expected number, so a
 * picture whose pixels are expensive (each one a whole training run) can show a progress bar.
 * Reports at most about a hundred times; safe from several threads.
 */
public final class ProgressObjective extends ForwardingObjective {

  private final long expected;
  private final DoubleConsumer progress;
  private final AtomicLong count = new AtomicLong();
  private final long every;

  public ProgressObjective(Objective f, long expectedEvaluations, DoubleConsumer progress) {
    super(f);
    this.expected = Math.max(1, expectedEvaluations);
    this.progress = progress;
    this.every = Math.max(1, expected / 100);
  }

  @Override
  public double value(double[] theta) {
    double v = delegate.value(theta);
    long n = count.incrementAndGet();
    if (n % every == 0) {
      progress.accept(Math.min(1, (double) n / expected));
    }
    return v;
  }
}
