package org.gradientlab.plot;

import java.util.Arrays;

/**
 * Picks which points of a long series to draw: per bucket of consecutive indices the smallest and
 * largest value (min–max decimation), so a chart of thousands of steps stays fast while every
 * spike and every oscillation envelope is still drawn.
 */
public final class Downsampler {

  private Downsampler() {}

  /** Indices into {@code values[0..length)}, ascending, at most about {@code maxPoints} of them. */
  public static int[] minMax(double[] values, int length, int maxPoints) {
    if (length <= maxPoints) {
      int[] all = new int[length];
      for (int i = 0; i < length; i++) {
        all[i] = i;
      }
      return all;
    }
    int buckets = Math.max(1, (maxPoints - 2) / 2);
    int[] out = new int[2 * buckets + 2];
    int n = 0;
    out[n++] = 0;
    double size = (double) (length - 2) / buckets;
    for (int b = 0; b < buckets; b++) {
      int from = 1 + (int) Math.floor(b * size);
      int to = Math.min(length - 1, 1 + (int) Math.floor((b + 1) * size));
      if (from >= to) {
        continue;
      }
      int lo = from;
      int hi = from;
      for (int i = from; i < to; i++) {
        if (values[i] < values[lo]) {
          lo = i;
        }
        if (values[i] > values[hi]) {
          hi = i;
        }
      }
      out[n++] = Math.min(lo, hi);
      if (lo != hi) {
        out[n++] = Math.max(lo, hi);
      }
    }
    out[n++] = length - 1;
    return Arrays.copyOf(out, n);
  }
}
