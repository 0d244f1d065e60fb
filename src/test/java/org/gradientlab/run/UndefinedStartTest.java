package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.formula.FormulaObjective;
import org.gradientlab.formula.FormulaParser;
import org.gradientlab.formula.ParseResult;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.Test;

class UndefinedStartTest {

  private static Objective formula(String text) {
    return new FormulaObjective(((ParseResult.Parsed) FormulaParser.parse(text)).formula(), 3);
  }

  private static Trajectory run(Objective f, double... start) {
    return Runner.run(f, new GradientDescent(0.1), new RunSettings(start, 100, 1, Tolerances.DEFAULT));
  }

  @Test
  void logOfANegativeStartSaysSoAndKeepsTheStartAsTheOnlyIterate() {
    Trajectory t = run(formula("log(x)"), -2.5);
    assertThat(t.outcome()).isEqualTo(new Outcome.Undefined("f", "log of a negative number"));
    assertThat(OutcomeText.verdict(t.outcome())).isEqualTo("f is undefined at the start: log of a negative number");
    assertThat(OutcomeText.summary(t)).isEqualTo("f is undefined at the start: log of a negative number");
    assertThat(OutcomeText.category(t.outcome())).isEqualTo("diverged");
    assertThat(t.length()).isEqualTo(1);
    assertThat(t.theta(0)).containsExactly(-2.5);
    assertThat(t.finalValue()).isNaN();
  }

  @Test
  void theInnermostFailingOperationIsNamedAlsoThroughTheL2Term() {
    Objective f = RegularizedObjective.of(formula("sqrt(x)+y^2"), 0.5);
    assertThat(run(f, -2.5, 2).outcome()).isEqualTo(new Outcome.Undefined("f", "sqrt of a negative number"));
  }

  @Test
  void aFiniteValueWithAnInfiniteSlopeBlamesTheGradient() {
    // d/dx sqrt(x) = 1/(2 sqrt(x)) = ∞ at x = 0, while f(0, 1) = 1.
    assertThat(run(formula("sqrt(x)+y^2"), 0, 1).outcome())
        .isEqualTo(new Outcome.Undefined("∇f", "the slope of sqrt is infinite at 0"));
  }

  @Test
  void aStartSoFarOutThatFOverflowsSaysSo() {
    Trajectory t = run(new Parabola(), 1e308); // (1e308)² > Double.MAX_VALUE ≈ 1.8e308
    assertThat(t.outcome()).isInstanceOf(Outcome.Undefined.class);
    assertThat(OutcomeText.verdict(t.outcome())).startsWith("f is undefined at the start: f overflows to ∞");
  }

  @Test
  void aDivergenceAfterTheFirstStepIsStillADivergence() {
    // x_{k+1} = (1 − 2η) x_k with η = 1e200: x₁ = −2e200·x₀ overflows f at step 1 (or leaves the bound).
    Trajectory t = Runner.run(new Parabola(), new GradientDescent(1e200),
        new RunSettings(new double[] {1}, 10, 1, Tolerances.DEFAULT));
    assertThat(t.outcome()).isInstanceOf(Outcome.Diverging.class);
  }
}
