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
}
