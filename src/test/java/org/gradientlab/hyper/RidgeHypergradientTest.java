package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gradientlab.math.Vectors;
import org.junit.jupiter.api.Test;

/**
 * Every hypergradient method on ridge regression, against the closed form
 * w(λ) = (G + λI)⁻¹b, dw/dλ = −(G + λI)⁻¹w, dC/dλ = ∇L_val(w)·dw/dλ (G = XᵀX/n, b = Xᵀy/n).
 */
class RidgeHypergradientTest {

  private final RidgeProblem diabetes = (RidgeProblem) HyperProblems.diabetes().inner();
  private final RidgeProblem sine = HyperProblems.sine().sine().problem();

  /** dC/dλ in closed form, by EJML, sharing no code with the methods under test. */
  static double closedFormHypergradient(RidgeProblem p, double lambda) {
    double[] w = p.closedForm(lambda);
    DMatrixRMaj a = p.trainHessian(w);
    for (int i = 0; i < a.numRows; i++) {
      a.add(i, i, lambda);
    }
    DMatrixRMaj dw = new DMatrixRMaj(w.length, 1);
    CommonOps_DDRM.solve(a, new DMatrixRMaj(w.length, 1, true, w), dw);
    CommonOps_DDRM.scale(-1, dw);
    double[] g = new double[w.length];
    p.validationValueAndGradient(w, g);
    return Vectors.dot(g, dw.getData());
  }

  @Test
  void theClosedFormSolvesTheInnerProblem() {
    for (double lambda : new double[] {1e-4, 0.1, 3}) {
      double[] w = diabetes.closedForm(lambda);
      double[] g = new double[w.length];
      new RegularizedInner(diabetes, lambda).valueAndGradient(w, g);
      assertThat(Vectors.norm(g)).isLessThan(1e-12);
    }
  }

  @Test
  void implicitDifferentiationMatchesTheClosedFormToEightDigits() {
    for (RidgeProblem p : new RidgeProblem[] {diabetes, sine}) {
      for (double lambda : new double[] {1e-6, 1e-3, 0.05, 2}) {
        double exact = closedFormHypergradient(p, lambda);
        var r = ImplicitDifferentiation.exact(p, OuterObjective.VALIDATION, lambda, p.closedForm(lambda));
        assertThat(r.dLambda()).as("%s at λ = %s", p.name(), lambda)
            .isCloseTo(exact, within(1e-8 * Math.abs(exact)));
        assertThat(r.dLogLambda()).isCloseTo(lambda * exact, within(1e-8 * Math.abs(lambda * exact)));
      }
    }
  }

  @Test
  void conjugateGradientsErrAtMostAsTheirResidualAllows() {
    // q − q* = H⁻¹r, so |dC/dλ error| = |(m⊙w)·H⁻¹r| ≤ ‖w‖ ‖r‖ / μ_min(H).
    double lambda = 0.01;
    double[] w = diabetes.closedForm(lambda);
    DMatrixRMaj h = diabetes.trainHessian(w);
    for (int i = 0; i < h.numRows; i++) {
      h.add(i, i, lambda);
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
    eig.decompose(h);
    double muMin = Double.POSITIVE_INFINITY;
    for (int i = 0; i < h.numRows; i++) {
      muMin = Math.min(muMin, eig.getEigenvalue(i).getReal());
    }
    double exact = closedFormHypergradient(diabetes, lambda);
    for (double tol : new double[] {1e-2, 1e-4, 1e-8}) {
      var r = ImplicitDifferentiation.conjugateGradient(diabetes, OuterObjective.VALIDATION, lambda, w,
          new double[w.length], tol);
      assertThat(r.residual()).isLessThanOrEqualTo(tol);
      assertThat(Math.abs(r.dLambda() - exact)).as("tolerance %s", tol)
          .isLessThanOrEqualTo(Vectors.norm(w) * r.residual() / muMin + 1e-14);
    }
  }

  @Test
  void forwardAndReverseModeAgreeToTenDigits() {
    for (UnrolledMethod method : UnrolledMethod.values()) {
      for (RidgeProblem p : new RidgeProblem[] {diabetes, sine}) {
        Unrolled.Loop loop = new Unrolled.Loop(method, 60, 0.8, new double[p.dimension()]);
        UnrolledResult f = Unrolled.forward(p, OuterObjective.VALIDATION, 0.03, 0.05, loop);
        UnrolledResult b = Unrolled.reverse(p, OuterObjective.VALIDATION, 0.03, 0.05, loop);
        assertThat(f.diverged()).isFalse();
        assertThat(b.value()).isEqualTo(f.value());
        assertThat(b.dLambda()).as("%s %s dλ", method, p.name())
            .isCloseTo(f.dLambda(), within(1e-10 * Math.abs(f.dLambda())));
        assertThat(b.dEta()).as("%s %s dη", method, p.name())
            .isCloseTo(f.dEta(), within(1e-10 * Math.abs(f.dEta())));
      }
    }
  }

  @Test
  void unrolledGradientDescentRunToConvergenceGivesTheImplicitHypergradient() {
    // With η = 1/L_λ GD contracts every error by at least 1 − μ_λ/L_λ per step; at λ = 1 that is
    // fast, so after 2000 steps w_T = w* and dw_T/dλ = dw*/dλ to rounding, and η no longer matters.
    double lambda = 1;
    double[] w = diabetes.closedForm(lambda);
    DMatrixRMaj h = diabetes.trainHessian(w);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
    eig.decompose(h);
    double l = 0;
    for (int i = 0; i < h.numRows; i++) {
      l = Math.max(l, eig.getEigenvalue(i).getReal());
    }
    Unrolled.Loop loop = new Unrolled.Loop(UnrolledMethod.GD, 2000, 0, new double[w.length]);
    UnrolledResult r = Unrolled.forward(diabetes, OuterObjective.VALIDATION, lambda, 1 / (l + lambda), loop);
    double exact = closedFormHypergradient(diabetes, lambda);
    assertThat(r.dLambda()).isCloseTo(exact, within(1e-9 * Math.abs(exact)));
    assertThat(Math.abs(r.dEta())).isLessThan(1e-9);
  }

  @Test
  void finiteDifferencesAgreeWithinTheirStepError() {
    for (double lambda : new double[] {1e-3, 0.1}) {
      double exact = lambda * closedFormHypergradient(diabetes, lambda);
      double fd = ExactInner.finiteDifferenceLogLambda(diabetes, OuterObjective.VALIDATION, lambda, 1e-4);
      assertThat(fd).isCloseTo(exact, within(1e-5 * Math.abs(exact) + 1e-9));
    }
  }
}
