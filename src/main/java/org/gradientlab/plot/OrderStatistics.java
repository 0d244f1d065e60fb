package org.gradientlab.plot;

/**
 * The k-th smallest of many floats without sorting them (quickselect, three-way partitions so that
 * plateaus of equal values cost nothing extra). Floats are compared as {@link Float#compare} orders
 * them — −0 before +0 — through int keys whose signed order is that order, so a selected value is
 * bit for bit the one {@link java.util.Arrays#sort(float[])} would put at index k.
 */
final class OrderStatistics {

  private OrderStatistics() {}

  /** An int whose signed order is {@link Float#compare}'s order of non-NaN floats. */
  static int key(float v) {
    int bits = Float.floatToRawIntBits(v);
    return bits >= 0 ? bits : bits ^ Integer.MAX_VALUE;
  }

  /** The float of {@link #key}. */
  static float value(int key) {
    return Float.intBitsToFloat(key >= 0 ? key : key ^ Integer.MAX_VALUE);
  }

  /**
   * The key that would stand at index {@code k} if {@code keys[from, to)} were sorted; reorders that
   * range so that smaller keys come before index k and larger ones after it.
   */
  static int select(int[] keys, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    long state = 0x9E3779B97F4A7C15L; // fixed pivot sequence: deterministic, no adversarial inputs
    while (true) {
      if (lo == hi) {
        return keys[lo];
      }
      state = state * 6364136223846793005L + 1442695040888963407L;
      int pivot = keys[lo + (int) Long.remainderUnsigned(state >>> 17, hi - lo + 1)];
      // Dutch flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot.
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        int v = keys[i];
        if (v < pivot) {
          keys[i++] = keys[lt];
          keys[lt++] = v;
        } else if (v > pivot) {
          keys[i] = keys[gt];
          keys[gt--] = v;
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return pivot;
      }
    }
  }
}
