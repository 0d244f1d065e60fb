package org.gradientlab.run;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientOracle;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.Sampling;

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
    Sampling sampling = config.sampling();
    if (sampling.stochastic()) {
      FiniteSumObjective data = finiteSum(objective);
      if (data != null) {
        double lambda =
            objective instanceof RegularizedObjective r ? r.lambda() : 0;
        return new MiniBatch(objective, data, lambda, sampling.batchSize(), seed);
      }
      if (sampling.noiseSigma() > 0) {
        return new GaussianNoise(objective, sampling.noiseSigma(), seed);
      }
    }
    return new Exact(objective);
  }

  /** The exact ∇²f(θ), for second-order methods (curvature is never sampled here). */
  @Override
  public void hessian(double[] theta, DMatrixRMaj out) {
    objective.hessian(theta, out);
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
   * Mini-batches drawn without replacement by a {@link MiniBatchSampler}: shuffled each epoch, b at
   * a time, the last batch of an epoch possibly smaller. A batch of all n examples is the exact
   * gradient, so batch GD is GD.
   */
  static final class MiniBatch extends GradientSource {
    private final FiniteSumObjective data;
    private final double lambda;
    private final MiniBatchSampler sampler;
    private final int[] batch;
    private final boolean fullBatch;

    MiniBatch(Objective objective, FiniteSumObjective data, double lambda, int batchSize, long seed) {
      super(objective);
      this.data = data;
      this.lambda = lambda;
      this.sampler = new MiniBatchSampler(data.exampleCount(), batchSize, seed);
      this.batch = new int[sampler.batchSize()];
      this.fullBatch = sampler.batchSize() == data.exampleCount();
    }

    @Override
    public void gradient(double[] theta, double[] out) {
      if (fullBatch) {
        exactGradient(theta, out);
        return;
      }
      int count = sampler.next(batch);
      data.batchValueAndGradient(theta, batch, count, out);
      for (int i = 0; i < out.length; i++) {
        out[i] += lambda * theta[i];
      }
    }

    @Override
    boolean isStochastic() {
      return !fullBatch;
    }
  }
}
