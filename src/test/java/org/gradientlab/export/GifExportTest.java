package org.gradientlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GifExportTest {

  @Test
  void shortRunsGetAFramePerStepAndLongOnesEvenlySpacedFramesIncludingTheLast() {
    assertThat(GifExport.frameSteps(5)).containsExactly(0, 1, 2, 3, 4, 5);
    int[] many = GifExport.frameSteps(1000);
    assertThat(many).hasSize(GifExport.MAX_FRAMES);
    assertThat(many[0]).isZero();
    assertThat(many[many.length - 1]).isEqualTo(1000);
    for (int i = 1; i < many.length; i++) {
      assertThat(many[i] - many[i - 1]).isBetween(8, 9);
    }
  }
}
