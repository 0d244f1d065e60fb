package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchBaselinesTest {

  private final HyperProblem sine = HyperProblems.sine();

  @Test
  void aGridTriesEvenlySpacedLogLambdasAndChargesEveryInnerSolve() {
    List<SearchBaselines.Trial> grid = SearchBaselines.grid(sine.inner(), OuterObjective.VALIDATION, -10, 0, 11);
    assertThat(grid).hasSize(11);
    for (int i = 0; i < grid.size(); i++) {
      assertThat(Math.log(grid.get(i).lambda())).isCloseTo(-10 + i, org.assertj.core.api.Assertions.within(1e-12));
      if (i > 0) {
        assertThat(grid.get(i).cumulativeInnerIterations()).isGreaterThan(grid.get(i - 1).cumulativeInnerIterations());
      }
    }
    SearchBaselines.Trial best = SearchBaselines.best(grid);
    for (SearchBaselines.Trial t : grid) {
      assertThat(best.value()).isLessThanOrEqualTo(t.value());
    }
  }

  @Test
  void randomSearchIsReproducibleFromItsSeed() {
    var a = SearchBaselines.random(sine.inner(), OuterObjective.VALIDATION, -10, 0, 8, 3);
    var b = SearchBaselines.random(sine.inner(), OuterObjective.VALIDATION, -10, 0, 8, 3);
    assertThat(a).extracting(SearchBaselines.Trial::lambda).containsExactlyElementsOf(
        b.stream().map(SearchBaselines.Trial::lambda).toList());
  }
}
