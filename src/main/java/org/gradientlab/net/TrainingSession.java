package org.gradientlab.net;

import org.gradientlab.math.Vectors;
import org.gradientlab.optimizer.GradientOracle;
import org.gradientlab.optimizer.Optimizer;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.run.MiniBatchSampler;

/**
 * Live training of a net by any optimizer of the engine, on real mini-batches of b examples for
 * every optimizer (b = n is full-batch training). Deterministic from its seed. Confined to one
 * thread: the app calls it from a worker and publishes the snapshots.
 */
public final class TrainingSession {

  private final NetObjective objective;
  private final Optimizer optimizer;
  private final MiniBatchSampler sampler;
  private final double[] theta;
  private final double[] gradient;
  private final int[] batch;
  private final boolean fullBatch;
  private final int updatesPerEpoch;
  private long updates;
  private boolean diverged;
  private final GradientOracle oracle;
  private final boolean[] weights;

  public TrainingSession(NetObjective objective, OptimizerConfig config, int batchSize,
      double[] initialWeights, long seed) {
    this.objective = objective;
    this.optimizer = config.create(objective.dimension());
    int n = objective.exampleCount();
    this.sampler = new MiniBatchSampler(n, batchSize, seed);
    this.theta = initialWeights.clone();
    this.gradient = new double[theta.length];
    this.batch = new int[sampler.batchSize()];
    this.fullBatch = sampler.batchSize() == n;
    this.updatesPerEpoch = (n + sampler.batchSize() - 1) / sampler.batchSize();
    this.weights = objective.layout().weightMask();
    this.oracle = (t, out) -> {
      if (fullBatch) {
        objective.valueAndGradient(t, out);
      } else {
        int count = sampler.next(batch);
        objective.batchValueAndGradient(t, batch, count, out);
      }
    };
  }

  public NetObjective objective() {
    return objective;
  }

  /** Performs up to {@code k} updates (none once diverged) and reports where training stands. */
  public TrainingSnapshot advance(int k) {
    for (int i = 0; i < k && !diverged; i++) {
      optimizer.step(theta, oracle);
      updates++;
      if (!Vectors.isFinite(theta)) {
        diverged = true;
      }
    }
    return snapshot();
  }

  public TrainingSnapshot snapshot() {
    double loss = diverged ? Double.NaN : objective.valueAndGradient(theta, gradient);
    if (!Double.isFinite(loss)) {
      diverged = true;
    }
    // Per-layer norms of the data loss alone: remove the L2 part λw from the gradient.
    double[] dataGradient = gradient.clone();
    for (int j = 0; j < theta.length; j++) {
      if (weights[j]) {
        dataGradient[j] -= objective.lambda() * theta[j];
      }
    }
    return new TrainingSnapshot(updates, (double) updates / updatesPerEpoch, theta, loss,
        diverged ? Double.NaN : objective.accuracy(theta),
        diverged ? new double[objective.layout().layerCount()] : objective.layerGradientNorms(dataGradient),
        diverged);
  }

  public long updates() {
    return updates;
  }

  public boolean diverged() {
    return diverged;
  }
}
