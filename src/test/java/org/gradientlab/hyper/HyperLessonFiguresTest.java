package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures lessons 08 and 09 quote about the noisy sine in the Hypergradients workspace, as
 * the workspace computes them (a 160-point curve, grids of 10 and 30, HOAG with its default
 * settings): a lesson must say what the app shows.
 */
class HyperLessonFiguresTest {

  private final HyperProblem sine = HyperProblems.sine();

  @Test
  void theDenseCurveAndTheGridsFindWhatLesson08Says() {
    ValidationCurve curve = ValidationCurve.compute(sine.inner(), OuterObjective.VALIDATION,
        sine.logMin(), sine.logMax(), 160, f -> { }, () -> false);
    double best = curve.minimum();
    assertThat(best).isCloseTo(0.0347, within(0.00005));
    assertThat(curve.logLambdas()[curve.argmin()]).isCloseTo(-9.3, within(0.1));

    List<SearchBaselines.Trial> ten = SearchBaselines.grid(sine.inner(), OuterObjective.VALIDATION,
        sine.logMin(), sine.logMax(), 10);
    List<SearchBaselines.Trial> thirty = SearchBaselines.grid(sine.inner(), OuterObjective.VALIDATION,
        sine.logMin(), sine.logMax(), 30);
    assertThat(SearchBaselines.best(ten).value()).isCloseTo(0.0366, within(0.00005));
    assertThat(SearchBaselines.best(thirty).value()).isCloseTo(0.0356, within(0.00005));
    assertThat(SearchBaselines.best(ten).value() / best).isCloseTo(1.05, within(0.005));
    assertThat(SearchBaselines.best(thirty).value() / best).isCloseTo(1.025, within(0.005));
    // "about 3 600" loss+gradient evaluations for the 30-point grid (lesson 09).
    assertThat(thirty.get(29).work().gradients()).isBetween(3_400L, 3_800L);
  }

  @Test
  void hoagGetsWithinOnePercentInSevenIterationsAndAbout110EvaluationsAsLesson09Says() {
    ValidationCurve curve = ValidationCurve.compute(sine.inner(), OuterObjective.VALIDATION,
        sine.logMin(), sine.logMax(), 160, f -> { }, () -> false);
    OuterLoop.Settings hoag = OuterLoop.Settings.hoag(sine);
    OuterLoop loop = new OuterLoop(sine.inner(), new OuterLoop.Settings(hoag.mode(), hoag.schedule(),
        hoag.epsilon0(), hoag.logLambda0(), hoag.logMin(), hoag.logMax(), OuterObjective.VALIDATION, false));
    int reached = -1;
    for (int k = 1; k <= 30 && reached < 0; k++) {
      loop.iterate();
      if (ExactInner.outerValue(sine.inner(), OuterObjective.VALIDATION, loop.acceptedLambda())
          <= 1.01 * curve.minimum()) {
        reached = k;
      }
    }
    assertThat(reached).isEqualTo(7);
    assertThat(loop.history().get(reached - 1).work().gradients()).isBetween(100L, 120L);
  }

  @Test
  void onTheTrainingLossEveryAcceptedStepLowersLogLambdaPastMinus16AsLesson08Says() {
    OuterLoop loop = new OuterLoop(sine.inner(), OuterLoop.Settings.hoag(sine).with(OuterLoop.Mode.HOAG,
        ToleranceSchedule.QUADRATIC, OuterLoop.DEFAULT_EPSILON0, OuterObjective.TRAINING, false));
    double previous = Math.log(loop.lambda());
    int k = 0;
    while (k < 60 && (k == 0 || loop.verdict() == OuterLoop.Verdict.RUNNING)) {
      loop.iterate();
      k++;
      double now = Math.log(loop.acceptedLambda());
      assertThat(now).as("update %d", k).isLessThanOrEqualTo(previous);
      previous = now;
    }
    // It stops by itself, where the training loss no longer changes measurably, far below the
    // validation loss's choice (log λ ≈ −9.3).
    assertThat(loop.verdict()).isNotEqualTo(OuterLoop.Verdict.RUNNING);
    assertThat(previous).isLessThan(-16);
  }
}
