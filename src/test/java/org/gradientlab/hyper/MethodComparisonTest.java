package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison of every way of choosing λ on the noisy sine, with three seeds for random search
 * and Bayesian optimisation: the judge is the dense 160-point curve, as in the workspace.
 */
class MethodComparisonTest {

  private static final HyperProblem SINE = HyperProblems.sine();
  private static final ValidationCurve CURVE = ValidationCurve.compute(SINE.inner(), OuterObjective.VALIDATION,
      SINE.logMin(), SINE.logMax(), 160, f -> { }, () -> false);
  private static final MethodComparison.Table TABLE = MethodComparison.compare(SINE, CURVE,
      new MethodComparison.Settings(20, 3, 10, 30, 3, 60), f -> { }, () -> false);

  private static MethodComparison.Row row(String prefix) {
    return TABLE.rows().stream().filter(r -> r.method().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void everyMethodHasItsRowAndNoneBeatsTheDenseCurveByMoreThanItsSpacing() {
    assertThat(TABLE.rows()).extracting(MethodComparison.Row::method).containsExactly(
        "hypergradient, HOAG", "hypergradient, exact", "grid search, 10 points", "grid search, 30 points",
        "random search, 20 draws", "Bayesian optimisation, 20 evaluations");
    assertThat(TABLE.optimum()).isEqualTo(CURVE.minimum());
    for (MethodComparison.Row r : TABLE.rows()) {
      // The curve's points are 25/159 ≈ 0.16 apart in log λ: its minimum is within a hair of C's.
      assertThat(r.bestValue()).as(r.method()).isGreaterThan(0.995 * TABLE.optimum());
      assertThat(r.gradients()).as(r.method()).isPositive();
    }
  }

  @Test
  void hypergradientsAndBayesianOptimisationReachOnePercentWhereTheGridsDoNot() {
    for (String m : List.of("hypergradient, HOAG", "hypergradient, exact", "Bayesian")) {
      MethodComparison.Row r = row(m);
      assertThat(r.reachedWithin()).as(m).isTrue();
      assertThat(r.bestValue()).as(m).isLessThanOrEqualTo(MethodComparison.WITHIN * TABLE.optimum());
      assertThat(r.gradientsToReach()).as(m).isLessThanOrEqualTo(r.gradients());
    }
    // Lesson 08: the 30-point grid ends 2.5 % above the minimum, the 10-point one 5 %.
    assertThat(row("grid search, 30").reachedWithin()).isFalse();
    assertThat(row("grid search, 10").reachedWithin()).isFalse();
    // Each hypergradient step knows which way to go: far fewer passes than BO's 20 blind solves.
    assertThat(row("hypergradient, HOAG").gradientsToReach()).isLessThan(row("Bayesian").gradientsToReach());
    assertThat(row("Bayesian").runs()).isEqualTo(3);
  }

  @Test
  void mediansCountANeverAsInfinitelyExpensive() {
    assertThat(MethodComparison.median(new double[] {Double.POSITIVE_INFINITY, 1, 3})).isEqualTo(3);
    assertThat(MethodComparison.median(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 3}))
        .isInfinite();
  }
}
