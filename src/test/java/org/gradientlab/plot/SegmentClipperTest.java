package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SegmentClipperTest {

  @Test
  void keepsASegmentInsideUnchanged() {
    assertThat(SegmentClipper.clip(1, 2, 3, 4, 0, 0, 10, 10)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void cutsASegmentAtTheEdgeItCrosses() {
    double[] s = SegmentClipper.clip(5, 5, 15, 5, 0, 0, 10, 10);
    assertThat(s).containsExactly(5, 5, 10, 5);
  }

  @Test
  void cutsAHugeDivergingSegmentToFiniteCoordinates() {
    double[] s = SegmentClipper.clip(5, 5, 5, -1e300, 0, 0, 10, 10);
    assertThat(s[0]).isEqualTo(5);
    assertThat(s[1]).isEqualTo(5);
    assertThat(s[2]).isCloseTo(5, within(1e-9));
    assertThat(s[3]).isCloseTo(0, within(1e-9));
  }

  @Test
  void dropsSegmentsOutsideOrWithNaN() {
    assertThat(SegmentClipper.clip(20, 20, 30, 30, 0, 0, 10, 10)).isNull();
    assertThat(SegmentClipper.clip(Double.NaN, 0, 1, 1, 0, 0, 10, 10)).isNull();
  }

  @Test
  void aSegmentFromAstronomicallyFarEntersAtTheRightPlace() {
    // From (2e300, 50) to (50, 20) the line is y = 20 + 30·(x − 50)/(2e300 − 50): level to 1e-298,
    // so it enters the box [0, 100]² at (100, 20), not at x = 0 (where x0 + t·dx rounds to).
    double[] s = SegmentClipper.clip(2e300, 50, 50, 20, 0, 0, 100, 100);
    assertThat(s[0]).isEqualTo(100);
    assertThat(s[1]).isCloseTo(20, within(1e-9));
    assertThat(s[2]).isEqualTo(50);
    assertThat(s[3]).isEqualTo(20);
  }
}
