package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outer loop, run far past convergence, stays where it converged: 500 outer iterations for
 * every problem × method × schedule, judged after every accepted step by an exact solve at the
 * accepted λ against the minimum of C on a dense grid.
 */
class OuterLoopStaysTest {

  private static final Map<String, Double> BEST = new ConcurrentHashMap<>();

  static List<Arguments> configurations() {
    List<Arguments> all = new ArrayList<>();
    for (HyperProblem p : HyperProblems.all()) {
      for (ToleranceSchedule s : ToleranceSchedule.values()) {
        all.add(Arguments.of(p, OuterLoop.Mode.HOAG, s));
      }
      all.add(Arguments.of(p, OuterLoop.Mode.EXACT, ToleranceSchedule.QUADRATIC));
    }
    return all;
  }

  private static double denseMinimum(HyperProblem p) {
    return BEST.computeIfAbsent(p.label(), l -> ValidationCurve.compute(p.inner(),
        OuterObjective.VALIDATION, p.logMin(), p.logMax(), 200, f -> { }, () -> false).minimum());
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("configurations")
  void fiveHundredOuterIterationsEndAndStayWithinOnePercentOfTheDenseGridMinimum(HyperProblem p,
      OuterLoop.Mode mode, ToleranceSchedule schedule) {
    double best = denseMinimum(p);
    OuterLoop loop = new OuterLoop(p.inner(), OuterLoop.Settings.hoag(p).with(mode, schedule,
        OuterLoop.DEFAULT_EPSILON0, OuterObjective.VALIDATION, false));
    int firstWithin = -1;
    int converged = -1;
    double judgedLog = Double.NaN;
    double judged = Double.NaN;
    double[] w = new double[p.inner().dimension()];
    for (int k = 1; k <= 500; k++) {
      loop.iterate();
      if (converged < 0 && loop.verdict() == OuterLoop.Verdict.CONVERGED) {
        converged = k;
      }
      double s = Math.log(loop.acceptedLambda());
      if (!(Math.abs(s - judgedLog) <= 1e-9)) {
        // The referee: an exact solve at the accepted λ (warm-started; it runs to machine precision).
        InnerSolution exact = ExactInner.solve(p.inner(), Math.exp(s), w);
        w = exact.w();
        judged = p.inner().validationLoss(w);
        judgedLog = s;
      }
      if (judged <= 1.01 * best && firstWithin < 0) {
        firstWithin = k;
      }
      if (firstWithin > 0) {
        assertThat(judged / best).as("iteration %d, %d after it first came within 1 %%", k, k - firstWithin)
            .isLessThanOrEqualTo(1.01);
      }
    }
    assertThat(firstWithin).as("reached 1 %").isBetween(1, 30);
    assertThat(converged).as("said converged").isBetween(firstWithin, 60);
  }
}
