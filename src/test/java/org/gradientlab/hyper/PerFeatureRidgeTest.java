package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Ridge on the diabetes data with one λ per feature: the vector hypergradient from one linear
 * solve against finite differences, against the closed form dw/dλⱼ = −(G + diag λ)⁻¹eⱼwⱼ, and
 * against the scalar hypergradient when every λⱼ is equal; and descent on log λ ∈ ℝ¹⁰ going below
 * the best single λ.
 */
class PerFeatureRidgeTest {

  private final HyperProblem diabetes = HyperProblems.diabetes();
  private final RidgeProblem ridge = (RidgeProblem) diabetes.inner();
  private final PerFeatureRidge pf = new PerFeatureRidge(ridge, diabetes.logMin(), diabetes.logMax());
  private final double[] s = {-1, 0.5, -3, -2, 1, 0, -0.5, 2, -1.5, 0.3};

  @Test
  void theWeightsAreTheClosedFormSolve() {
    DMatrixRMaj a = ridge.gram();
    for (int j = 0; j < 10; j++) {
      a.add(j, j, Math.exp(s[j]));
    }
    DMatrixRMaj w = new DMatrixRMaj(10, 1);
    CommonOps_DDRM.solve(a, new DMatrixRMaj(10, 1, true, ridge.moment()), w);
    double[] got = pf.evaluate(s, false).weights();
    for (int j = 0; j < 10; j++) {
      assertThat(got[j]).isCloseTo(w.get(j), within(1e-9 * (1 + Math.abs(w.get(j)))));
    }
  }

  @Test
  void theVectorHypergradientMatchesFiniteDifferencesAndTheClosedForm() {
    PerFeatureRidge.Evaluation e = pf.evaluate(s, true);
    double[] w = e.weights();
    DMatrixRMaj a = ridge.gram();
    for (int j = 0; j < 10; j++) {
      a.add(j, j, Math.exp(s[j]));
    }
    DMatrixRMaj inv = new DMatrixRMaj(10, 10);
    CommonOps_DDRM.invert(a, inv);
    double[] gv = new double[10];
    ridge.validationValueAndGradient(w, gv);
    double h = 1e-5;
    for (int j = 0; j < 10; j++) {
      // closed form: dC/d log λⱼ = λⱼ ∇L_valᵀ dw/dλⱼ, dw/dλⱼ = −A⁻¹eⱼwⱼ (column j of A⁻¹ times −wⱼ)
      double closed = 0;
      for (int i = 0; i < 10; i++) {
        closed += gv[i] * -inv.get(i, j) * w[j];
      }
      closed *= Math.exp(s[j]);
      double[] up = s.clone();
      double[] down = s.clone();
      up[j] += h;
      down[j] -= h;
      double fd = (pf.evaluate(up, false).value() - pf.evaluate(down, false).value()) / (2 * h);
      double scale = 1e-6 * (Math.abs(closed) + 1e-3);
      assertThat(e.gradient()[j]).as("feature %d vs closed form", j).isCloseTo(closed, within(1e-9 * (Math.abs(closed) + 1)));
      assertThat(e.gradient()[j]).as("feature %d vs finite differences", j).isCloseTo(fd, within(Math.max(scale, 1e-5)));
    }
  }

  @Test
  void withEveryLambdaEqualTheComponentsSumToTheScalarHypergradient() {
    // C(λ·1): d/d log λ of C at a common λ = Σⱼ ∂C/∂ log λⱼ (chain rule).
    double lambda = 0.3;
    double[] same = new double[10];
    java.util.Arrays.fill(same, Math.log(lambda));
    double sum = 0;
    for (double g : pf.evaluate(same, true).gradient()) {
      sum += g;
    }
    double scalar = lambda * RidgeHypergradientTest.closedFormHypergradient(ridge, lambda);
    assertThat(sum).isCloseTo(scalar, within(1e-9 * Math.abs(scalar)));
  }

  @Test
  void descentOnTenLambdasGoesBelowTheBestSingleLambda() {
    ValidationCurve curve = ValidationCurve.compute(ridge, OuterObjective.VALIDATION, diabetes.logMin(),
        diabetes.logMax(), 160, f -> { }, () -> false);
    PerFeatureRidge.Run run = pf.descend(new double[10], 20);
    assertThat(run.evaluations()).hasSizeLessThanOrEqualTo(20);
    assertThat(run.best().value()).isLessThan(curve.minimum());
    // Every accepted step lowered C: the best so far never rises, and it falls.
    double[] best = run.bestSoFar();
    assertThat(best[best.length - 1]).isLessThan(best[0]);
    for (double v : run.best().logLambdas()) {
      assertThat(v).isBetween(diabetes.logMin(), diabetes.logMax());
    }
  }

  @Test
  void aGridWithFiveValuesPerLambdaNeedsFiveToTheTenthSolves() {
    assertThat(pf.gridSolves(5)).isEqualTo(9_765_625);
    assertThat(pf.gridSolves(10)).isEqualTo(1e10);
  }
}
