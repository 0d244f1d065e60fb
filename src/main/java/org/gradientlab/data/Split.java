package org.gradientlab.data;

import java.util.SplittableRandom;

/** A seeded random split of a dataset into training and validation examples. */
public record Split(Dataset train, Dataset validation) {

  /** The first {@code trainFraction} of a seeded shuffle trains; the rest validates. */
  public static Split of(Dataset d, double trainFraction, long seed) {
    int n = d.size();
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
    int nTrain = (int) Math.round(n * trainFraction);
    if (nTrain < 1 || nTrain >= n) {
      throw new IllegalArgumentException("a split needs examples on both sides");
    }
    return new Split(d.subset(d.name() + " (train)", java.util.Arrays.copyOf(order, nTrain)),
        d.subset(d.name() + " (validation)", java.util.Arrays.copyOfRange(order, nTrain, n)));
  }
}
