package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStepsTest {

  @Test
  void shortRunsGetAFramePerStepAndLongOnesEvenlySpacedFramesIncludingTheLast() {
    assertThat(LabPictures.frameSteps(5, 120)).containsExactly(0, 1, 2, 3, 4, 5);
    int[] many = LabPictures.frameSteps(1000, 120);
    assertThat(many).hasSize(120);
    assertThat(many[0]).isZero();
    assertThat(many[many.length - 1]).isEqualTo(1000);
    for (int i = 1; i < many.length; i++) {
      assertThat(many[i] - many[i - 1]).isBetween(8, 9);
    }
    assertThat(LabPictures.frameSteps(1000, 10)).hasSize(10).endsWith(1000);
  }
}
