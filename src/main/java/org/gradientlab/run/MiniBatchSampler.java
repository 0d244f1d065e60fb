package org.gradientlab.run;

import java.util.SplittableRandom;

/**
 * Which examples each update of mini-batch SGD uses: the n examples are shuffled at the start of
 * every epoch (seeded) and taken b at a time; the last batch of an epoch may be smaller. The same
 * (n, b, seed) always gives the same batches, so a view can replay which points step k used.
 */
public final class MiniBatchSampler {

  private final int[] order;
  private final int batchSize;
  private final SplittableRandom random;
  private int next;
  private long updates;
  private long completedEpochs;

  public MiniBatchSampler(int exampleCount, int batchSize, long seed) {
    if (exampleCount < 1 || batchSize < 1) {
      throw new IllegalArgumentException("need at least one example and a batch size ≥ 1");
    }
    this.order = new int[exampleCount];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.batchSize = Math.min(batchSize, exampleCount);
    this.random = new SplittableRandom(seed);
    this.next = exampleCount;
  }

  /** The batch size actually used (at most n). */
  public int batchSize() {
    return batchSize;
  }

  /** Writes the next batch's example indices into {@code out} (length ≥ batch size); returns how many. */
  public int next(int[] out) {
    if (next >= order.length) {
      shuffle();
      next = 0;
    }
    int count = Math.min(batchSize, order.length - next);
    System.arraycopy(order, next, out, 0, count);
    next += count;
    updates++;
    if (next >= order.length) {
      completedEpochs++;
    }
    return count;
  }

  /** Fisher–Yates. */
  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  public long updates() {
    return updates;
  }

  public long completedEpochs() {
    return completedEpochs;
  }

  /** The indices of the batch used by update k (k = 1 is the first), replayed from the seed. */
  public static int[] batchOfUpdate(int exampleCount, int batchSize, long seed, int k) {
    MiniBatchSampler s = new MiniBatchSampler(exampleCount, batchSize, seed);
    int[] buffer = new int[s.batchSize()];
    int count = 0;
    for (int i = 0; i < k; i++) {
      count = s.next(buffer);
    }
    return java.util.Arrays.copyOf(buffer, count);
  }
}
