package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HypergradientDescentTest {

  static List<HyperProblem> problems() {
    return HyperProblems.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void hoagAndExactDescentReachTheDenseGridMinimumWithinOnePercent(HyperProblem p) {
    ValidationCurve curve = ValidationCurve.compute(p.inner(), OuterObjective.VALIDATION, p.logMin(),
        p.logMax(), 200, x -> { }, () -> false);
    double best = curve.minimum();
    for (OuterLoop.Mode mode : OuterLoop.Mode.values()) {
      OuterLoop.Settings s = new OuterLoop.Settings(mode, ToleranceSchedule.QUADRATIC, 0.01,
          p.logLambda0(), p.logMin(), p.logMax(), OuterObjective.VALIDATION, false);
      OuterLoop loop = new OuterLoop(p.inner(), s);
      for (int k = 0; k < 60; k++) {
        loop.iterate();
      }
      // Judge the λ found by an exact solve there, as a fair referee.
      double found = ExactInner.outerValue(p.inner(), OuterObjective.VALIDATION, loop.lambda());
      assertThat(found).as("%s, %s", p.label(), mode).isLessThanOrEqualTo(best * 1.01);
    }
  }

  @Test
  void onTheTrainingLossLambdaFallsAtEveryStep() {
    // d/dλ L_train(w*(λ)) > 0 for ridge: the penalty only moves w* away from the training optimum,
    // so every hypergradient step lowers log λ, down to the bottom of the range.
    HyperProblem p = HyperProblems.diabetes();
    OuterLoop loop = new OuterLoop(p.inner(), new OuterLoop.Settings(OuterLoop.Mode.EXACT,
        ToleranceSchedule.QUADRATIC, 0.01, 2, p.logMin(), p.logMax(), OuterObjective.TRAINING, false));
    double previous = loop.lambda();
    for (int k = 0; k < 40 && loop.lambda() > Math.exp(p.logMin()); k++) {
      loop.iterate();
      assertThat(loop.lambda()).as("step %d", k).isLessThan(previous);
      previous = loop.lambda();
    }
    // ...and far past the λ the validation set would choose, with no sign of stopping.
    ValidationCurve curve = ValidationCurve.compute(p.inner(), OuterObjective.VALIDATION, p.logMin(),
        p.logMax(), 100, x -> { }, () -> false);
    double validationChoice = curve.logLambdas()[curve.argmin()];
    assertThat(Math.log(loop.lambda())).isLessThan(validationChoice - 1);
    assertThat(OuterObjective.TRAINING.warning()).contains("toward 0");
  }

  @Test
  void thePhasesComeInOrderAndCarryTheirNumbers() {
    HyperProblem p = HyperProblems.sine();
    OuterLoop loop = new OuterLoop(p.inner(), OuterLoop.Settings.hoag(p));
    assertThat(loop.nextPhase()).isEqualTo(OuterLoop.Phase.INNER_SOLVE);
    var inner = (OuterLoop.InnerSolved) loop.advance();
    assertThat(inner.innerIterations()).isPositive();
    assertThat(inner.gradientNorm()).isLessThanOrEqualTo(inner.tolerance());
    var linear = (OuterLoop.LinearSolved) loop.advance();
    assertThat(linear.residual()).isLessThanOrEqualTo(linear.tolerance());
    var hyper = (OuterLoop.HypergradientFound) loop.advance();
    // An inexact inner solve makes an inexact hypergradient: the check sees the difference, but
    // the sign (the direction of the step) is right.
    assertThat(Math.signum(hyper.dLogLambda())).isEqualTo(Math.signum(hyper.finiteDifference()));
    var update = (OuterLoop.Updated) loop.advance();
    assertThat(update.logLambdaAfter() - update.logLambdaBefore())
        .isEqualTo(-update.stepSize() * hyper.dLogLambda());
    assertThat(loop.nextPhase()).isEqualTo(OuterLoop.Phase.INNER_SOLVE);
    assertThat(loop.history()).hasSize(1);
  }
}
