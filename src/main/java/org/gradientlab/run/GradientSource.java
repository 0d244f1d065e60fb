package org.gradientlab.run;

import java.util.SplittableRandom;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientOracle;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.StochasticGradientDescent;

/**
 * The gradient oracle a run hands to its optimizer: exact, exact plus seeded Gaussian noise, or a
 * seeded mini-batch estimate on a data objective.
 *
 * <p>The runner has already evaluated ∇f(θₖ) to record it; {@link #prime} hands that value over, so
 * a deterministic optimizer asking at θₖ itself does not pay for a second evaluation.
 */
abstract class GradientSource implements GradientOracle {

  protected final Objective objective;
  private double[] primedAt;
  private double[] primedGradient;

  GradientSource(Objective objective) {
    this.objective = objective;
  }

  /** The source SGD gets on this objective, or the exact gradient for every other optimizer. */
  static GradientSource forRun(Objective objective, OptimizerConfig config, long seed) {
    if (config instanceof StochasticGradientDescent sgd) {
      FiniteSumObjective data = finiteSum(objective);
      if (data != null) {
        double lambda =
            objective instanceof RegularizedObjective r ? r.lambda() : 0;
        return new MiniBatch(objective, data, lambda, sgd.batchSize(), seed);
      }
      if (sgd.noiseSigma() > 0) {
        return new GaussianNoise(objective, sgd.noiseSigma(), seed);
      }
    }
    return new Exact(objective);
  }

  /** The finite sum behind {@code objective}, looking through an L2 term; null when there is none. */
  static FiniteSumObjective finiteSum(Objective objective) {
    if (objective instanceof FiniteSumObjective fs) {
      return fs;
    }
    if (objective instanceof RegularizedObjective r && r.base() instanceof FiniteSumObjective fs) {
      return fs;
    }
    return null;
  }

  /** Remembers that {@code gradient} is the exact ∇f at the array {@code theta} as it is now. */
  final void prime(double[] theta, double[] gradient) {
    primedAt = theta;
    primedGradient = gradient;
  }

  /** Exact ∇f(θ), reusing the primed value when asked at the primed array. */
  final void exactGradient(double[] theta, double[] out) {
    if (theta == primedAt) {
      System.arraycopy(primedGradient, 0, out, 0, out.length);
      primedAt = null;
    } else {
      objective.valueAndGradient(theta, out);
    }
  }

  /** Whether gradients carry sampling noise (then a run never "converges" to a tolerance). */
  abstract boolean isStochastic();

  static final class Exact extends GradientSource {
    Exact(Objective objective) {
      super(objective);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      exactGradient(theta, out);
    }

    @Override
    boolean isStochastic() {
      return false;
    }
  }

  /** g = ∇f(θ) + σξ, ξ ~ N(0, I) from the run's seed. */
  static final class GaussianNoise extends GradientSource {
    private final double sigma;
    private final SplittableRandom random;

    GaussianNoise(Objective objective, double sigma, long seed) {
      super(objective);
      this.sigma = sigma;
      this.random = new SplittableRandom(seed);
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      exactGradient(theta, out);
      for (int i = 0; i < out.length; i++) {
        out[i] += sigma * random.nextGaussian();
      }
    }

    @Override
    boolean isStochastic() {
      return true;
    }
  }

  /**
   * Mini-batches drawn without replacement: the examples are shuffled at the start of each epoch
   * and taken {@code batchSize} at a time; the last batch of an epoch may be smaller. A batch of
   * all n examples is the exact gradient, so batch GD is GD.
   */
  static final class MiniBatch extends GradientSource {
    private final FiniteSumObjective data;
    private final double lambda;
    private final int batchSize;
    private final int[] order;
    private final SplittableRandom random;
    private int next;
    private long updates;
    private long epochs;
    private int[] batchBuffer;

    MiniBatch(Objective objective, FiniteSumObjective data, double lambda, int batchSize, long seed) {
      super(objective);
      this.data = data;
      this.lambda = lambda;
      this.batchSize = Math.min(batchSize, data.exampleCount());
      this.order = new int[data.exampleCount()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      this.random = new SplittableRandom(seed);
      this.next = order.length;
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      updates++;
      if (batchSize == order.length) {
        epochs++;
        exactGradient(theta, out);
        return;
      }
      if (next >= order.length) {
        shuffle();
        next = 0;
      }
      int count = Math.min(batchSize, order.length - next);
      // The batch is the slice order[next .. next+count); copy so the objective sees indices from 0.
      data.batchValueAndGradient(theta, slice(next, count), count, out);
      next += count;
      if (next >= order.length) {
        epochs++;
      }
      for (int i = 0; i < out.length; i++) {
        out[i] += lambda * theta[i];
      }
    }

    private int[] slice(int from, int count) {
      if (from == 0) {
        return order;
      }
      if (batchBuffer == null) {
        batchBuffer = new int[batchSize];
      }
      System.arraycopy(order, from, batchBuffer, 0, count);
      return batchBuffer;
    }

    private void shuffle() {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }

    long updates() {
      return updates;
    }

    long completedEpochs() {
      return epochs;
    }

    @Override
    boolean isStochastic() {
      return true;
    }
  }
}
