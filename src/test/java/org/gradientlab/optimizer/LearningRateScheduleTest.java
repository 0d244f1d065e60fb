package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.Parabola;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

/** Schedules against torch.optim.lr_scheduler's formulas, and runs against hand-computed steps. */
class LearningRateScheduleTest {

  private static LearningRateSchedule of(LearningRateSchedule.Kind k, double g, int every, double min, int w) {
    return new LearningRateSchedule(k, g, every, min, w);
  }

  @Test
  void eachScheduleFollowsItsTorchFormula() {
    LearningRateSchedule step = of(LearningRateSchedule.Kind.STEP, 0.5, 3, 0, 0); // StepLR(3, 0.5)
    double[] stepLr = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025};
    for (int t = 0; t < stepLr.length; t++) {
      assertThat(step.at(0.1, t, 100)).isCloseTo(stepLr[t], within(1e-15));
    }
    LearningRateSchedule exp = of(LearningRateSchedule.Kind.EXPONENTIAL, 0.9, 1, 0, 0);
    assertThat(exp.at(0.1, 3, 100)).isCloseTo(0.1 * 0.729, within(1e-15));
    LearningRateSchedule inv = of(LearningRateSchedule.Kind.INVERSE_TIME, 0.5, 1, 0, 0);
    assertThat(inv.at(0.1, 4, 100)).isCloseTo(0.1 / 3, within(1e-15));
    LearningRateSchedule cos = of(LearningRateSchedule.Kind.COSINE, 0.5, 1, 0.01, 0); // T_max = N = 10
    assertThat(cos.at(0.1, 0, 10)).isCloseTo(0.1, within(1e-15));
    assertThat(cos.at(0.1, 5, 10)).isCloseTo(0.055, within(1e-15));
    assertThat(cos.at(0.1, 10, 10)).isCloseTo(0.01, within(1e-15));
    LearningRateSchedule warm = of(LearningRateSchedule.Kind.CONSTANT, 0.5, 1, 0, 4);
    assertThat(warm.at(0.2, 0, 100)).isCloseTo(0.05, within(1e-15));
    assertThat(warm.at(0.2, 3, 100)).isCloseTo(0.2, within(1e-15));
    assertThat(warm.at(0.2, 4, 100)).isCloseTo(0.2, within(1e-15));
    assertThat(LearningRateSchedule.CONSTANT.isConstant()).isTrue();
    assertThat(warm.isConstant()).isFalse();
  }

  /** GD on f = x² multiplies x by (1 − 2η_k) at step k. */
  @Test
  void gradientDescentUnderAScheduleTakesEachStepWithThatStepsEta() {
    LearningRateSchedule exp = of(LearningRateSchedule.Kind.EXPONENTIAL, 0.8, 1, 0, 0);
    Trajectory t = Runner.run(new Parabola(), new GradientDescent(0.3), new RunSettings(new double[] {1}, 5), exp);
    double x = 1;
    for (int k = 0; k < 5; k++) {
      assertThat(t.learningRate(k)).isCloseTo(0.3 * Math.pow(0.8, k), within(1e-15));
      x *= 1 - 2 * 0.3 * Math.pow(0.8, k);
      assertThat(t.theta(k + 1, 0)).isCloseTo(x, within(1e-15));
    }
  }

  /** GD-HD sets its own η: a schedule in the same race leaves its run exactly as without one. */
  @Test
  void anOptimizerThatAdaptsItsOwnEtaIgnoresTheScheduleAndReportsItsOwnSeries() {
    LearningRateSchedule exp = of(LearningRateSchedule.Kind.EXPONENTIAL, 0.8, 1, 0, 0);
    RunSettings s = new RunSettings(new double[] {1}, 5);
    Trajectory scheduled = Runner.run(new Parabola(), new GradientDescentHd(0.1, 0.01), s, exp);
    Trajectory plain = Runner.run(new Parabola(), new GradientDescentHd(0.1, 0.01), s);
    for (int k = 0; k <= 5; k++) {
      assertThat(scheduled.theta(k, 0)).isEqualTo(plain.theta(k, 0));
      assertThat(scheduled.learningRate(k)).isEqualTo(plain.learningRate(k));
    }
    assertThat(scheduled.learningRate(1)).isCloseTo(0.132, within(1e-15));
  }

  /** Heavy ball keeps its velocity across a change of η: v ← αv + g, θ ← θ − η_k v (as torch does). */
  @Test
  void momentumKeepsItsVelocityWhenTheStepScheduleCutsEta() {
    LearningRateSchedule step = of(LearningRateSchedule.Kind.STEP, 0.5, 2, 0, 0);
    Trajectory t = Runner.run(new Parabola(), new Momentum(0.1, 0.5), new RunSettings(new double[] {1}, 3), step);
    double x = 1;
    double v = 0;
    double[] etas = {0.1, 0.1, 0.05};
    for (int k = 0; k < 3; k++) {
      v = 0.5 * v + 2 * x;
      x -= etas[k] * v;
      assertThat(t.theta(k + 1, 0)).isCloseTo(x, within(1e-15));
    }
  }

  /** At η = 1, |1 − 2η| = 1: GD oscillates for ever; once a decaying η is below 1 it contracts. */
  @Test
  void aDecayingEtaLetsGradientDescentSettleWhereAConstantOneOscillates() {
    RunSettings s = new RunSettings(new double[] {1}, 2000);
    assertThat(Runner.run(new Parabola(), new GradientDescent(1), s).outcome())
        .isInstanceOf(Outcome.Oscillating.class);
    Trajectory decayed = Runner.run(new Parabola(), new GradientDescent(1), s,
        of(LearningRateSchedule.Kind.EXPONENTIAL, 0.99, 1, 0, 0));
    assertThat(decayed.outcome()).isInstanceOf(Outcome.Converged.class);
  }
}
