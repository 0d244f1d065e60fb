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

  @Test
  void unreadableClaimsAreRejectedWithTheGrammar() {
    assertThatThrownBy(() -> Claim.parse("GD is great", 3)).hasMessageContaining("claims look like");
    assertThatThrownBy(() -> Claim.parse("LBFGS converges", 3)).hasMessageContaining("unknown optimizer");
  }
}
