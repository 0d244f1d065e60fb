package org.gradientlab.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded random split of a dataset into training and validation examples: disjoint, together
 * every example once, the same for the same seed.
 */
public record Split(Dataset train, Dataset validation) {

  /** The first {@code trainFraction} of a seeded shuffle trains; the rest validates. */
  public static Split of(Dataset d, double trainFraction, long seed) {
    int n = d.size();
    return holdingOut(d, n - (int) Math.round(n * trainFraction), seed);
  }

  /**
   * {@code validationCount} examples, the last of a seeded Fisher–Yates shuffle, validate; the rest
   * train, in shuffled order.
   */
  public static Split holdingOut(Dataset d, int validationCount, long seed) {
    int n = d.size();
    int nTrain = n - validationCount;
    if (nTrain < 1 || nTrain >= n) {
      throw new IllegalArgumentException("a split needs examples on both sides");
    }
    int[] order = shuffled(n, seed);
    return new Split(d.subset(d.name() + " (train)", Arrays.copyOf(order, nTrain)),
        d.subset(d.name() + " (validation)", Arrays.copyOfRange(order, nTrain, n)));
  }

  /** 0 … n−1 in a seeded random order. */
  static int[] shuffled(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
