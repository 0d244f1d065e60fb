package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void choosesOneTwoFiveSteps() {
    assertThat(Ticks.niceStep(0.37)).isEqualTo(0.5);
    assertThat(Ticks.niceStep(1.3)).isEqualTo(2);
    assertThat(Ticks.niceStep(7)).isEqualTo(10);
  }

  @Test
  void ticksAreOnTheStepGridAndLabelledWithoutRoundingNoise() {
    assertThat(Ticks.between(-1.6, 1.6, 8)).containsExactly(-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5);
    assertThat(Ticks.label(0.30000000000000004, 0.1)).isEqualTo("0.3");
    assertThat(Ticks.label(-2, 1)).isEqualTo("−2");
  }
}
