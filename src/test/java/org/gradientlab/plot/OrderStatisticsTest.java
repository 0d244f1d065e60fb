package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

  @Test
  void selectionPicksTheValueASortPutsAtEachIndexBitForBit() {
    Random random = new Random(19);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(trial < 100 ? 8 : 2000);
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        v[i] = switch (random.nextInt(6)) {
          case 0 -> 0f;
          case 1 -> -0f;
          case 2 -> (float) random.nextInt(3); // plateaus of equal values
          case 3 -> Float.NEGATIVE_INFINITY;
          default -> (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
        };
      }
      float[] sorted = v.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(n);
      int[] keys = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = OrderStatistics.key(v[i]);
      }
      float picked = OrderStatistics.value(OrderStatistics.select(keys, 0, n, k));
      assertThat(Float.floatToRawIntBits(picked)).as("trial %d, k %d", trial, k)
          .isEqualTo(Float.floatToRawIntBits(sorted[k]));
      for (int i = 0; i < n; i++) { // partitioned about k
        assertThat(Integer.compare(keys[i], keys[k]) * Integer.signum(i - k)).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void keysOrderFloatsAsFloatCompareDoes() {
    float[] v = {Float.NEGATIVE_INFINITY, -3e38f, -1f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE, 1f,
        Float.POSITIVE_INFINITY};
    for (int i = 0; i + 1 < v.length; i++) {
      assertThat(OrderStatistics.key(v[i])).isLessThan(OrderStatistics.key(v[i + 1]));
      assertThat(OrderStatistics.value(OrderStatistics.key(v[i]))).isEqualTo(v[i]);
    }
  }
}
