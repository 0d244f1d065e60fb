package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ValueScaleTest {

  @Test
  void aNarrowRangeIsLinearAndAWideOneLogarithmic() {
    float[] even = new float[101];
    float[] skewed = new float[101];
    for (int i = 0; i <= 100; i++) {
      even[i] = i;
      skewed[i] = (float) Math.pow(10, i / 20.0); // 1 … 1e5, median 316
    }
    assertThat(ValueScale.fit(even).logarithmic()).isFalse();
    assertThat(ValueScale.fit(skewed).logarithmic()).isTrue();
  }

  @Test
  void heightsSpanningMoreThanTwoDecadesFromTheirTwoPercentQuantileAreLogarithmic() {
    // 1000 heights, median at half the range (the median rule alone says linear): with 3 % of
    // them below a hundredth of the range the picture spans more than two decades; with 1 %, not.
    float[] floor3 = new float[1000];
    float[] floor1 = new float[1000];
    for (int i = 0; i < 1000; i++) {
      floor3[i] = i < 30 ? 0.5f : i / 10f;
      floor1[i] = i < 10 ? 0.5f : i / 10f;
    }
    assertThat(ValueScale.fit(floor3).logarithmic()).isTrue();
    assertThat(ValueScale.fit(floor1).logarithmic()).isFalse();
  }

  @Test
  void normalizesTheEndsToZeroAndOneAndInvertsItsTransform() {
    float[] skewed = {1, 2, 3, 5, 1000, 1e5f};
    ValueScale s = ValueScale.fit(skewed);
    assertThat(s.normalize(1)).isCloseTo(0, within(1e-12));
    assertThat(s.normalize(1e5)).isCloseTo(1, within(1e-12));
    for (double f : new double[] {1, 7, 5000}) {
      assertThat(s.inverse(s.transform(f))).isCloseTo(f, within(1e-9 * f));
    }
    assertThat(s.normalize(Double.NaN)).isNaN();
  }

  @Test
  void ignoresNonFiniteSamples() {
    ValueScale s = ValueScale.fit(new float[] {Float.NaN, 2, Float.POSITIVE_INFINITY, 4});
    assertThat(s.min()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(4);
  }

  /** The scale as a full sort defines it: the reference the selection must reproduce exactly. */
  private static ValueScale sortedReference(float[] samples) {
    float[] finite = new float[samples.length];
    int n = 0;
    for (float v : samples) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    if (n == 0) {
      return new ValueScale(0, 1, false, 1);
    }
    float[] sorted = java.util.Arrays.copyOf(finite, n);
    java.util.Arrays.sort(sorted);
    double min = sorted[0];
    double max = sorted[n - 1];
    double median = sorted[n / 2];
    if (!(max > min)) {
      return new ValueScale(min, min + 1, false, 1);
    }
    double low = sorted[(int) (ValueScale.LOW_QUANTILE * (n - 1))];
    boolean log = (max - min) > Math.pow(10, ValueScale.DECADES) * (low - min)
        || (max - min) > ValueScale.WIDE_RANGE * (median - min);
    double offset = Math.max((median - min) * 0.01, (max - min) * 1e-9);
    return new ValueScale(min, max, log, offset);
  }

  @Test
  void fitEqualsTheScaleOfTheSortedValuesBitForBit() {
    java.util.Random random = new java.util.Random(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(trial < 50 ? 6 : 5000);
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        v[i] = switch (random.nextInt(7)) {
          case 0 -> Float.NaN;
          case 1 -> Float.POSITIVE_INFINITY;
          case 2 -> -0f;
          case 3 -> (float) random.nextInt(4);
          default -> (float) Math.exp(random.nextGaussian() * 8);
        };
      }
      assertThat(ValueScale.fit(v)).as("trial %d", trial).isEqualTo(sortedReference(v));
    }
  }

  @Test
  void theNormalizerGivesTheNumbersOfNormalize() {
    for (ValueScale s : new ValueScale[] {new ValueScale(-2, 5, false, 1), new ValueScale(0.5, 3e4, true, 0.01)}) {
      var n = s.normalizer();
      for (double f : new double[] {-2, -1.5, 0, 0.5, 0.7, 3, 4.99, 5, 3e4, 7e4, Double.NaN, Double.POSITIVE_INFINITY}) {
        assertThat(Double.doubleToRawLongBits(n.applyAsDouble(f))).as("%s at %s", s, f)
            .isEqualTo(Double.doubleToRawLongBits(s.normalize(f)));
      }
    }
  }
}
