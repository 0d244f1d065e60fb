package org.gradientlab.regression;

/**
 * Updates versus epochs for mini-batch training on n examples with batch size b: an epoch (one pass
 * over the data) takes ⌈n/b⌉ updates, the last batch holding n − (⌈n/b⌉ − 1)·b examples.
 */
public record BatchSchedule(int exampleCount, int batchSize) {

  public BatchSchedule {
    if (exampleCount < 1 || batchSize < 1) {
      throw new IllegalArgumentException("need n ≥ 1 and b ≥ 1");
    }
    batchSize = Math.min(batchSize, exampleCount);
  }

  public int updatesPerEpoch() {
    return (exampleCount + batchSize - 1) / batchSize;
  }

  /** Epochs (possibly fractional) completed after {@code updates} updates. */
  public double epochs(long updates) {
    return (double) updates / updatesPerEpoch();
  }

  /** Examples whose gradient has been computed after {@code updates} updates. */
  public long examplesSeen(long updates) {
    long full = updates / updatesPerEpoch();
    long rest = updates % updatesPerEpoch();
    return full * exampleCount + Math.min(rest * batchSize, exampleCount);
  }
}
