package org.gradientlab.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.objective.Minimum;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.stability.Stability;
import org.junit.jupiter.api.Test;

class FormulaObjectiveTest {

  private static FormulaObjective objective(String text) {
    return new FormulaObjective(FormulaParserTest.parse(text), 3);
  }

  @Test
  void aTypedBowlHasItsMinimumAndStabilityEdgeFromTheHessian() {
    FormulaObjective f = objective("x^2 + 10*y^2");
    assertThat(f.dimension()).isEqualTo(2);
    List<Minimum> minima = f.knownMinima();
    assertThat(minima).hasSize(1);
    assertThat(minima.get(0).coordinate(0)).isCloseTo(0, within(1e-9));
    assertThat(minima.get(0).coordinate(1)).isCloseTo(0, within(1e-9));
    // L = 20: GD is stable below 2/20 = 0.1.
    assertThat(Stability.atMinimumNearest(f, new double[] {1, 1}).orElseThrow().gradientDescentEdge())
        .isCloseTo(0.1, within(1e-12));
  }

  @Test
  void aDoubleWellHasTwoMinima() {
    FormulaObjective f = objective("(x^2 - 1)^2");
    assertThat(f.dimension()).isEqualTo(1);
    assertThat(f.knownMinima()).extracting(m -> Math.round(m.coordinate(0)))
        .containsExactlyInAnyOrder(-1L, 1L);
  }

  @Test
  void gradientDescentOnATypedParabolaBehavesLikeTheBuiltInOne() {
    var t = Runner.run(objective("x^2"), new GradientDescent(1.0), new RunSettings(new double[] {1}, 20));
    for (int k = 0; k < t.length(); k++) {
      assertThat(t.theta(k, 0)).isEqualTo(k % 2 == 0 ? 1.0 : -1.0);
    }
    assertThat(t.outcome()).isInstanceOf(Outcome.Oscillating.class);
  }

  @Test
  void undefinedRegionsAreValuesAndAWarningNotAnException() {
    FormulaObjective f = objective("log(x) + y^2");
    assertThat(f.value(new double[] {-1, 0})).isNaN();
    assertThat(f.warning()).contains("undefined on");
    assertThat(objective("x^2 + y^2").warning()).isEmpty();
    var t = Runner.run(f, new GradientDescent(5), new RunSettings(new double[] {0.5, 1}, 50));
    assertThat(t.outcome()).isInstanceOf(Outcome.Diverging.class);
  }
}
