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
  void rosenbrockAndAnIllConditionedBowlAreDrawnOnALogScaleARoundBowlAndRastriginLinearly() {
    assertThat(Heatmap.render(new Rosenbrock(), new Rosenbrock().domain(), 60, 60, () -> false)
        .scale().logarithmic()).isTrue();
    // κ = 10, 30°, on [−3, 3]²: ½(u² + v²/10) < 0.09 (a hundredth of the range, which is about 9)
    // covers π·2·0.09·√10 ≈ 1.8 of the 36 square units, 5 % of the picture: more than two decades.
    assertThat(Heatmap.render(new QuadraticBowl(10, 30), Domain.square(3), 60, 60, () -> false)
        .scale().logarithmic()).isTrue();
    // κ = 1: f = ½r², so the share of the picture below a height grows in proportion to it;
    // 2 % of it lies below 2 % of the range: under two decades.
    assertThat(Heatmap.render(new QuadraticBowl(1, 0), Domain.square(2), 60, 60, () -> false)
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
