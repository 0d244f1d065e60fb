package org.gradientlab.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.objective.Saddle;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.Nesterov;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StabilityTest {

  private static final double[] START = {2.5, -1.5};

  private static Outcome run(QuadraticBowl bowl, OptimizerConfig config) {
    Trajectory t = Runner.run(bowl, config, new RunSettings(START, 3000));
    return t.outcome();
  }

  @Test
  void theParabolaEdgeIsOne() {
    StabilityEdges edges = Stability.at(new Parabola(), new double[] {0.3});
    assertThat(edges.largestCurvature()).isEqualTo(2.0);
    assertThat(edges.gradientDescentEdge()).isEqualTo(1.0);
  }

  @Test
  void rosenbrockAtItsMinimumHasTheTextbookCurvature() {
    // H(1, 1) = [[802, −400], [−400, 200]]: eigenvalues 501 ± √(301² + 400²) = 501 ± 500.6…
    StabilityEdges edges = Stability.atMinimumNearest(new Rosenbrock(), new double[] {0, 0}).orElseThrow();
    double root = Math.sqrt(301.0 * 301 + 400.0 * 400);
    assertThat(edges.largestCurvature()).isCloseTo(501 + root, within(1e-9));
    assertThat(edges.smallestCurvature()).isCloseTo(501 - root, within(1e-9));
    assertThat(edges.gradientDescentEdge()).isCloseTo(2 / (501 + root), within(1e-15));
  }

  @Test
  void aSaddleHasNoMinimumToMeasureAt() {
    assertThat(Stability.atMinimumNearest(new Saddle(), START)).isEmpty();
    StabilityEdges atOrigin = Stability.at(new Saddle(), new double[] {0, 0});
    assertThat(atOrigin.conditionNumber()).isInfinite();
  }

  @ParameterizedTest(name = "κ = {0}, rotated {1}°")
  @CsvSource({"1, 0", "4, 30", "10, 60", "50, -20"})
  void gradientDescentConvergesJustBelowTwoOverLAndDivergesJustAbove(double kappa, double angle) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, angle);
    double edge = Stability.at(bowl, START).gradientDescentEdge();
    assertThat(edge).isCloseTo(2, within(1e-12));
    assertThat(run(bowl, new GradientDescent(0.98 * edge))).isInstanceOf(Outcome.Converged.class);
    assertThat(run(bowl, new GradientDescent(1.02 * edge))).isInstanceOf(Outcome.Diverging.class);
  }

  @ParameterizedTest(name = "α = {0}")
  @ValueSource(doubles = {0.0, 0.5, 0.9})
  void momentumEdgeIsTwoTimesOnePlusAlphaOverL(double alpha) {
    QuadraticBowl bowl = new QuadraticBowl(4, 30);
    double edge = Stability.at(bowl, START).momentumEdge(alpha);
    assertThat(edge).isCloseTo(2 * (1 + alpha), within(1e-12));
    assertThat(run(bowl, new Momentum(0.98 * edge, alpha))).isInstanceOf(Outcome.Converged.class);
    assertThat(run(bowl, new Momentum(1.02 * edge, alpha))).isInstanceOf(Outcome.Diverging.class);
  }

  @ParameterizedTest(name = "α = {0}")
  @ValueSource(doubles = {0.0, 0.5, 0.9})
  void nesterovEdgeIsTwoTimesOnePlusAlphaOverOnePlusTwoAlphaL(double alpha) {
    QuadraticBowl bowl = new QuadraticBowl(4, 30);
    double edge = Stability.at(bowl, START).nesterovEdge(alpha);
    assertThat(edge).isCloseTo(2 * (1 + alpha) / (1 + 2 * alpha), within(1e-12));
    assertThat(run(bowl, new Nesterov(0.98 * edge, alpha))).isInstanceOf(Outcome.Converged.class);
    assertThat(run(bowl, new Nesterov(1.02 * edge, alpha))).isInstanceOf(Outcome.Diverging.class);
  }
}
