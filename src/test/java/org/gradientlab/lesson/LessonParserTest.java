package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;

class LessonParserTest {

  private final LessonParser parser = new LessonParser(new SceneCodec(LandscapeCatalog.standard()));

  private static final String LESSON = String.join("\n",
      "---",
      "title: Two steps",
      "summary: A test lesson.",
      "---",
      "Intro with $\\eta$.",
      "",
      "## First",
      "Text one.",
      "```scene",
      "landscape: bowl",
      "kappa: 4",
      "eta: 0.5",
      "```",
      "```check",
      "GD converges within 100 steps",
      "```",
      "",
      "## Second",
      "Text two, with a code block:",
      "```java",
      "x -= eta * g;",
      "```",
      "```scene",
      "eta: 1.5",
      "```",
      "```question",
      "What changed?",
      "```",
      "");

  @Test
  void readsFrontMatterIntroStepsScenesClaimsAndQuestions() throws Exception {
    Lesson l = parser.parse("07-test", "07-test.md", LESSON);
    assertThat(l.title()).isEqualTo("Two steps");
    assertThat(l.summary()).isEqualTo("A test lesson.");
    assertThat(l.number()).isEqualTo("07");
    assertThat(l.intro()).isEqualTo("Intro with $\\eta$.");
    assertThat(l.steps()).hasSize(2);
    LessonStep first = l.steps().get(0);
    assertThat(first.title()).isEqualTo("First");
    assertThat(first.line()).isEqualTo(7);
    assertThat(((Scene) first.scene()).landscape().parameters()).containsEntry("kappa", "4");
    assertThat(first.claims()).singleElement()
        .satisfies(c -> assertThat(((Claim) c).subject()).isEqualTo(GradientDescent.KIND));
    LessonStep second = l.steps().get(1);
    // A step's scene block applies over the previous step's scene.
    assertThat(((Scene) second.scene()).landscape().parameters()).containsEntry("kappa", "4");
    assertThat(((Scene) second.scene()).settings().value(GradientDescent.KIND, "eta")).isEqualTo(1.5);
    assertThat(second.question()).isEqualTo("What changed?");
    assertThat(second.text()).contains("```java\nx -= eta * g;\n```");
  }

  @Test
  void errorsNameFileLineAndReason() {
    assertProblem("no front matter", 1, "front matter");
    assertProblem("---\nsummary: x\n---\n## S\n", 1, "no title");
    assertProblem("---\ntitle: T\n---\nonly an intro\n", 4, "no steps");
    assertProblem("---\ntitle: T\n---\n## S\n```scene\neta: 0.1\n", 5, "not closed");
    // The scene's own line 2 is the file's line 7.
    assertProblem("---\ntitle: T\n---\n## S\n```scene\neta: 0.1\nkappa: 9\n```\n", 7, "unknown key 'kappa'");
    assertProblem("---\ntitle: T\n---\n## S\n```check\nGD flies\n```\n", 6, "cannot read the claim 'GD flies'");
    assertProblem("---\ntitle: T\n---\n```scene\neta: 1\n```\n## S\n", 4, "belongs to a step");
    assertProblem("---\ntitle: T\n---\n## S\nfine $x$\n\nbroken $x + 1\n", 7, "not closed");
    assertProblem("---\ntitle: T\n---\n## S\n```scene\neta: 1\n```\nthe $\\etaa + 1$ here\n", 8,
        "cannot be typeset");
  }

  private void assertProblem(String text, int line, String reason) {
    assertThatThrownBy(() -> parser.parse("x", "x.md", text))
        .isInstanceOfSatisfying(LessonFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("x.md");
          assertThat(e.line()).as(text).isEqualTo(line);
          assertThat(e.reason()).as(text).contains(reason);
        });
  }
}
