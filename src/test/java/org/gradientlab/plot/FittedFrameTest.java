package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.objective.Domain;
import org.junit.jupiter.api.Test;

class FittedFrameTest {

  @Test
  void theFrameIsASquareAroundThePointsWithTheMarginOfTheLargerSpanOnEverySide() {
    // x spans [−1, 3] (4), y spans [0, 1]: side 4 + 2·0.1·4 = 4.8, centred on (1, 0.5).
    Domain d = FittedFrame.around(List.of(new double[] {-1, 0}, new double[] {3, 1}, new double[] {0, 0.5}), 0.1, 0.01);
    assertThat(d.width()).isCloseTo(4.8, within(1e-12));
    assertThat(d.height()).isCloseTo(4.8, within(1e-12));
    assertThat(d.centerX()).isCloseTo(1, within(1e-12));
    assertThat(d.centerY()).isCloseTo(0.5, within(1e-12));
    assertThat(d.xMin()).isCloseTo(-1.4, within(1e-12));
  }

  @Test
  void coincidentPointsGetTheSmallestFrameAndNonFinitePointsAreLeftOut() {
    Domain d = FittedFrame.around(List.of(new double[] {2, 2}, new double[] {Double.NaN, 5},
        new double[] {2, Double.POSITIVE_INFINITY}), 0.1, 0.5);
    assertThat(d).isEqualTo(new Domain(1.5, 2.5, 1.5, 2.5));
    assertThat(FittedFrame.around(List.of(), 0.1, 0.5)).isEqualTo(Domain.square(0.5));
  }
}
