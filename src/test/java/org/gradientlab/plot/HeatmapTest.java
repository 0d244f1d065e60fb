package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rastrigin;
import org.gradientlab.objective.Rosenbrock;
import org.junit.jupiter.api.Test;

class HeatmapTest {

  @Test
  void theMinimumIsTheDarkestPixelAndTheCornersAreBright() {
    Heatmap h = Heatmap.render(new QuadraticBowl(1, 0), Domain.square(2), 41, 41, () -> false);
    int centre = h.argb()[20 * 41 + 20];
    int corner = h.argb()[0];
    assertThat(ColorMap.luminance(centre)).isLessThan(ColorMap.luminance(corner));
    for (int argb : h.argb()) {
      assertThat(ColorMap.luminance(argb)).isGreaterThanOrEqualTo(ColorMap.luminance(centre) - 1e-9);
    }
    assertThat(h.contours()).isNotEmpty();
  }

  @Test
  void rosenbrockIsDrawnOnALogScaleAndTheBowlAndRastriginLinearly() {
    assertThat(Heatmap.render(new Rosenbrock(), new Rosenbrock().domain(), 60, 60, () -> false)
        .scale().logarithmic()).isTrue();
    assertThat(Heatmap.render(new QuadraticBowl(10, 30), Domain.square(3), 60, 60, () -> false)
        .scale().logarithmic()).isFalse();
    assertThat(Heatmap.render(new Rastrigin(), new Rastrigin().domain(), 60, 60, () -> false)
        .scale().logarithmic()).isFalse();
  }

  @Test
  void stopsWhenCancelled() {
    assertThatThrownBy(() -> Heatmap.render(new Rosenbrock(), Domain.square(2), 100, 100, () -> true))
        .isInstanceOf(CancellationException.class);
  }
}
