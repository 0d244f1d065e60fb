package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures lessons 08 and 09 quote about the noisy sine in the Hypergradients workspace, as
 * the workspace computes them (a 160-point curve, grids of 10 and 30, HOAG with its default
 * settings): a lesson must say what the app shows.
 */
public class HyperLessonFiguresTest {

  /**
   * The figures, as the lessons write them, that this class checks, by lesson number: the prose
   * check in {@code ShippedLessonsTest} accepts these without a claim.
   */
  public static final Map<String, List<String>> LESSON_FIGURES = Map.of(
      "07", List.of("15"),
      "08", List.of("15", "-20"),
      "09", List.of("0.9", "10^{-5}"));

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

  @Test
  void theSineProblemIsTheOneTheLessonsDescribe() {
    // "a degree-9 polynomial fitted to 15 noisy points"; "over log λ ∈ [−20, 5]"; grids of 10 and 30.
    assertThat(sine.sine().trainX()).hasSize(15);
    assertThat(SineFit.DEGREE).isEqualTo(9);
    assertThat(sine.logMin()).isEqualTo(-20);
    assertThat(sine.logMax()).isEqualTo(5);
  }

  /**
   * Lesson 09: the exponential schedule is ε₀ · 0.9^(k−1); the loop stops once a step would change
   * C by less than 10⁻⁵ C.
   */
  @Test
  void theScheduleAndTheStoppingRuleAreTheOnesLesson09States() {
    for (int k = 1; k <= 5; k++) {
      assertThat(ToleranceSchedule.EXPONENTIAL.epsilon(1, k + 1) / ToleranceSchedule.EXPONENTIAL.epsilon(1, k))
          .isCloseTo(0.9, within(1e-15));
    }
    assertThat(OuterLoop.DECREASE_TOLERANCE).isEqualTo(1e-5);
  }

  @Test
  void everyFigureListedForTheProseCheckIsWrittenInItsLesson() throws IOException {
    for (Map.Entry<String, List<String>> e : LESSON_FIGURES.entrySet()) {
      try (var files = Files.list(Path.of("lessons"))) {
        Path lesson = files.filter(f -> f.getFileName().toString().startsWith(e.getKey() + "-")).findFirst()
            .orElseThrow();
        String text = Files.readString(lesson);
        assertThat(e.getValue()).allSatisfy(f -> assertThat(text).contains(f));
      }
    }
  }
}
