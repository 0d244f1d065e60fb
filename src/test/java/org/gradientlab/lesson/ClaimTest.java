package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;
import org.junit.jupiter.api.Test;

/** Claims checked against runs whose outcome theory fixes: GD on x² from 1, x ← (1 − 2η)x. */
class ClaimTest {

  private final SceneRunner runner = new SceneRunner(LandscapeCatalog.standard());

  private SceneResult parabola(double eta) {
    return runner.run(Scene.initial().withEta(eta));
  }

  private boolean holds(String claim, SceneResult r) {
    return Claim.parse(claim, 1).check(r).holds();
  }

  @Test
  void convergenceClaimsFollowTheFactorOneMinusTwoEta() {
    SceneResult half = parabola(0.5);
    assertThat(holds("GD converges in 1 step", half)).isTrue();
    assertThat(holds("GD is at 0 after 1 step", half)).isTrue();
    assertThat(holds("GD converges within 0 steps", half)).isFalse();
    SceneResult slow = parabola(0.1);
    // |f'(x_k)| = 2·0.8^k ≤ 1e-6 first at k = 66.
    assertThat(holds("GD converges in 66 steps", slow)).isTrue();
    assertThat(holds("GD converges within 65 steps", slow)).isFalse();
    assertThat(holds("GD ends near 0 within 1e-6", slow)).isTrue();
  }

  @Test
  void oscillationAndDivergenceClaims() {
    SceneResult one = parabola(1.0);
    assertThat(holds("GD oscillates", one)).isTrue();
    assertThat(holds("GD is at -1 after 1 step", one)).isTrue();
    assertThat(holds("GD diverges", one)).isFalse();
    SceneResult past = parabola(1.5);
    assertThat(holds("GD diverges at step 21", past)).isTrue();
    assertThat(holds("GD diverges within 20 steps", past)).isFalse();
    assertThat(holds("GD oscillates", past)).isFalse();
    assertThat(holds("the GD edge is 1", past)).isTrue();
    // x ← −2x: the steps grow from the first one; the run is stopped at the bound at step 21.
    assertThat(holds("GD diverges from step 1", past)).isTrue();
    assertThat(holds("GD diverges from step 21", past)).isFalse();
  }

  @Test
  void aRunWhoseBudgetEndsFirstDoesNotConvergeWithinItsSteps() {
    // Factor −0.998: 2 · 0.998^k ≤ 1e-6 needs 7248 steps; the scene runs 100.
    SceneResult slow = parabola(0.999);
    assertThat(holds("GD does not converge within 100 steps", slow)).isTrue();
    assertThat(holds("GD does not converge", slow)).isTrue();
    assertThat(holds("GD keeps running", slow)).isTrue();
    assertThat(holds("GD does not converge within 200 steps", slow)).isFalse();
    assertThat(holds("GD oscillates", slow)).isFalse();
    assertThat(holds("GD diverges", slow)).isFalse();
    // Oscillating at η = 1 is its own verdict, not "does not converge".
    assertThat(holds("GD does not converge", parabola(1.0))).isFalse();
  }

  @Test
  void aClaimAboutAnOptimizerNotRacingFailsWithAReason() {
    Claim.Verdict v = Claim.parse("Adam converges", 1).check(parabola(0.1));
    assertThat(v.holds()).isFalse();
    assertThat(v.actual()).contains("not in this step's race");
  }

  private SceneResult parabola(double eta, int steps) {
    return runner.run(Scene.initial().withEta(eta).withSteps(steps));
  }

  @Test
  void aCoordinatePassesAValueAtTheFirstStepItReachesTheOtherSide() {
    // η = 1.5: x_k = (−2)^k, so |x| first reaches 1000 at k = 10 (2^9 = 512, 2^10 = 1024).
    SceneResult past = parabola(1.5);
    assertThat(holds("GD's |x| passes 1000 at step 10", past)).isTrue();
    assertThat(holds("GD's |x| passes 1000 at step 9", past)).isFalse();
    assertThat(holds("GD's |x| passes 1000 within 10 steps", past)).isTrue();
    assertThat(holds("GD's |x| passes 1000 within 9 steps", past)).isFalse();
    // x flips sign on the first step.
    assertThat(holds("GD's x passes 0 at step 1", past)).isTrue();
    // f = x² = 4^k first reaches 1e6 at k = 10 (4^9 = 262 144, 4^10 = 1 048 576).
    assertThat(holds("GD's f passes 1e6 at step 10", past)).isTrue();
    Claim.Verdict never = Claim.parse("GD's x passes 5 at step 3", 1).check(parabola(0.1));
    assertThat(never.holds()).isFalse();
    assertThat(never.actual()).contains("never passes 5");
  }

  @Test
  void aCoordinateThatNeverCrossesStaysOnItsSide() {
    // η = 0.1: x_k = 0.8^k > 0 for every k; η = 1: x_1 = −1.
    assertThat(holds("GD's x stays above 0", parabola(0.1))).isTrue();
    assertThat(holds("GD's x stays below 1.0001", parabola(0.1))).isTrue();
    Claim.Verdict v = Claim.parse("GD's x stays above 0", 1).check(parabola(1.0));
    assertThat(v.holds()).isFalse();
    assertThat(v.actual()).contains("step 1");
  }

  @Test
  void theFinalValueIsNearAFigureToThePrecisionItIsWrittenIn() {
    // η = 0.25, five steps: x_5 = 0.5^5 = 0.03125, f = x_5² = 0.0009765625.
    SceneResult five = parabola(0.25, 5);
    assertThat(holds("GD ends with f near 0.000977", five)).isTrue();
    assertThat(holds("GD ends with f near 0.00098", five)).isTrue();
    assertThat(holds("GD ends with f near 0.001", five)).isTrue();
    assertThat(holds("GD ends with f near 0.0009", five)).isFalse();
    assertThat(holds("GD ends with f near 0.0009 within 1e-4", five)).isTrue();
    assertThat(holds("GD ends with f near 1e-3", five)).isTrue();
  }

  @Test
  void stepCountsAndTolerancesAreCheckedWhenTheClaimIsRead() {
    assertThatThrownBy(() -> Claim.parse("GD is at 1 after -1 steps", 3)).hasMessageContaining("-1");
    assertThatThrownBy(() -> Claim.parse("GD converges in 3.5 steps", 3)).hasMessageContaining("whole number");
    assertThatThrownBy(() -> Claim.parse("GD's z passes 1 at step 3", 3)).hasMessageContaining("x, y, |x|, |y|, f");
    assertThatThrownBy(() -> Claim.parse("GD ends near 1 within 0", 3)).hasMessageContaining("tolerance");
  }

  @Test
  void unreadableClaimsAreRejectedWithTheGrammar() {
    assertThatThrownBy(() -> Claim.parse("GD is great", 3)).hasMessageContaining("claims look like");
    assertThatThrownBy(() -> Claim.parse("LBFGS converges", 3)).hasMessageContaining("unknown optimizer");
  }

  /**
   * GD-HD on x² from 1 at η₀ = 0.1, β = 0.01: the step from x₀ uses η = 0.1, the step from x₁
   * η = 0.1 + 0.01·1.6·2 = 0.132 (by hand, as in HypergradientOptimizersTest), and η keeps growing
   * while x keeps its sign.
   */
  @Test
  void aHyphenatedOptimizerAndItsLearningRateCanBeClaimed() {
    SceneResult r = runner.run(Scene.initial().withOptimizers(java.util.List.of(
        org.gradientlab.optimizer.GradientDescentHd.KIND, org.gradientlab.optimizer.GradientDescent.KIND))
        .withSettings(Scene.initial().settings().withEverywhere("beta", 0.01)).withEta(0.1).withSteps(10));
    assertThat(holds("GD-HD's η passes 0.13 at step 1", r)).isTrue();
    assertThat(holds("GD-HD's eta stays above 0.099", r)).isTrue();
    assertThat(holds("GD-HD's η stays below 0.131", r)).isFalse();
    Claim.Verdict fixed = Claim.parse("GD's η stays above 0", 1).check(r);
    assertThat(fixed.holds()).isFalse();
    assertThat(fixed.actual()).contains("learning rate is fixed");
  }

  /**
   * The same run: while x keeps its sign (η < ½ keeps x_{t+1} = (1 − 2η)x_t positive) every
   * product of successive gradients is positive, so η only grows from η₁ = 0.132 on: it ends above.
   */
  @Test
  void aLearningRateCanBeClaimedWhereItEnds() {
    SceneResult r = runner.run(Scene.initial().withOptimizers(java.util.List.of(
        org.gradientlab.optimizer.GradientDescentHd.KIND))
        .withSettings(Scene.initial().settings().withEverywhere("beta", 0.01)).withEta(0.1).withSteps(10));
    assertThat(holds("GD-HD's η ends above 0.132", r)).isTrue();
    assertThat(holds("GD-HD's η ends below 0.132", r)).isFalse();
    assertThat(holds("GD-HD's x ends above 0", r)).isTrue();
    assertThat(Claim.parse("GD's η ends below 1", 1).check(r).actual()).contains("not in this step's race");
  }

  @Test
  void aStepSizeClaimReadsEachCoordinatesStepAsTheInsideCaptionShowsIt() throws Exception {
    // Bowl κ = 100, not turned: ∇f = (x, y/100), so at the start (−2.5, 2) g = (−2.5, 0.02). Adam's
    // first m̂ = g, ŝ = g²: the step size η/(|gᵢ| + δ), with η = 0.1 and δ = 1e-8.
    SceneResult r = runner.run(new org.gradientlab.scene.SceneCodec(LandscapeCatalog.standard()).parse(
        "landscape: bowl\nkappa: 100\nrotation: 0\noptimizers: GD, Adagrad, Adam\neta: 0.1\n"
            + "start: -2.5, 2\nsteps: 20", Scene.initial()));
    double y = 0.1 / (0.02 + 1e-8);
    assertThat(holds("Adam's step size in y at step 0 is " + y + " within 1e-9", r)).isTrue();
    assertThat(holds("Adam's step size in x at step 0 is 0.04", r)).isTrue();
    assertThat(holds("Adam's step size in y at step 0 is 4.9", r)).isFalse();
    // Adagrad: r = g², step size η/(δ + √r) with δ = 1e-10.
    assertThat(holds("Adagrad's step size in y at step 0 is 5", r)).isTrue();
    Claim.Verdict gd = Claim.parse("GD's step size in y at step 0 is 0.1", 1).check(r);
    assertThat(gd.holds()).isFalse();
    assertThat(gd.actual()).contains("same step size");
    // A step the scene never takes is refused when the lesson is read.
    assertThat(Claim.parse("Adam's step size in x at step 20 is 1", 1).stepNamed()).isEqualTo(21);
  }

  @Test
  void tunedClaimsPickEachOptimizersBestEtaOfTheTuneEachGrid() {
    // GD on x² from 1: f after 100 steps is (1 − 2η)^200, smallest on the grid 10^(−4 + k/8) at
    // η = 10^(−1/4) ≈ 0.562 (|1 − 2η| = 0.125; the next value down, 0.422, gives 0.157).
    SceneResult r = runner.run(Scene.initial().withOptimizers(java.util.List.of(
        org.gradientlab.optimizer.GradientDescent.KIND, org.gradientlab.optimizer.Newton.KIND)));
    assertThat(holds("tuned GD's η is 0.562", r)).isTrue();
    assertThat(holds("tuned GD's eta is 0.5623 within 1e-4", r)).isTrue();
    assertThat(holds("tuned GD's η is 0.422", r)).isFalse();
    // Newton at η = 1 (on the grid) lands on the minimum in one step: f = 0 beats 0.125^200 > 0.
    assertThat(holds("tuned Newton ends lower than tuned GD", r)).isTrue();
    assertThat(holds("tuned GD ends lower than tuned Newton", r)).isFalse();
    assertThat(holds("tuned Adam ends lower than tuned GD", r)).isFalse(); // Adam is not racing
  }
}
