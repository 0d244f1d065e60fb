package org.gradientlab.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectiveDerivativesTest {

  static Stream<Arguments> objectives() {
    return Stream.of(
            new Parabola(),
            new QuadraticBowl(1, 0),
            new QuadraticBowl(10, 30),
            new QuadraticBowl(100, -75, 1.5, -0.5),
            new Rosenbrock(),
            new Saddle(),
            new Himmelblau(),
            new Beale(),
            new Rastrigin(),
            RegularizedObjective.of(new Rosenbrock(), 0.7),
            RegularizedObjective.of(new Parabola(), 3))
        .map(o -> Arguments.of(o.name(), o));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectives")
  void gradientAgreesWithCentralDifferencesAtRandomPoints(String name, Objective f) {
    Random random = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      double[] theta = randomPointIn(f, random);
      double[] analytic = new double[f.dimension()];
      double value = f.valueAndGradient(theta, analytic);
      double[] numeric = FiniteDifferences.gradient(f, theta, 1e-5);
      assertThat(value).isCloseTo(f.value(theta), within(1e-13 * (1 + Math.abs(value))));
      for (int i = 0; i < analytic.length; i++) {
        double scale = 1 + Math.abs(numeric[i]) + Math.abs(value) * 1e-3;
        assertThat(analytic[i]).as("∂f/∂θ%d at %s", i, java.util.Arrays.toString(theta))
            .isCloseTo(numeric[i], within(1e-6 * scale));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectives")
  void hessianAgreesWithCentralDifferencesOfTheGradient(String name, Objective f) {
    Random random = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      double[] theta = randomPointIn(f, random);
      DMatrixRMaj analytic = f.hessian(theta);
      DMatrixRMaj numeric = FiniteDifferences.hessian(f, theta, 1e-5);
      for (int i = 0; i < f.dimension(); i++) {
        for (int j = 0; j < f.dimension(); j++) {
          double scale = 1 + Math.abs(numeric.get(i, j));
          assertThat(analytic.get(i, j)).as("H[%d][%d]", i, j)
              .isCloseTo(numeric.get(i, j), within(1e-5 * scale));
          assertThat(analytic.get(i, j)).as("symmetric").isEqualTo(analytic.get(j, i));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectives")
  void knownMinimaAreStationaryPointsWithPositiveCurvature(String name, Objective f) {
    for (Minimum m : f.knownMinima()) {
      double[] g = f.gradient(m.location());
      for (double gi : g) {
        assertThat(gi).isCloseTo(0, within(1e-9));
      }
      assertThat(f.value(m.location())).isCloseTo(m.value(), within(1e-12));
      assertThat(MinimumFinder.isLocalMinimum(f, m.location())).isTrue();
    }
  }

  private static double[] randomPointIn(Objective f, Random random) {
    Domain d = f.domain();
    double[] theta = new double[f.dimension()];
    theta[0] = d.xMin() + random.nextDouble() * d.width();
    if (theta.length > 1) {
      theta[1] = d.yMin() + random.nextDouble() * d.height();
    }
    return theta;
  }
}
