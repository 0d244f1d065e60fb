package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

/** Looking inside an optimizer shows the step the run took, with the optimizer's own formula. */
class StepAnatomyTest {

  @Test
  void everyOptimizersAnatomyOfStepKIsTheTrajectorysStepK() {
    RunSettings settings = new RunSettings(new double[] {-1.5, 2}, 40);
    for (OptimizerKind kind : OptimizerCatalog.standard().kinds()) {
      OptimizerConfig c = kind.withDefaults(kind.needsHessian() ? 0.5 : 1e-3);
      Trajectory t = Runner.run(new Rosenbrock(), c, settings);
      for (int k : new int[] {0, 7, 39}) {
        StepAnatomy a = Runner.anatomyAt(new Rosenbrock(), c, settings, LearningRateSchedule.CONSTANT, k);
        if (k >= t.lastStep()) {
          // A run that stopped before step k (GD-HD's η explodes on Rosenbrock's steep walls at
          // its default β) has no step k on screen to look inside.
          continue;
        }
        for (int i = 0; i < 2; i++) {
          assertThat(a.step()[i]).as(kind.label() + " step " + k)
              .isCloseTo(t.theta(k + 1, i) - t.theta(k, i), within(1e-12));
        }
        assertThat(a.rule()).isNotBlank();
      }
    }
  }

  /** By hand on ½(x² + y²/4) from (1, 2): the first Adam step has m̂ = g, ŝ = g⊙g, so Δθ ≈ −η·sign(g). */
  @Test
  void adamsFirstStepMovesEachCoordinateByAboutEtaWhateverItsGradient() {
    QuadraticBowl bowl = new QuadraticBowl(4, 0);
    StepAnatomy a = Runner.anatomyAt(bowl, Adam.withDefaults(0.1), new RunSettings(new double[] {1, 2}, 5),
        LearningRateSchedule.CONSTANT, 0);
    double[] g = bowl.gradient(new double[] {1, 2});
    assertThat(a.vectors().get("m̂")).containsExactly(g[0], g[1]);
    assertThat(a.coordinateSteps()[0]).isCloseTo(0.1 / Math.abs(g[0]), within(1e-6));
    assertThat(a.step()[0]).isCloseTo(-0.1, within(1e-6));
    assertThat(a.step()[1]).isCloseTo(-0.1, within(1e-6));
  }

  @Test
  void nesterovShowsTheLookAheadPointItTookTheGradientAt() {
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    RunSettings s = new RunSettings(new double[] {-2.5, 2}, 5);
    Nesterov c = new Nesterov(0.5, 0.9);
    Trajectory t = Runner.run(bowl, c, s);
    StepAnatomy first = Runner.anatomyAt(bowl, c, s, LearningRateSchedule.CONSTANT, 0);
    StepAnatomy second = Runner.anatomyAt(bowl, c, s, LearningRateSchedule.CONSTANT, 1);
    // v₀ = 0: the first look-ahead is θ₀; then θ₁ − ηα·v₁ with v₁ = g₀.
    assertThat(first.lookAhead()).containsExactly(t.theta(0));
    double[] v1 = first.vectors().get("v");
    assertThat(second.lookAhead()[0]).isCloseTo(t.theta(1, 0) - 0.5 * 0.9 * v1[0], within(1e-12));
    assertThat(second.gradient()).containsExactly(bowl.gradient(second.lookAhead()));
  }

  /** By hand on x² from 1 with η₀ = 0.1, β = 0.01: step 1 has h = 1.6·(−2) = −3.2, η = 0.132. */
  @Test
  void gdHdShowsTheHypergradientThatMovedEtaAndTheStepItTookWithIt() {
    StepAnatomy a = Runner.anatomyAt(new org.gradientlab.objective.Parabola(), new GradientDescentHd(0.1, 0.01),
        new RunSettings(new double[] {1}, 5), LearningRateSchedule.CONSTANT, 1);
    assertThat(a.gradient()[0]).isCloseTo(1.6, within(1e-15));
    assertThat(a.step()[0]).isCloseTo(-0.132 * 1.6, within(1e-15));
    assertThat(a.rule()).startsWith("h = −3.2, η ← 0.1 − 0.01·h = 0.132");
  }
}
