package org.gradientlab.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every landscape the catalog offers, at its defaults and at other parameter values, has an exact
 * gradient and Hessian (against central differences) and minima that are minima. The list comes from
 * {@link LandscapeCatalog#standard()}, so a new landscape is checked the day it is registered.
 */
class ObjectiveDerivativesTest {

  /** The L2 weight every landscape is also checked with: f(θ) + (λ/2)‖θ‖² adds λθ and λI. */
  private static final double LAMBDA = 0.7;

  /**
   * Typed formulas beside the catalog's default for a text parameter (used where its check accepts
   * them): smooth everywhere, one of them 1-D, so finite differences are a fair referee anywhere in
   * the domain.
   */
  private static final List<String> SAMPLE_TEXTS = List.of(
      "sin(x)*cos(y) + 0.1*(x^2 + y^2)",
      "x^4 - 3*x^2 + x",
      "exp(-(x^2 + y^2)/4)*x + tanh(x - y)^2",
      "log(1 + x^2*y^2) + (x - 1)^2");

  static Stream<Arguments> objectives() {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    List<Arguments> cases = new ArrayList<>();
    for (LandscapeEntry e : catalog.entries()) {
      LandscapeSpec defaults = catalog.defaults(e.id());
      cases.add(Arguments.of(label(defaults), catalog.build(defaults)));
      cases.add(Arguments.of(label(defaults) + " + λ‖θ‖²/2",
          RegularizedObjective.of(catalog.build(defaults), LAMBDA)));
      for (ParameterSpec p : e.parameters()) {
        for (String v : otherValues(p)) {
          LandscapeSpec spec = defaults.with(p.name(), v);
          cases.add(Arguments.of(label(spec), catalog.build(spec)));
        }
      }
    }
    // Beyond the catalog: a constructor it does not reach (a bowl centred away from the origin).
    cases.add(Arguments.of("bowl centred at (1.5, -0.5)", new QuadraticBowl(100, -75, 1.5, -0.5)));
    return cases.stream();
  }

  /** Values other than the default, one parameter at a time: the ends of a range and a middle. */
  static List<String> otherValues(ParameterSpec p) {
    Set<String> values = new LinkedHashSet<>();
    switch (p.type()) {
      case NUMBER -> {
        double middle = p.logScale() ? Math.sqrt(p.min() * p.max()) : (p.min() + p.max()) / 2;
        for (double v : new double[] {p.min(), middle, p.max()}) {
          values.add(Double.toString(v));
        }
        values.remove(Double.toString(Double.parseDouble(p.defaultValue())));
      }
      case CHOICE -> values.addAll(p.choices());
      case TEXT -> SAMPLE_TEXTS.stream().filter(t -> p.problem(t) == null).forEach(values::add);
    }
    values.remove(p.defaultValue());
    return List.copyOf(values);
  }

  private static String label(LandscapeSpec spec) {
    return spec.parameters().isEmpty() ? spec.id() : spec.id() + " " + spec.parameters();
  }

  @Test
  void everyLandscapeAndEveryParameterIsCovered() {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    List<String> labels = objectives().map(a -> (String) a.get()[0]).toList();
    for (LandscapeEntry e : catalog.entries()) {
      assertThat(labels).as(e.id()).anyMatch(l -> l.startsWith(e.id()));
      for (ParameterSpec p : e.parameters()) {
        assertThat(otherValues(p)).as("%s.%s has values besides its default", e.id(), p.name())
            .isNotEmpty();
      }
    }
    assertThat(labels).contains("bowl {kappa=1000.0, rotation=30.0}", "bowl {kappa=10.0, rotation=-90.0}",
        "formula {f=x^4 - 3*x^2 + x, range=3.0}", "formula {f=x^2 + 10*y^2, range=100.0}");
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
