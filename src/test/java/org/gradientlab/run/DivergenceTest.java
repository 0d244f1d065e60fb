package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;

class DivergenceTest {

  /** f(x) = x⁴ overflows fast: with a huge η the next iterate is ∞ and then NaN. */
  private static final class Quartic implements Objective {
    @Override public String name() { return "x⁴"; }
    @Override public String formula() { return "f(x) = x⁴"; }
    @Override public int dimension() { return 1; }
    @Override public double value(double[] t) { return t[0] * t[0] * t[0] * t[0]; }
    @Override public double valueAndGradient(double[] t, double[] g) {
      g[0] = 4 * t[0] * t[0] * t[0];
      return value(t);
    }
    @Override public void hessian(double[] t, DMatrixRMaj h) {
      h.reshape(1, 1);
      h.set(0, 0, 12 * t[0] * t[0]);
    }
    @Override public Domain domain() { return Domain.interval(-2, 2); }
    @Override public List<Minimum> knownMinima() { return List.of(Minimum.at(0, 0)); }
  }

  @Test
  void aRunThatOverflowsStopsAtTheFirstNonFiniteValueWithoutThrowing() {
    // x₁ = 10 − 1e300 · 4000 = −∞: the iterate is non-finite at step 1; only θ₀ is recorded.
    Trajectory t =
        Runner.run(new Quartic(), GradientDescent.KIND.withDefaults(1e300),
            new RunSettings(new double[] {10}, 100, 1, new Tolerances(1e-6, 1e-6, 1e300, 1e300)));
    // Nothing to measure a growth on: one iterate, growth NaN.
    assertThat(t.outcome())
        .isEqualTo(new Outcome.Diverging(1, Double.NaN, new Outcome.Exit(1, Outcome.Reason.NON_FINITE)));
    assertThat(t.length()).isEqualTo(1);
    assertThat(t.theta(0, 0)).isEqualTo(10.0);
  }

  @Test
  void everyOptimizerSurvivesAbsurdLearningRatesAndRecordsOnlyFiniteNumbers() {
    for (OptimizerKind kind : OptimizerCatalog.standard().kinds()) {
      for (double eta : new double[] {10, 1e3, 1e100, Double.MAX_VALUE}) {
        for (Objective f : List.of(new Parabola(), new Rosenbrock(), new Quartic())) {
          double[] start = f.dimension() == 1 ? new double[] {1.3} : new double[] {-1.5, 2};
          assertThatCode(() -> {
                Trajectory t = Runner.run(f, kind.withDefaults(eta), new RunSettings(start, 500));
                for (int k = 0; k < t.length(); k++) {
                  assertThat(Double.isFinite(t.value(k))).isTrue();
                  assertThat(Double.isFinite(t.gradientNorm(k))).isTrue();
                  for (int i = 0; i < t.dimension(); i++) {
                    assertThat(Double.isFinite(t.theta(k, i))).isTrue();
                  }
                }
              })
              .as("%s η=%s on %s", kind, eta, f.name())
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  void gdOnRosenbrockWithATooLargeStepDiverges() {
    // At (−1.5, 2) the Hessian's largest eigenvalue is ≈ 2.5e3, so η = 0.01 is far past 2/L.
    Trajectory t = Runner.run(new Rosenbrock(), GradientDescent.KIND.withDefaults(0.01),
        new RunSettings(new double[] {-1.5, 2}, 1000));
    assertThat(t.outcome()).isInstanceOf(Outcome.Diverging.class);
  }
}
