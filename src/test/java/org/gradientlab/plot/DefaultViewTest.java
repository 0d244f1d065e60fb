package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Tolerances;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

class DefaultViewTest {

  private static Trajectory gd(org.gradientlab.objective.Objective f, double eta, int steps, double... start) {
    return Runner.run(f, new GradientDescent(eta), new RunSettings(start, steps, 1, Tolerances.DEFAULT));
  }

  @Test
  void aRunThatStaysInsideKeepsTheLandscapesOwnDomain() {
    Parabola f = new Parabola();
    Trajectory t = gd(f, 0.1, 100, 1);
    assertThat(DefaultView.of(f, new double[] {1}, List.of(t))).isEqualTo(f.domain());
  }

  @Test
  void lessonOnesDivergenceAtEtaOneAndAHalfShowsThreeIteratesPastTheEdge() {
    // x_k = (1 − 2η)^k x₀ = (−2)^k: 1, −2, 4, −8, 16 … on the domain [−1.6, 1.6]. The first
    // iterate outside is x₁ = −2; two more (4, −8) must show, which needs 8 ≤ 0.95 · 1.6 · F:
    // F = 8, the view [−12.8, 12.8].
    Parabola f = new Parabola();
    Trajectory t = gd(f, 1.5, 40, 1);
    Domain view = DefaultView.of(f, new double[] {1}, List.of(t));
    assertThat(view.xMin()).isEqualTo(-12.8, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(view.xMax()).isEqualTo(12.8, org.assertj.core.api.Assertions.within(1e-12));
    for (int k = 0; k <= 3; k++) {
      assertThat(view.contains(t.theta(k, 0), view.centerY())).as("x_%d", k).isTrue();
    }
    assertThat(view.contains(t.theta(4, 0), view.centerY())).isFalse();
  }

  @Test
  void aSlowDivergenceZoomsOutOnlyAsFarAsItsFirstStepsOutsideNeed() {
    // η = 1.05: x_k = (−1.1)^k; |x_k| passes 1.6 at k = 5 (1.61); x_7 = −1.95 needs F = 2.
    Parabola f = new Parabola();
    Trajectory t = gd(f, 1.05, 400, 1);
    Domain view = DefaultView.of(f, new double[] {1}, List.of(t));
    assertThat(view.xMax()).isEqualTo(3.2, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void aRunThatJumpsFarBeyondEightDomainsIsLeftToItsExitArrow() {
    QuadraticBowl f = new QuadraticBowl(10, 30);
    double[] start = {-2.5, 2};
    Trajectory t = Runner.run(f, Adam.withDefaults(1e6), new RunSettings(start, 1000, 1, Tolerances.DEFAULT));
    assertThat(Math.abs(t.theta(1, 0))).isGreaterThan(8 * f.domain().width());
    assertThat(DefaultView.of(f, start, List.of(t))).isEqualTo(f.domain());
  }

  @Test
  void aStartOutsideTheDomainIsShown() {
    QuadraticBowl f = new QuadraticBowl(1, 0);
    double[] start = {1.5 * f.domain().xMax(), 0};
    Trajectory t = gd(f, 0.5, 100, start);
    Domain view = DefaultView.of(f, start, List.of(t));
    assertThat(view).isEqualTo(f.domain().zoomedAbout(f.domain().centerX(), f.domain().centerY(), 2));
  }
}
