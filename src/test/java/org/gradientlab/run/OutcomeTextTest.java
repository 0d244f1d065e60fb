package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Parabola;
import org.gradientlab.optimizer.GradientDescent;
import org.junit.jupiter.api.Test;

/** The sentences a student reads, for runs of GD on x² from x = 1 where x_k = (1 − 2η)^k. */
class OutcomeTextTest {

  private static Trajectory parabola(double eta, int steps) {
    return Runner.run(new Parabola(), new GradientDescent(eta), new RunSettings(new double[] {1}, steps));
  }

  @Test
  void aRunWhoseBudgetEndedIsNotConvergedNotRunning() {
    // f = 0.998^200 = 0.6701, |f'| = 2 · 0.998^100 = 1.637; 7148 more steps to |f'| ≤ 1e-6.
    String s = OutcomeText.summary(parabola(0.999, 100));
    assertThat(s).isEqualTo(
        "not converged after 100 steps · f = 0.6701, ‖∇f‖ = 1.637 · ≈ 7100 more steps at this rate");
    assertThat(s).doesNotContain("running");
  }

  @Test
  void aDivergingRunSaysWhenItsGrowthStartedApartFromWhenItLeftTheViewAndWhenItWasStopped() {
    // x_k = (−1.1)^k leaves [−a, a] at the first k with 1.1^k > a; the bound stops it later.
    Domain view = new Parabola().domain();
    int left = (int) Math.floor(Math.log(view.xMax()) / Math.log(1.1)) + 1;
    double bound = Runner.divergenceBound(view, Tolerances.DEFAULT);
    int stopped = (int) Math.ceil(Math.log(bound) / Math.log(1.1));
    assertThat(OutcomeText.summary(parabola(1.05, 1000), view)).isEqualTo(
        "diverging ×1.1 per step from step 1 · left the view at step " + left
            + " · stopped at step " + stopped + ": far outside the landscape");
  }

  @Test
  void withoutAViewThereIsNoClaimAboutLeavingIt() {
    assertThat(OutcomeText.summary(parabola(1.05, 1000))).doesNotContain("view");
  }

  @Test
  void learningRateOneOscillatesWithAmplitudeOne() {
    assertThat(OutcomeText.summary(parabola(1, 100)))
        .isEqualTo("oscillating (bounded): amplitude 1 between −1 and 1 · f = 1");
  }

  @Test
  void smallGrowthIsSaidInPercentNotAsTimesOne() {
    // ×1.0002 per step would print as "×1".
    assertThat(OutcomeText.summary(parabola(1.0001, 300)))
        .startsWith("diverging +0.02 % per step from step 1");
  }

  @Test
  void aConvergedRunSaysInHowManySteps() {
    assertThat(OutcomeText.summary(parabola(0.5, 100))).isEqualTo("converged in 1 step · f = 0");
  }

  @Test
  void playbackSaysRunningOnlyWhilePlaying() {
    Trajectory t = parabola(0.25, 100); // x_k = 0.5^k, f = 0.25^k
    assertThat(OutcomeText.playback(t, 2, true)).isEqualTo("running · step 2 of 100 · f = 0.0625");
    assertThat(OutcomeText.playback(t, 2, false)).isEqualTo("paused at step 2 of 100 · f = 0.0625");
  }
}
