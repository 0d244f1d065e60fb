package org.gradientlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void compactFormsAreShortAndUseATrueMinus() {
    assertThat(Numbers.compact(10)).isEqualTo("10");
    assertThat(Numbers.compact(0.5)).isEqualTo("0.5");
    assertThat(Numbers.compact(-1)).isEqualTo("−1");
    assertThat(Numbers.compact(1e-4)).isEqualTo("1e-4");
    assertThat(Numbers.compact(2.0 / 3)).isEqualTo("0.6667");
    assertThat(Numbers.compact(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    assertThat(Numbers.compact(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void parsesWhatAStudentTypes() {
    assertThat(Numbers.parse(" −0.25 ")).isEqualTo(-0.25);
    assertThat(Numbers.parse("1e-3")).isEqualTo(1e-3);
    assertThat(Numbers.parse("0,5")).isEqualTo(0.5);
    assertThatThrownBy(() -> Numbers.parse("abc")).hasMessage("'abc' is not a number");
    assertThatThrownBy(() -> Numbers.parse("  ")).hasMessage("enter a number");
  }
}
