package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;
import org.junit.jupiter.api.Test;

/** Predictions' answers against theory on f(x) = x², where GD's iterate is x_k = (1 − 2η)^k x₀. */
class PredictionTest {

  private final LessonParser parser = new LessonParser(new SceneCodec(LandscapeCatalog.standard()));
  private final SceneRunner runner = new SceneRunner(LandscapeCatalog.standard());

  private LessonStep step(String scene, String... predict) throws LessonFormatException {
    String text = String.join("\n", "---", "title: T", "---", "## S", "```scene", scene, "```",
        "Text.", "```predict", String.join("\n", predict), "```", "");
    return parser.parse("x", "x.md", text).steps().get(0);
  }

  private Expected expected(LessonStep s) {
    SceneResult r = runner.run((Scene) s.scene());
    return s.prediction().expected(r, runner::run);
  }

  @Test
  void gdsXAfterFiveStepsAtEtaAQuarterIsOneHalfToTheFifth() throws Exception {
    LessonStep s = step("objective: parabola\neta: 0.25\nstart: 1", "number: Where is $x$?",
        "answer: GD's x after 5 steps", "within: 0.005", "hint: Each step halves $x$.", "why: $1 - 2\\eta = 0.5$.");
    Expected e = expected(s);
    assertThat(e.value()).isCloseTo(Math.pow(0.5, 5), within(1e-15));
    Prediction p = s.prediction();
    assertThat(p.kind()).isEqualTo(Prediction.Kind.NUMBER);
    assertThat(p.hints()).containsExactly("Each step halves $x$.");
    assertThat(p.judge(e, 0.03).right()).isTrue();
    assertThat(p.judge(e, 0.0625).right()).isFalse();
    assertThat(p.judge(e, 0.0625).text()).contains("0.03125").contains("off by");
  }

  @Test
  void fAfterAStepIsTheSquareOfTheIterate() throws Exception {
    LessonStep s = step("objective: parabola\neta: 0.1\nstart: 1", "number: f?",
        "answer: GD's f after 2 steps", "within: 1 %", "why: w.");
    assertThat(expected(s).value()).isCloseTo(Math.pow(0.8, 4), within(1e-15));
    assertThat(s.prediction().judge(expected(s), 0.41).right()).isTrue();
    assertThat(s.prediction().judge(expected(s), 0.45).right()).isFalse();
  }

  @Test
  void theOutcomeAtEtaOneIsOscillationAndAboveItDivergence() throws Exception {
    LessonStep one = step("objective: parabola\neta: 1\nstart: 1", "choice: What does GD do?",
        "answer: GD's outcome", "why: The factor is −1.");
    assertThat(one.prediction().options()).containsExactly("converges", "oscillates", "diverges");
    assertThat(expected(one).choice()).isEqualTo("oscillates");
    assertThat(one.prediction().judge(expected(one), "diverges").right()).isFalse();
    assertThat(one.prediction().judge(expected(one), "oscillates").right()).isTrue();
    LessonStep past = step("objective: parabola\neta: 1.1\nstart: 1", "choice: What does GD do?",
        "answer: GD's outcome", "why: |1 − 2η| > 1.");
    assertThat(expected(past).choice()).isEqualTo("diverges");
  }

  @Test
  void theEdgeOfGdOnXSquaredIsOne() throws Exception {
    LessonStep s = step("objective: parabola\neta: 0.1", "slider: Set η to the edge.",
        "answer: the GD edge", "within: 3 %", "why: 2/L with L = 2.");
    assertThat(expected(s).value()).isCloseTo(1.0, within(1e-9));
  }

  /**
   * Converged means ‖∇f‖ = 2r^k and the last step (1 + r)r^(k−1) below 10⁻⁶ by step 100, r = 2η − 1:
   * r ≈ 0.8643, η ≈ 0.932 — below the edge 1, because the run has only 100 steps.
   */
  @Test
  void theLargestConvergingEtaIn100StepsIsWhereTheStepFallsBelowTheTolerance() throws Exception {
    LessonStep s = step("objective: parabola\neta: 0.1\nstart: 1\nsteps: 100",
        "slider: Drag η to the largest value at which GD still converges.",
        "answer: the largest η at which GD converges", "within: 2 %", "why: w.");
    double r = Math.exp(Math.log(1e-6 / (1 + 0.8643)) / 99);
    Expected e = expected(s);
    assertThat(e.value()).isCloseTo((1 + r) / 2, within(0.002));
    Scene at = ((Scene) s.scene()).withEta(e.value());
    assertThat(runner.run(at).trajectories().get(0).outcome()).isInstanceOf(org.gradientlab.run.Outcome.Converged.class);
    assertThat(runner.run(at.withEta(e.value() * 1.001)).trajectories().get(0).outcome())
        .isNotInstanceOf(org.gradientlab.run.Outcome.Converged.class);
  }

  @Test
  void thePointAfterStepsOnABowlIsTheIterate() throws Exception {
    LessonStep s = step("objective: bowl\nkappa: 1\neta: 0.25\nstart: 2, 2", "point: Where after 1 step?",
        "answer: GD's point after 1 steps", "within: 0.1", "why: w.");
    Expected e = expected(s);
    SceneResult r = runner.run((Scene) s.scene());
    assertThat(e.point()).containsExactly(r.trajectories().get(0).theta(1), within(1e-15));
    assertThat(s.prediction().judge(e, e.point()).right()).isTrue();
    assertThat(s.prediction().judge(e, new double[] {2, 2}).right()).isFalse();
  }

  @Test
  void theFirstToConvergeOffersTheRacersAndNone() throws Exception {
    LessonStep s = step("objective: bowl\nkappa: 20\noptimizers: GD, Momentum\neta: 0.05\nsteps: 2000",
        "choice: Which converges first?", "answer: the first to converge", "why: w.");
    assertThat(s.prediction().options()).containsExactly("GD", "Momentum", "none");
    assertThat(expected(s).choice()).isEqualTo("Momentum");
  }

  @Test
  void aToleranceThatWouldAcceptZeroHasNoWellDefinedAnswer() throws Exception {
    LessonStep s = step("objective: parabola\neta: 0.25\nstart: 1", "number: x?",
        "answer: GD's x after 5 steps", "within: 0.02", "why: w.");
    assertThat(expected(s).problem()).contains("tolerance");
  }

  @Test
  void anOutcomeNotAmongTheOptionsHasNoWellDefinedAnswer() throws Exception {
    LessonStep s = step("objective: parabola\neta: 1\nstart: 1", "choice: ?", "answer: GD's outcome",
        "options: converges, diverges", "why: w.");
    assertThat(expected(s).problem()).contains("oscillates");
  }

  @Test
  void aStepAfterTheRunStoppedHasNoWellDefinedAnswer() throws Exception {
    LessonStep s = step("objective: parabola\neta: 5\nstart: 1\nsteps: 100", "number: ?",
        "answer: GD's x after 90 steps", "within: 1 %", "why: w.");
    assertThat(expected(s).problem()).contains("ends at step");
  }

  @Test
  void malformedPredictBlocksAreReportedAtTheirLine() {
    // line 9 opens the block; its rows are lines 10, 11, …
    assertThatThrownBy(() -> step("eta: 0.1", "answer: GD's x after 5 steps"))
        .hasMessageContaining("x.md:10:").hasMessageContaining("starts with its question");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: GD's z after 5 steps", "within: 0.1", "why: w."))
        .hasMessageContaining("x.md:11:").hasMessageContaining("not a measure");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: GD's x after 5 steps", "why: w."))
        .hasMessageContaining("x.md:9:").hasMessageContaining("within");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: GD's x after 5 steps", "within: -1", "why: w."))
        .hasMessageContaining("x.md:12:").hasMessageContaining("positive");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: GD's x after 5 steps", "within: 0.1",
        "hint: a", "hint: b", "hint: c", "why: w.")).hasMessageContaining("x.md:15:").hasMessageContaining("at most 2 hints");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: GD's x after 5 steps", "within: 0.1"))
        .hasMessageContaining("x.md:9:").hasMessageContaining("why:");
    assertThatThrownBy(() -> step("eta: 0.1", "choice: ?", "answer: GD's x after 5 steps", "why: w."))
        .hasMessageContaining("x.md:11:").hasMessageContaining("a word");
    assertThatThrownBy(() -> step("eta: 0.1", "choice: ?", "answer: GD's outcome", "options: converges, wobbles", "why: w."))
        .hasMessageContaining("x.md:12:").hasMessageContaining("wobbles");
    assertThatThrownBy(() -> step("eta: 0.1\nsteps: 10", "number: ?", "answer: GD's x after 50 steps", "within: 0.1", "why: w."))
        .hasMessageContaining("x.md:12:").hasMessageContaining("never reached");
    assertThatThrownBy(() -> step("eta: 0.1", "number: ?", "answer: Adam's x after 5 steps", "within: 0.1", "why: w."))
        .hasMessageContaining("x.md:11:").hasMessageContaining("not in this step's race");
    assertThatThrownBy(() -> step("eta: 0.1", "number: Is $\\frac{1}{ x?", "answer: GD's x after 5 steps",
        "within: 0.1", "why: w.")).hasMessageContaining("x.md:10:");
  }
}
