package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MathSpansTest {

  @Test
  void inlineAndDisplayMathBecomePlaceholdersWithTheirLatexIntact() {
    MathSpans m = MathSpans.extract("Step $x_{k+1} = x_k - \\eta\\,f'(x_k)$ and\n$$\\{1, 2\\}$$ end.");
    assertThat(m.spans()).hasSize(2);
    assertThat(m.spans().get(0).latex()).isEqualTo("x_{k+1} = x_k - \\eta\\,f'(x_k)");
    assertThat(m.spans().get(0).display()).isFalse();
    assertThat(m.spans().get(1).latex()).isEqualTo("\\{1, 2\\}");
    assertThat(m.spans().get(1).display()).isTrue();
    assertThat(m.text()).isEqualTo("Step " + MathSpans.placeholder(0) + " and\n\n\n"
        + MathSpans.placeholder(1) + "\n\n end.");
  }

  @Test
  void escapedDollarsAndCodeAreLeftAlone() {
    MathSpans m = MathSpans.extract("costs \\$5, see `a $b$ c`");
    assertThat(m.spans()).isEmpty();
    assertThat(m.text()).isEqualTo("costs \\$5, see `a $b$ c`");
  }

  @Test
  void anUnclosedDollarIsReportedAtItsOffset() {
    assertThatThrownBy(() -> MathSpans.extract("ok $x + 1")).hasMessageContaining("offset 3");
    assertThat(MathSpans.unclosedAt("ok $x + 1")).isEqualTo(3);
    assertThat(MathSpans.unclosedAt("fine $x$")).isEqualTo(-1);
  }
}
