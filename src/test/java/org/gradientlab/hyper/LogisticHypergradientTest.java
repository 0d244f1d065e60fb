package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.math.Vectors;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;

class LogisticHypergradientTest {

  private final InnerProblem cancer = HyperProblems.breastCancer().inner();

  @Test
  void lossGradientAndHessianAreDerivativesOfOneAnother() {
    double[] w = new double[cancer.dimension()];
    for (int j = 0; j < w.length; j++) {
      w[j] = 0.2 * Math.sin(3 * j);
    }
    double[] g = new double[w.length];
    cancer.trainValueAndGradient(w, g);
    org.gradientlab.objective.Objective asObjective = new org.gradientlab.objective.Objective() {
      @Override public String name() { return "train loss"; }
      @Override public String formula() { return ""; }
      @Override public int dimension() { return cancer.dimension(); }
      @Override public double value(double[] t) { return cancer.trainLoss(t); }
      @Override public double valueAndGradient(double[] t, double[] out) { return cancer.trainValueAndGradient(t, out); }
      @Override public void hessian(double[] t, org.ejml.data.DMatrixRMaj out) { out.setTo(cancer.trainHessian(t)); }
      @Override public org.gradientlab.objective.Domain domain() { return org.gradientlab.objective.Domain.square(1); }
      @Override public java.util.List<org.gradientlab.objective.Minimum> knownMinima() { return java.util.List.of(); }
    };
    double[] fd = FiniteDifferences.gradient(asObjective, w, 1e-6);
    for (int j = 0; j < w.length; j++) {
      assertThat(g[j]).isCloseTo(fd[j], within(1e-7));
    }
    double[] v = new double[w.length];
    v[3] = 1;
    v[7] = -2;
    double[] hv = new double[w.length];
    cancer.trainHessianVector(w, v, hv);
    var h = cancer.trainHessian(w);
    for (int i = 0; i < w.length; i++) {
      assertThat(hv[i]).isCloseTo(h.get(i, 3) - 2 * h.get(i, 7), within(1e-12));
    }
  }

  @Test
  void theImplicitHypergradientAgreesWithFiniteDifferencesAtSeveralLambdas() {
    for (double lambda : new double[] {1e-3, 1e-2, 0.1, 1}) {
      double[] w = ExactInner.solve(cancer, lambda, new double[cancer.dimension()]).w();
      var r = ImplicitDifferentiation.exact(cancer, OuterObjective.VALIDATION, lambda, w);
      double fd = ExactInner.finiteDifferenceLogLambda(cancer, OuterObjective.VALIDATION, lambda, 1e-4);
      assertThat(r.dLogLambda()).as("λ = %s", lambda).isCloseTo(fd, within(1e-5 * Math.abs(fd) + 1e-8));
    }
  }

  @Test
  void theInterceptIsNotPenalised() {
    double[] m = cancer.penaltyMask();
    assertThat(m[m.length - 1]).isZero();
    assertThat(Vectors.norm(m)).isEqualTo(Math.sqrt(30));
  }

  @Test
  void forwardAndReverseModeAgreeOnLogisticRegressionToo() {
    Unrolled.Loop loop = new Unrolled.Loop(UnrolledMethod.MOMENTUM, 40, 0.9, new double[cancer.dimension()]);
    UnrolledResult f = Unrolled.forward(cancer, OuterObjective.VALIDATION, 0.01, 0.1, loop);
    UnrolledResult b = Unrolled.reverse(cancer, OuterObjective.VALIDATION, 0.01, 0.1, loop);
    assertThat(b.dLambda()).isCloseTo(f.dLambda(), within(1e-10 * Math.abs(f.dLambda())));
    assertThat(b.dEta()).isCloseTo(f.dEta(), within(1e-10 * Math.abs(f.dEta())));
  }
}
