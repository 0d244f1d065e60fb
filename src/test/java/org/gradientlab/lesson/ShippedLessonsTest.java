package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.hyper.HyperLessonFiguresTest;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceResult;
import org.gradientlab.scene.WorkspaceRunner;
import org.junit.jupiter.api.Test;

/**
 * Every lesson in the top-level lessons/ folder loads, every step's scene runs, and every claim a
 * step marks as checkable holds in the engine: a lesson must say what the app shows.
 */
class ShippedLessonsTest {

  private static final Path LESSONS = Path.of("lessons");

  @Test
  void everyShippedLessonLoadsAndEveryClaimHolds() {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    LessonLibrary library = new LessonLibrary(new LessonParser(new SceneCodec(catalog)));
    LessonLibrary.Contents contents = library.load(LESSONS);
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.lessons()).isNotEmpty();
    WorkspaceRunner runner = new WorkspaceRunner(catalog);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Lesson lesson : contents.lessons()) {
      for (LessonStep step : lesson.steps()) {
        WorkspaceResult r = runner.run(step.scene());
        for (LessonClaim claim : step.claims()) {
          Claim.Verdict v = claim.check(r);
          checked++;
          if (!v.holds()) {
            failures.add(lesson.source() + ":" + claim.line() + ": '" + claim.text() + "' but "
                + v.actual());
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isPositive();
  }

  /**
   * Issue 21: every shipped prediction has an answer the engine computes on its step's scene, and a
   * tolerance (or options) that accepts that answer and rejects a wrong one by a clear margin: twice
   * the tolerance away, every other option, a point twice the tolerance off.
   */
  @Test
  void everyShippedPredictionHasAnEngineAnswerThatTellsRightFromWrong() {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    LessonLibrary.Contents contents = new LessonLibrary(new LessonParser(new SceneCodec(catalog))).load(LESSONS);
    WorkspaceRunner runner = new WorkspaceRunner(catalog);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Lesson lesson : contents.lessons()) {
      for (LessonStep step : lesson.steps()) {
        Prediction p = step.prediction();
        if (p == null) {
          continue;
        }
        checked++;
        String where = lesson.source() + ":" + p.line() + ": ";
        Expected e = p.expected(runner.run(step.scene()), runner);
        if (!e.defined()) {
          failures.add(where + e.problem());
          continue;
        }
        switch (p.kind()) {
          case CHOICE -> {
            if (!p.judge(e, e.choice()).right()) {
              failures.add(where + "the engine's own answer is judged wrong");
            }
            for (String o : p.options()) {
              if (!o.equals(e.choice()) && p.judge(e, o).right()) {
                failures.add(where + "'" + o + "' is judged right too");
              }
            }
          }
          case POINT -> {
            double[] off = e.point().clone();
            off[0] += 2 * p.tolerance();
            if (!p.judge(e, e.point()).right() || p.judge(e, off).right()) {
              failures.add(where + "the point tolerance does not separate the answer from a point 2× off");
            }
          }
          default -> {
            double a = p.allowed(e);
            if (!p.judge(e, e.value()).right() || !p.judge(e, e.value() + 0.9 * a).right()
                || p.judge(e, e.value() + 2 * a).right() || p.judge(e, e.value() - 2 * a).right()) {
              failures.add(where + "the tolerance does not separate " + e.shown() + " from ± twice it");
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).as("predictions shipped").isGreaterThanOrEqualTo(10);
  }

  /**
   * Issue 13, item 18: every figure the prose states about a run is a checked claim, unless a
   * 'derived:' note marks it as algebra or a fact about the landscape or data. The hypergradient
   * workspace's figures are checked by {@code HyperLessonFiguresTest} (full claims about that
   * workspace come with a later issue); it lists them in {@code LESSON_FIGURES}.
   */
  @Test
  void everyFigureTheProseStatesIsAClaimASettingOrMarkedDerived() throws Exception {
    SceneCodec codec = new SceneCodec(LandscapeCatalog.standard());
    LessonLibrary.Contents contents = new LessonLibrary(new LessonParser(codec)).load(LESSONS);
    List<String> unchecked = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (Lesson lesson : contents.lessons()) {
      String text = Files.readString(Path.of(lesson.source()));
      List<String> hyper = HyperLessonFiguresTest.LESSON_FIGURES.getOrDefault(lesson.number(), List.of());
      for (ProseFigures.Figure f : ProseFigures.uncovered(lesson, text, codec)) {
        if (!hyper.contains(f.written())) {
          unchecked.add(lesson.source() + ":" + f);
        }
      }
      ProseFigures.staleNotes(lesson, text).forEach(n -> stale.add(lesson.source() + ": " + n));
    }
    assertThat(unchecked).as("figures no claim checks (add a claim, or a 'derived:' note for algebra)")
        .isEmpty();
    assertThat(stale).as("'derived:' notes naming no figure of their step").isEmpty();
  }

  @Test
  void aFigureNoClaimCoversIsFoundAndADerivedNoteExcusesIt() throws Exception {
    SceneCodec codec = new SceneCodec(LandscapeCatalog.standard());
    LessonParser parser = new LessonParser(codec);
    String text = String.join("\n", "---", "title: T", "---", "## S", "```scene", "eta: 0.1", "```",
        "The factor is $0.8$ and GD converges within 66 steps, in 0.5 s.", "```check",
        "GD converges within 66 steps", "```", "");
    Lesson lesson = parser.parse("x", "x.md", text);
    assertThat(ProseFigures.uncovered(lesson, text, codec)).extracting(ProseFigures.Figure::written)
        .containsExactly("0.8", "0.5");
    String marked = text.replace("GD converges within 66 steps\n```",
        "GD converges within 66 steps\nderived: the factor 1 − 2η = 0.8, and 0.5 s\n```");
    Lesson derived = parser.parse("x", "x.md", marked);
    assertThat(ProseFigures.uncovered(derived, marked, codec)).isEmpty();
    assertThat(ProseFigures.staleNotes(derived, marked)).isEmpty();
    String staleNote = marked.replace("derived: the factor", "derived: 0.25 and the factor");
    assertThat(ProseFigures.staleNotes(parser.parse("x", "x.md", staleNote), staleNote))
        .singleElement().asString().contains("0.25");
  }
}
