package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Saddle;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

class NewtonTest {

  @Test
  void atEtaOneItLandsOnTheMinimumOfAnIllConditionedBowlInOneStep() {
    QuadraticBowl bowl = new QuadraticBowl(50, 30);
    Trajectory t = Runner.run(bowl, new Newton(1), new RunSettings(new double[] {-2.5, 2}, 5));
    double[] minimum = bowl.knownMinima().get(0).location();
    assertThat(t.theta(1, 0)).isCloseTo(minimum[0], within(1e-12));
    assertThat(t.theta(1, 1)).isCloseTo(minimum[1], within(1e-12));
    assertThat(t.outcome()).isEqualTo(new Outcome.Converged(1));
    assertThat(t.optimizerStatus()).contains("positive definite at every step");
  }

  @Test
  void onAQuadraticTheErrorShrinksByOneMinusEtaSoTheEdgeIsTwoWhateverTheCurvature() {
    QuadraticBowl bowl = new QuadraticBowl(1000, 0);
    assertThat(new Newton(0.5).stabilityEdge(1000)).isEqualTo(2);
    // e_k = (1 − η)^k e_0 exactly: after 3 steps at η = 0.5 the start is scaled by 1/8.
    Trajectory t = Runner.run(bowl, new Newton(0.5), new RunSettings(new double[] {-2, 1}, 3));
    double[] m = bowl.knownMinima().get(0).location();
    assertThat(t.theta(3, 0) - m[0]).isCloseTo((-2 - m[0]) / 8, within(1e-12));
    assertThat(Runner.run(bowl, new Newton(1.98), new RunSettings(new double[] {-2, 1}, 3000))
        .outcome()).isNotInstanceOf(Outcome.Diverging.class);
    assertThat(Runner.run(bowl, new Newton(2.02), new RunSettings(new double[] {-2, 1}, 3000))
        .outcome()).isInstanceOf(Outcome.Diverging.class);
  }

  @Test
  void whereTheHessianIsIndefiniteItUsesAbsoluteCurvatureAndSaysSo() {
    // f = x² − y², H = diag(2, −2). Plain Newton would jump onto the saddle (0, 0); with |λ| the
    // step is θ − η diag(1/2, 1/2)(2x, −2y) = ((1 − η)x, (1 + η)y): downhill in x and in y.
    Trajectory t = Runner.run(new Saddle(), new Newton(0.5), new RunSettings(new double[] {1, 0.1}, 1));
    assertThat(t.theta(1, 0)).isCloseTo(0.5, within(1e-14));
    assertThat(t.theta(1, 1)).isCloseTo(0.15, within(1e-14));
    assertThat(t.value(1)).isLessThan(t.value(0));
    assertThat(t.optimizerStatus()).contains("not positive definite at 1 of 1 steps").contains("−2");
  }
}
