package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.objective.Parabola;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.junit.jupiter.api.Test;

class LearningRateSweepTest {

  /** GD on f = x² from x = 1: x_N = (1 − 2η)ᴺ, so f_N(η) = (1 − 2η)²ᴺ, smallest where |1 − 2η| is. */
  @Test
  void onXSquaredTheSweepIsTheClosedFormAndTheBestEtaIsNearestOneHalf() {
    double[] grid = LearningRateSweep.logGrid(1e-4, 10, 41);
    int steps = 10;
    LearningRateSweep s = LearningRateSweep.sweep(new Parabola(), List.of(new GradientDescent(0.1)),
        new RunSettings(new double[] {1}, steps), LearningRateSchedule.CONSTANT, grid, () -> false, p -> { })
        .get(0);
    int nearest = 0;
    for (int i = 0; i < grid.length; i++) {
      if (Math.abs(1 - 2 * grid[i]) < Math.abs(1 - 2 * grid[nearest])) {
        nearest = i;
      }
      double exact = Math.pow(1 - 2 * grid[i], 2 * steps);
      if (grid[i] < 1) {
        assertThat(s.finalValues()[i]).as("η = %s", grid[i]).isCloseTo(exact, within(1e-12 * Math.max(1, exact)));
      } else if (grid[i] > 1) {
        assertThat(s.finalValues()[i]).as("η = %s diverges", grid[i]).isEqualTo(Double.POSITIVE_INFINITY);
      }
    }
    assertThat(s.best()).isEqualTo(nearest);
    assertThat(s.bestEta()).isEqualTo(grid[nearest]);
    assertThat(grid[0]).isCloseTo(1e-4, within(1e-18));
    assertThat(grid[40]).isCloseTo(10, within(1e-12));
  }
}
