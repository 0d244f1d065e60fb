package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.math.Point;
import org.gradientlab.objective.Parabola;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** f(x) = x² from x = 1: each GD step is x ← (1 − 2η)x, so the whole story is the factor 1 − 2η. */
class ParabolaRunTest {

  private static Trajectory gd(double eta, int steps) {
    return Runner.run(new Parabola(), new GradientDescent(eta), new RunSettings(new double[] {1}, steps));
  }

  @Test
  void halfLearningRateReachesTheMinimumInOneStep() {
    Trajectory t = gd(0.5, 100);
    assertThat(t.theta(1, 0)).isEqualTo(0.0);
    assertThat(t.value(1)).isEqualTo(0.0);
    assertThat(t.outcome()).isEqualTo(new Outcome.Converged(1));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.01, 0.1, 0.3, 0.7, 0.9, 0.97})
  void learningRatesBelowOneConvergeAtTheRateOneMinusTwoEta(double eta) {
    Trajectory t = gd(eta, 2000);
    assertThat(t.outcome()).isInstanceOf(Outcome.Converged.class);
    double factor = 1 - 2 * eta;
    for (int k = 0; k < 20; k++) {
      assertThat(t.theta(k, 0)).isCloseTo(Math.pow(factor, k), within(1e-12));
    }
    // Converged at the first step where |f'(x_k)| = 2|1 − 2η|^k ≤ 1e-6, and not one step earlier.
    int expected = (int) Math.ceil(Math.log(1e-6 / 2) / Math.log(Math.abs(factor)));
    int step = ((Outcome.Converged) t.outcome()).step();
    assertThat(step).isBetween(expected - 1, expected + 1);
    assertThat(t.gradientNorm(step)).isLessThanOrEqualTo(1e-6);
    assertThat(t.gradientNorm(step - 1)).isGreaterThan(1e-6);
  }

  @Test
  void learningRateOneOscillatesExactlyBetweenPlusAndMinusOne() {
    Trajectory t = gd(1.0, 1000);
    for (int k = 0; k < t.length(); k++) {
      assertThat(t.theta(k, 0)).isEqualTo(k % 2 == 0 ? 1.0 : -1.0);
      assertThat(t.value(k)).isEqualTo(1.0);
    }
    assertThat(t.length()).isEqualTo(1001);
    assertThat(t.outcome()).isEqualTo(new Outcome.Oscillating(new Point(0, 0), 1, 1));
  }

  @Test
  void learningRateOnePointFiveDivergesFromTheFirstStepAndStopsAtTheBound() {
    // |x_k| = 2^k passes the bound 1e6 · 1.6 (the domain radius) first at k = 21; the steps
    // |x_k − x_{k−1}| = 3 · 2^{k−1} double from step 1 on.
    Trajectory t = gd(1.5, 1000);
    Outcome.Diverging d = (Outcome.Diverging) t.outcome();
    assertThat(d.fromStep()).isEqualTo(1);
    assertThat(d.growthPerStep()).isCloseTo(2, within(1e-12));
    assertThat(d.exit()).contains(new Outcome.Exit(21, Outcome.Reason.OUT_OF_BOUNDS));
    assertThat(t.length()).isEqualTo(22);
    for (int k = 0; k < t.length(); k++) {
      assertThat(t.theta(k, 0)).isEqualTo(Math.pow(-2, k));
    }
  }

  @Test
  void learningRateJustAboveOneIsDivergingWhileStillInsideTheBound() {
    // factor −1.002: after 300 steps |x| ≈ 1.8, still inside the bound, but growing ×1.002 per step.
    Trajectory t = gd(1.001, 300);
    Outcome.Diverging d = (Outcome.Diverging) t.outcome();
    assertThat(d.growthPerStep()).isCloseTo(1.002, within(1e-9));
    assertThat(d.fromStep()).isEqualTo(1);
    assertThat(d.exit()).isEmpty();
  }

  @Test
  void learningRateJustBelowOneHasNotConvergedAndSaysHowManyStepsItStillNeeds() {
    // factor −0.998: |f'(x_k)| = 2 · 0.998^k reaches 1e-6 first at k* = ⌈ln(5e-7) / ln 0.998⌉.
    Trajectory t = gd(0.999, 300);
    Outcome.NotConverged n = (Outcome.NotConverged) t.outcome();
    assertThat(n.steps()).isEqualTo(300);
    assertThat(n.ratePerStep()).isCloseTo(0.998, within(1e-12));
    long needed = (long) Math.ceil(Math.log(1e-6 / 2) / Math.log(0.998));
    assertThat(n.stepsToGo()).isBetween(needed - 300 - 1, needed - 300 + 1);
  }

  @Test
  void zeroStepsRecordsOnlyTheStart() {
    Trajectory t = gd(0.1, 0);
    assertThat(t.length()).isEqualTo(1);
    assertThat(t.value(0)).isEqualTo(1.0);
    assertThat(t.gradientNorm(0)).isEqualTo(2.0);
  }
}
