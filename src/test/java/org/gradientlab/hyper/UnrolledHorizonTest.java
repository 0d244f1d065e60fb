package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * η's hypergradient lives only in the trajectory: dC_T/dη and dC_T/dλ after T steps, by forward
 * mode, reverse mode and checkpointed reverse mode, against closed forms on a scalar quadratic;
 * their T → ∞ limits (the implicit value, and 0) on ridge; and the meters' memory counts.
 */
class UnrolledHorizonTest {

  private final ScalarQuadratic q = new ScalarQuadratic(2, 1.5, 0.4);
  private final RidgeProblem diabetes = (RidgeProblem) HyperProblems.diabetes().inner();

  private static Unrolled.Loop gd(int steps, int p) {
    return new Unrolled.Loop(UnrolledMethod.GD, steps, 0, new double[p]);
  }

  @Test
  void afterTStepsOfGradientDescentAllThreeModesGiveTheClosedForms() {
    double lambda = 0.3;
    double eta = 0.2;
    for (int t : new int[] {1, 2, 7, 40}) {
      double dEta = q.dEta(t, lambda, eta);
      double dLambda = q.dLambda(t, lambda, eta);
      for (UnrolledResult r : List.of(
          Unrolled.forward(q, OuterObjective.VALIDATION, lambda, eta, gd(t, 1)),
          Unrolled.reverse(q, OuterObjective.VALIDATION, lambda, eta, gd(t, 1)),
          Unrolled.reverse(q, OuterObjective.VALIDATION, lambda, eta, gd(t, 1), 3))) {
        assertThat(r.finalWeights()[0]).isCloseTo(q.weightsAfter(t, lambda, eta), within(1e-14));
        assertThat(r.dEta()).as("T = %d", t).isCloseTo(dEta, within(1e-12 * (1 + Math.abs(dEta))));
        assertThat(r.dLambda()).as("T = %d", t).isCloseTo(dLambda, within(1e-12 * (1 + Math.abs(dLambda))));
      }
    }
  }

  @Test
  void asTGrowsDLambdaSettlesOnTheImplicitValueAndDEtaFadesToZeroOnTheQuadratic() {
    double lambda = 0.3;
    double eta = 0.2;
    HorizonSweep.Sweep s = HorizonSweep.sweep(q, OuterObjective.VALIDATION, Math.log(lambda), eta,
        UnrolledMethod.GD, 0, 10_000, 30, () -> false);
    HorizonSweep.Point last = s.points().get(s.points().size() - 1);
    assertThat(last.steps()).isEqualTo(10_000);
    assertThat(s.implicitDLogLambda()).isCloseTo(lambda * q.implicitDLambda(lambda), within(1e-14));
    assertThat(last.dLogLambda()).isCloseTo(s.implicitDLogLambda(), within(1e-13));
    assertThat(last.dEta()).isCloseTo(0, within(1e-13));
    // Early on η matters: after one step dC/dη is the closed form, far from 0.
    assertThat(s.points().get(0).dEta()).isCloseTo(q.dEta(1, lambda, eta), within(1e-13));
    assertThat(Math.abs(s.points().get(0).dEta())).isGreaterThan(0.1);
    // Every sampled T agrees with the closed form.
    for (HorizonSweep.Point p : s.points()) {
      assertThat(p.dEta()).as("T = %d", p.steps())
          .isCloseTo(q.dEta(p.steps(), lambda, eta), within(1e-12));
    }
  }

  @Test
  void onRidgeTheUnrolledHypergradientTendsToTheImplicitOneForGdAndMomentum() {
    // λ = 1 conditions diabetes' Hessian well enough that 10⁴ steps converge to rounding.
    double lambda = 1;
    double curvature = TrainingEdge.curvature(diabetes);
    double exact = lambda * RidgeHypergradientTest.closedFormHypergradient(diabetes, lambda);
    for (UnrolledMethod method : UnrolledMethod.values()) {
      double alpha = method == UnrolledMethod.MOMENTUM ? 0.5 : 0;
      double eta = 0.5 * TrainingEdge.edge(method, alpha, curvature, lambda);
      HorizonSweep.Sweep s = HorizonSweep.sweep(diabetes, OuterObjective.VALIDATION, Math.log(lambda), eta,
          method, alpha, 10_000, 20, () -> false);
      assertThat(s.implicitDLogLambda()).isCloseTo(exact, within(1e-10 * Math.abs(exact)));
      HorizonSweep.Point first = s.points().get(0);
      HorizonSweep.Point last = s.points().get(s.points().size() - 1);
      assertThat(last.dLogLambda()).as(method.name()).isCloseTo(exact, within(1e-8 * Math.abs(exact)));
      assertThat(Math.abs(last.dEta())).as(method.name()).isLessThan(1e-8 * Math.abs(first.dEta()));
    }
  }

  @Test
  void checkpointedReverseModeEqualsPlainReverseModeToRounding() {
    for (UnrolledMethod method : UnrolledMethod.values()) {
      Unrolled.Loop loop = new Unrolled.Loop(method, 97, 0.7, new double[diabetes.dimension()]);
      UnrolledResult plain = Unrolled.reverse(diabetes, OuterObjective.VALIDATION, 0.05, 0.05, loop);
      for (int k : new int[] {2, 10, 13, 97, 500}) {
        UnrolledResult ck = Unrolled.reverse(diabetes, OuterObjective.VALIDATION, 0.05, 0.05, loop, k);
        assertThat(ck.value()).isEqualTo(plain.value());
        assertThat(ck.dLambda()).as("%s k = %d", method, k)
            .isCloseTo(plain.dLambda(), within(1e-12 * Math.abs(plain.dLambda())));
        assertThat(ck.dEta()).as("%s k = %d", method, k)
            .isCloseTo(plain.dEta(), within(1e-12 * Math.abs(plain.dEta())));
      }
    }
  }

  @Test
  void theMetersCountWhatEachModeKeepsAndDoes() {
    int p = diabetes.dimension();
    Unrolled.Loop loop = gd(400, p);
    UnrolledMeters.Comparison c = UnrolledMeters.compare(diabetes, OuterObjective.VALIDATION, 0.1, 0.1,
        loop, 20);
    // Forward: 3p numbers whatever T; reverse: the trajectory, 2p·T; checkpoints: 2p·(T/k + k).
    assertThat(c.forward().storedNumbers()).isEqualTo(3L * p);
    assertThat(c.reverse().storedNumbers()).isEqualTo(2L * p * 400 + 3L * p);
    assertThat(c.checkpointed().storedNumbers()).isEqualTo(2L * p * (20 + 20) + 5L * p);
    // Passes over the training rows: forward T gradients and 2T Hessian-vector products (one per
    // tangent); reverse T and T; checkpointed a second forward pass, 2T gradients.
    assertThat(c.forward().work().gradients()).isEqualTo(400);
    assertThat(c.forward().work().hessianVectors()).isEqualTo(800);
    assertThat(c.reverse().work().gradients()).isEqualTo(400);
    assertThat(c.reverse().work().hessianVectors()).isEqualTo(400);
    assertThat(c.checkpointed().work().gradients()).isEqualTo(800);
    // And all agree with each other and with the finite-difference referee.
    for (UnrolledMeters.Meter m : List.of(c.reverse(), c.checkpointed(), c.finiteDifference())) {
      assertThat(m.dLogLambda()).as(m.method())
          .isCloseTo(c.forward().dLogLambda(), within(1e-6 * Math.abs(c.forward().dLogLambda())));
      assertThat(m.dEta()).as(m.method())
          .isCloseTo(c.forward().dEta(), within(1e-6 * Math.abs(c.forward().dEta())));
    }
    assertThat(c.implicit().dEta()).isZero();
    assertThat(UnrolledMeters.bestCheckpointInterval(400)).isEqualTo(20);
  }

  @Test
  void pastTheEdgeEveryModeReportsDivergenceAsNaN() {
    Unrolled.Loop loop = gd(200, 1);
    double eta = 1.1 * 2 / (q.a + 0.3);
    assertThat(Unrolled.forward(q, OuterObjective.VALIDATION, 0.3, eta, loop).diverged()).isTrue();
    assertThat(Unrolled.reverse(q, OuterObjective.VALIDATION, 0.3, eta, loop, 7).diverged()).isTrue();
    HorizonSweep.Sweep s = HorizonSweep.sweep(q, OuterObjective.VALIDATION, Math.log(0.3), eta,
        UnrolledMethod.GD, 0, 1000, 12, () -> false);
    assertThat(s.points().get(s.points().size() - 1).dEta()).isNaN();
  }

  @Test
  void theBestLambdaOfCTMeetsTheMinimumOfCAsTGrows() {
    // On the scalar quadratic C(λ) is smallest where w*(λ) = c: λ* = ab/c − a = 5.5.
    int[] ts = {1, 3, 10, 100, 3000};
    HorizonSweep.Meeting m = HorizonSweep.meeting(q, OuterObjective.VALIDATION, 0.05, UnrolledMethod.GD, 0,
        -2, 3, 101, ts, f -> { }, () -> false);
    assertThat(m.optimumLogLambda()).isCloseTo(Math.log(5.5), within(0.03));
    // One step from w = 0 does not see λ (w₁ = −η∇L_train(0)): no best λ yet.
    assertThat(m.best().get(0).logLambda()).isNaN();
    double early = Math.abs(m.best().get(1).logLambda() - m.optimumLogLambda());
    double last = Math.abs(m.best().get(ts.length - 1).logLambda() - m.optimumLogLambda());
    assertThat(early).isGreaterThan(1);
    assertThat(last).isLessThan(0.03);
    assertThat(m.best().get(ts.length - 1).value()).isCloseTo(m.optimumValue(), within(1e-6));
  }

  @Test
  void logStepsSpanOneToTheMaximumWithoutRepeats() {
    int[] ts = HorizonSweep.logSteps(10_000, 40);
    assertThat(ts[0]).isEqualTo(1);
    assertThat(ts[ts.length - 1]).isEqualTo(10_000);
    for (int i = 1; i < ts.length; i++) {
      assertThat(ts[i]).isGreaterThan(ts[i - 1]);
    }
  }
}
