package org.gradientlab.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Gradient descent's rate max |1 − ηλᵢ| against runs and the closed-form optimum and edges. */
class GradientDescentRateTest {

  @Test
  void gradientDescentIsHeavyBallWithoutMomentum() {
    for (double eta = 0.01; eta < 2.6; eta += 0.037) {
      for (double kappa : new double[] {1, 3, 10, 300}) {
        RatePoint gd = GradientDescentRate.atConditionNumber(eta, kappa, 1);
        RatePoint hb = HeavyBallRate.worst(eta, 0, 1 / kappa, 1);
        assertThat(gd.rate()).isCloseTo(hb.rate(), within(1e-12));
        assertThat(gd.regime()).isEqualTo(hb.regime());
      }
    }
  }

  @ParameterizedTest(name = "κ = {0}, η = {1}")
  @CsvSource({"10, 0.5", "10, 1.5", "10, 1.9", "30, 1.0", "3, 1.7"})
  void aRunShrinksItsErrorByThePredictedFactorPerStep(double kappa, double eta) {
    Trajectory t = Runner.run(new QuadraticBowl(kappa, 30), new GradientDescent(eta),
        new RunSettings(new double[] {-2.5, 2}, 1500));
    int a = 600;
    int b = 900;
    double measured = Math.pow(Math.hypot(t.theta(b, 0), t.theta(b, 1))
        / Math.hypot(t.theta(a, 0), t.theta(a, 1)), 1.0 / (b - a));
    assertThat(measured).isCloseTo(GradientDescentRate.atConditionNumber(eta, kappa, 1).rate(),
        within(1e-6));
  }

  @ParameterizedTest(name = "κ = {0}")
  @ValueSource(doubles = {2, 10, 100, 1000})
  void theFastestStepOnAFineGridIsTwoOverLPlusMu(double kappa) {
    double best = Double.POSITIVE_INFINITY;
    double argmin = Double.NaN;
    for (int i = 1; i < 100_000; i++) {
      double eta = 2.5 * i / 100_000;
      double r = GradientDescentRate.atConditionNumber(eta, kappa, 1).rate();
      if (r < best) {
        best = r;
        argmin = eta;
      }
    }
    assertThat(argmin).isCloseTo(GradientDescentRate.optimalStep(1 / kappa, 1), within(2.5e-5));
    assertThat(best).isCloseTo(GradientDescentRate.optimalRate(kappa), within(1e-4));
    assertThat(GradientDescentRate.atConditionNumber(GradientDescentRate.optimalStep(1 / kappa, 1), kappa, 1).rate())
        .isCloseTo((kappa - 1) / (kappa + 1), within(1e-12));
  }

  @ParameterizedTest(name = "κ = {0}")
  @ValueSource(doubles = {1.5, 10, 100})
  void regionsChangeAtTwoOverLPlusMuAndAtTwoOverL(double kappa) {
    double mu = 1 / kappa;
    double mono = 2 / (1 + mu);
    double edge = GradientDescentRate.divergenceEdge(1);
    assertThat(edge).isEqualTo(2);
    assertThat(GradientDescentRate.worst(mono * (1 - 1e-9), mu, 1).regime()).isEqualTo(Regime.MONOTONE);
    assertThat(GradientDescentRate.worst(mono * (1 + 1e-9), mu, 1).regime()).isEqualTo(Regime.OSCILLATING);
    assertThat(GradientDescentRate.worst(edge * (1 - 1e-9), mu, 1).regime()).isEqualTo(Regime.OSCILLATING);
    assertThat(GradientDescentRate.worst(edge * (1 + 1e-9), mu, 1).regime()).isEqualTo(Regime.DIVERGING);
  }

  @Test
  void theGradientDescentMapsRowsFollowTheirConditionNumber() {
    RateMap map = RateMap.gradientDescent(1, 120, () -> false);
    assertThat(map.y().log()).isTrue();
    for (int j = 0; j < map.y().cells(); j++) {
      double kappa = map.y().value(j);
      for (int i = 0; i < map.x().cells(); i++) {
        double eta = map.x().value(i);
        double expected = Math.max(Math.abs(1 - eta), Math.abs(1 - eta / kappa));
        assertThat(map.rate(i, j)).isCloseTo(expected, within(1e-12));
        assertThat(map.regime(i, j) == Regime.DIVERGING).isEqualTo(eta >= 2);
      }
    }
  }
}
