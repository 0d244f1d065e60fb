package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;

class OuterLandscapeTest {

  private final HyperProblem sine = HyperProblems.sine();
  private final OuterLandscape c = new OuterLandscape(sine.inner(), OuterObjective.VALIDATION,
      new Unrolled.Loop(UnrolledMethod.GD, 100, 0, new double[sine.inner().dimension()]), -10, 2, 0.01, 2.5);

  @Test
  void pastTheStabilityEdgeTheLandscapeIsNaNNotAnException() {
    // Standardised degree-9 features are nearly collinear: L ≈ 9 (the trace), so η = 2.4 ≫ 2/L.
    assertThat(c.value(new double[] {-5, 2.4})).isNaN();
    assertThat(c.value(new double[] {-5, 0.05})).isFinite();
    Heatmap map = Heatmap.render(c, c.domain(), 30, 30, () -> false);
    int nan = 0;
    for (int argb : map.argb()) {
      if (argb == org.gradientlab.plot.ColorMap.NO_VALUE) {
        nan++;
      }
    }
    assertThat(nan).isBetween(1, 30 * 30 - 1);
  }

  @Test
  void itsGradientIsForwardModeAndMatchesFiniteDifferences() {
    double[] x = {-4, 0.08};
    double[] g = c.gradient(x);
    double[] fd = FiniteDifferences.gradient(c, x, 1e-6);
    assertThat(g[0]).isCloseTo(fd[0], within(1e-6 * (1 + Math.abs(fd[0]))));
    assertThat(g[1]).isCloseTo(fd[1], within(1e-5 * (1 + Math.abs(fd[1]))));
  }

  @Test
  void theJointPathDescendsAndNeverStepsOffTheCliff() {
    List<JointDescent.Point> path = JointDescent.run(c, -8, 0.05, 40);
    assertThat(path.size()).isGreaterThan(5);
    for (int i = 1; i < path.size(); i++) {
      assertThat(path.get(i).value()).isLessThan(path.get(i - 1).value());
      assertThat(Double.isFinite(path.get(i).value())).isTrue();
    }
  }

  @Test
  void theJointPathStaysInsideTheMapsBox() {
    for (double[] start : new double[][] {{-9.5, 0.05}, {1.5, 2.0}, {-2, 0.5}}) {
      for (JointDescent.Point p : JointDescent.run(c, start[0], start[1], 40)) {
        assertThat(p.logLambda()).isBetween(c.domain().xMin(), c.domain().xMax());
        assertThat(p.eta()).isBetween(c.domain().yMin(), c.domain().yMax());
      }
    }
  }
}
