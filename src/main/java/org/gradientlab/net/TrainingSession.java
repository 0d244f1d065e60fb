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
 *
 * <p>The counts belong to the run, not to one optimizer: {@link #continueWith} goes on from the
 * same weights with other settings and keeps counting, so updates and epochs never go back. An
 * epoch is n examples seen, epochs = (examples used by all updates so far) / n — for batches of b
 * that divide n, updates·b/n.
 */
public final class TrainingSession {

  private final NetObjective objective;
  /** The held-out examples' loss (λ = 0), or null when all the data trains. */
  private final NetObjective validation;
  private final Optimizer optimizer;
  private final MiniBatchSampler sampler;
  private final double[] theta;
  private final double[] gradient;
  private final int[] batch;
  private final boolean fullBatch;
  private long updates;
  private long examplesSeen;
  private boolean diverged;
  private final GradientOracle oracle;
  /** The weights {@link #gradient} holds ∇L of (set by the last snapshot), or null. */
  private double[] snapshotTheta;
  private final boolean[] weights;

  public TrainingSession(NetObjective objective, OptimizerConfig config, int batchSize,
      double[] initialWeights, long seed) {
    this(objective, null, config, batchSize, initialWeights, seed, 0, 0);
  }

  /**
   * Training on {@code objective}'s examples, with every snapshot also measuring the loss and
   * accuracy on {@code validation}'s (held out, never trained on; its λ is not used); null for none.
   */
  public TrainingSession(NetObjective objective, NetObjective validation, OptimizerConfig config,
      int batchSize, double[] initialWeights, long seed) {
    this(objective, validation, config, batchSize, initialWeights, seed, 0, 0);
  }

  private TrainingSession(NetObjective objective, NetObjective validation, OptimizerConfig config,
      int batchSize, double[] initialWeights, long seed, long updatesSoFar, long examplesSoFar) {
    if (validation != null && !validation.layout().equals(objective.layout())) {
      throw new IllegalArgumentException("training and validation must use the same net");
    }
    this.updates = updatesSoFar;
    this.examplesSeen = examplesSoFar;
    this.objective = objective;
    this.validation = validation;
    this.optimizer = config.create(objective.dimension());
    int n = objective.exampleCount();
    this.sampler = new MiniBatchSampler(n, batchSize, seed);
    this.theta = initialWeights.clone();
    this.gradient = new double[theta.length];
    this.batch = new int[sampler.batchSize()];
    this.fullBatch = sampler.batchSize() == n;
    this.weights = objective.layout().weightMask();
    this.oracle = (t, out) -> {
      if (fullBatch) {
        // The snapshot after an update computed ∇L at these very weights: the next update reuses
        // it (bit for bit the same numbers) instead of a second backward pass over all the data.
        if (snapshotTheta != null && java.util.Arrays.equals(t, snapshotTheta)) {
          System.arraycopy(gradient, 0, out, 0, out.length);
        } else {
          objective.valueAndGradient(t, out);
        }
        examplesSeen += n;
      } else {
        int count = sampler.next(batch);
        objective.batchValueAndGradient(t, batch, count, out);
        examplesSeen += count;
      }
    };
  }

  /**
   * The same run from where it stands, with another objective (e.g. another λ on the same data),
   * optimizer or batch size: weights, updates and examples seen carry over; the optimizer's state
   * (momentum, Adam's moments) and the mini-batch order start afresh from {@code seed}.
   */
  public TrainingSession continueWith(NetObjective next, OptimizerConfig config, int batchSize, long seed) {
    if (next.exampleCount() != objective.exampleCount()) {
      throw new IllegalArgumentException("a run goes on on the same data: " + objective.exampleCount()
          + " examples, not " + next.exampleCount());
    }
    return new TrainingSession(next, validation, config, batchSize, theta, seed, updates, examplesSeen);
  }

  public NetObjective objective() {
    return objective;
  }

  /** The held-out examples' objective, or null. */
  public NetObjective validation() {
    return validation;
  }

  /** Performs up to {@code k} updates (none once diverged) and reports where training stands. */
  public TrainingSnapshot advance(int k) {
    for (int i = 0; i < k && !diverged; i++) {
      optimizer.step(theta, oracle);
      snapshotTheta = null; // the gradient buffer holds the last snapshot's ∇L no longer once θ moved
      updates++;
      if (!Vectors.isFinite(theta)) {
        diverged = true;
      }
    }
    return snapshot();
  }

  public TrainingSnapshot snapshot() {
    double loss = diverged ? Double.NaN : objective.valueAndGradient(theta, gradient);
    snapshotTheta = diverged ? null : theta.clone();
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
    // The validation loss is the plain cross-entropy (any λ of that objective is ignored), so it
    // compares across λ.
    boolean measured = validation != null && !diverged;
    return new TrainingSnapshot(updates, (double) examplesSeen / objective.exampleCount(), theta, loss,
        diverged ? Double.NaN : objective.accuracy(theta),
        diverged ? new double[objective.layout().layerCount()] : objective.layerGradientNorms(dataGradient),
        diverged,
        measured ? validation.dataLoss(theta) : Double.NaN,
        measured ? validation.accuracy(theta) : Double.NaN);
  }

  public long updates() {
    return updates;
  }

  public boolean diverged() {
    return diverged;
  }
}
