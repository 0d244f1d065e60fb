package org.gradientlab.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.run.RunSettings;
import org.junit.jupiter.api.Test;

/** Measured outcome maps against the rate theory on the lab's bowl, and how they are computed. */
class OutcomeMapsTest {

  private static final double KAPPA = 10;
  private static final int STEPS = 300;

  private static OutcomeMaps.Request request(List<OptimizerKind> kinds, Axis y) {
    return new OutcomeMaps.Request(new QuadraticBowl(KAPPA, 30), kinds,
        OptimizerCatalog.standard().defaults(0.1), new RunSettings(new double[] {-2.5, 2}, STEPS),
        OutcomeMaps.etaAxis(OutcomeMaps.RESOLUTION), y);
  }

  @Test
  void momentumsMeasuredMapAgreesWithItsSpectralRadius() {
    OutcomeMap map = OutcomeMaps.compute(
        request(List.of(Momentum.KIND), OutcomeMaps.axis(Momentum.ALPHA, OutcomeMaps.RESOLUTION)),
        p -> { }, () -> false).get(0);
    int fast = 0;
    int past = 0;
    for (int j = 0; j < map.rows(); j++) {
      for (int i = 0; i < map.eta().cells(); i++) {
        double eta = map.eta().value(i);
        double alpha = map.y().value(j);
        double rho = HeavyBallRate.worst(eta, alpha, 1 / KAPPA, 1).rate();
        Outcome o = map.outcome(i, j);
        String where = "η = " + eta + ", α = " + alpha + ", ρ = " + rho + ": " + OutcomeText.verdict(o);
        // ρ^300 < 1e-14: the error (≈ 3 at the start) is far below the tolerance 1e-6 by the end.
        if (rho < 0.9) {
          assertThat(o).as(where).isInstanceOf(Outcome.Converged.class);
          fast++;
        }
        if (rho > 1.05) {
          assertThat(o).as(where).isInstanceOf(Outcome.Diverging.class);
          past++;
        }
      }
    }
    assertThat(fast).as("cells that must converge").isGreaterThan(100);
    assertThat(past).as("cells past the edge").isGreaterThan(100);
  }

  @Test
  void anOptimizerThatDoesNotTakeTheKeyGetsOneRowOfRunsRepeated() {
    Axis alpha = OutcomeMaps.axis(Momentum.ALPHA, 8);
    OutcomeMaps.Request r = new OutcomeMaps.Request(new QuadraticBowl(KAPPA, 30),
        List.of(GradientDescent.KIND, Momentum.KIND), OptimizerCatalog.standard().defaults(0.1),
        new RunSettings(new double[] {-2.5, 2}, STEPS), OutcomeMaps.etaAxis(12), alpha);
    assertThat(OutcomeMaps.runs(r)).isEqualTo(12 + 12 * 8);
    List<OutcomeMap> maps = OutcomeMaps.compute(r, p -> { }, () -> false);
    OutcomeMap gd = maps.get(0);
    assertThat(gd.varies()).isFalse();
    assertThat(maps.get(1).varies()).isTrue();
    for (int i = 0; i < 12; i++) {
      for (int j = 1; j < 8; j++) {
        assertThat(gd.outcome(i, j)).isSameAs(gd.outcome(i, 0));
      }
      // and GD diverges exactly past its edge 2/L = 2
      assertThat(gd.outcome(i, 0) instanceof Outcome.Diverging).isEqualTo(gd.eta().value(i) > 2);
    }
  }

  @Test
  void withoutASecondAxisEachMapIsAStripOverEta() {
    OutcomeMap adam = OutcomeMaps.compute(request(List.of(Adam.KIND), null), p -> { }, () -> false).get(0);
    assertThat(adam.rows()).isEqualTo(1);
    assertThat(adam.outcomes()).hasSize(OutcomeMaps.RESOLUTION);
    assertThat(adam.argb()).hasSize(OutcomeMaps.RESOLUTION);
  }

  @Test
  void progressRisesToOneAndAStaleRequestGivesUp() {
    List<Double> heard = new ArrayList<>();
    OutcomeMaps.compute(request(List.of(Momentum.KIND), OutcomeMaps.axis(Momentum.ALPHA, 10)),
        heard::add, () -> false);
    assertThat(heard).isSortedAccordingTo(Double::compare);
    assertThat(heard.get(heard.size() - 1)).isEqualTo(1.0);
    assertThat(heard.size()).isBetween(2, 102);
    int[] asked = {0};
    assertThat(OutcomeMaps.compute(request(List.of(Momentum.KIND), OutcomeMaps.axis(Momentum.ALPHA, 10)),
        p -> { }, () -> ++asked[0] > 5)).isNull();
  }

  @Test
  void cellsAreColouredByTheirOutcome() {
    OutcomeMap map = OutcomeMaps.compute(request(List.of(GradientDescent.KIND), null), p -> { }, () -> false)
        .get(0);
    int[] argb = map.argb();
    for (int i = 0; i < map.eta().cells(); i++) {
      Outcome o = map.outcome(i, 0);
      if (o instanceof Outcome.Diverging) {
        assertThat(argb[i]).isEqualTo(MapPalette.DIVERGING);
      } else if (o instanceof Outcome.NotConverged) {
        assertThat(argb[i]).isEqualTo(MapPalette.NOT_CONVERGED);
      } else if (o instanceof Outcome.Converged c) {
        assertThat(argb[i]).isEqualTo(org.gradientlab.plot.ColorMap.viridis(MapPalette.convergedShade(c.step(), STEPS)));
      }
    }
    // Faster convergence is brighter: step 1 at the top of viridis, the budget near its foot.
    assertThat(MapPalette.convergedShade(1, STEPS)).isEqualTo(1.0);
    assertThat(MapPalette.convergedShade(STEPS, STEPS)).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-12));
  }
}
