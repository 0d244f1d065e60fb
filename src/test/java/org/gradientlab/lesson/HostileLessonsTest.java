package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson files written as a hostile tester would (issue 14): each bad file is reported with its
 * file, line and reason, every other lesson still loads, and nothing hangs or crashes.
 */
class HostileLessonsTest {

  private static final String HEAD = "---\ntitle: T\n---\n## S\n";
  private static final String GOOD = HEAD + "Fine, with $x^2$.\n";

  @TempDir Path dir;
  private final LessonParser parser = new LessonParser(new SceneCodec(LandscapeCatalog.standard()));
  private final LessonLibrary library = new LessonLibrary(parser);

  private LessonLibrary.Contents loadWith(String badName, byte[] bad) throws Exception {
    Files.writeString(dir.resolve("01-good.md"), GOOD);
    Files.write(dir.resolve(badName), bad);
    Files.writeString(dir.resolve("03-good.md"), GOOD);
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> library.load(dir));
  }

  private LessonProblem onlyProblem(LessonLibrary.Contents c, String file) {
    assertThat(c.lessons()).extracting(Lesson::id).containsExactly("01-good", "03-good");
    assertThat(c.problems()).hasSize(1);
    LessonProblem p = c.problems().get(0);
    assertThat(p.file()).endsWith(file);
    return p;
  }

  @Test
  void aFormulaNestedEightHundredFractionsDeepIsReportedAndEveryOtherLessonLoads() throws Exception {
    String deep = "\\frac{1}{".repeat(800) + "x" + "}".repeat(800);
    LessonProblem p = onlyProblem(loadWith("02-deep.md",
        (HEAD + "text\n\nthe $" + deep + "$ formula\n").getBytes(StandardCharsets.UTF_8)), "02-deep.md");
    assertThat(p.line()).isEqualTo(7);
    assertThat(p.reason()).contains("nested").contains("deep");
  }

  @Test
  void sixteenHundredNestedBracesOrBracelessFractionsAreReportedToo() throws Exception {
    LessonProblem p = onlyProblem(loadWith("02-braces.md",
        (HEAD + "$" + "{".repeat(1600) + "x" + "}".repeat(1600) + "$\n").getBytes(StandardCharsets.UTF_8)),
        "02-braces.md");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.reason()).contains("nested");
    assertThatThrownBy(() -> parser.parse("x", "x.md", HEAD + "$" + "\\frac1".repeat(800) + "x$\n"))
        .isInstanceOfSatisfying(LessonFormatException.class, e -> assertThat(e.reason()).contains("nested"));
    assertThatThrownBy(() -> parser.parse("x", "x.md", HEAD + "$" + "\\sqrt".repeat(3000) + "x$\n"))
        .isInstanceOfSatisfying(LessonFormatException.class, e -> assertThat(e.reason()).contains("nested"));
  }

  @Test
  void aFileWithAByteOrderMarkLoads() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);
    Files.write(dir.resolve("05-bom.md"), both);
    assertThat(library.load(dir).lessons()).extracting(Lesson::title).containsExactly("T");
  }

  @Test
  void latinOneTextIsReportedAsNotUtf8AtItsLine() throws Exception {
    LessonProblem p = onlyProblem(loadWith("02-latin.md",
        (HEAD + "ok\nna\u00efve caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)), "02-latin.md");
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.reason()).contains("not UTF-8 at line 6");
  }

  @Test
  void binaryContentIsReportedAsNotUtf8WithALine() throws Exception {
    byte[] binary = new byte[64];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 37 + 128);
    }
    LessonProblem p = onlyProblem(loadWith("02-binary.md", binary), "02-binary.md");
    assertThat(p.line()).isPositive();
    assertThat(p.reason()).contains("not UTF-8 at line " + p.line());
  }

  @Test
  void anUnclosedFenceIsReportedAtTheLineThatOpensIt() {
    String text = String.join("\n", "---", "title: T", "---", "## S", "text", "",
        "```scene", "eta: 0.1", "", "## T", "more text", "```check", "GD converges", "```", "## U", "end", "");
    assertProblem(text, 7, "```scene block opened here is not closed");
    String atEnd = HEAD + "text\n```java\nint x;\n\nmore\n";
    assertProblem(atEnd, 6, "```java block opened here is not closed");
  }

  @Test
  void aClaimWithANegativeStepCountIsRejectedAtLoadWithItsLine() {
    assertProblem(HEAD + "```check\nGD is at 1 after -1 steps\n```\n", 6, "-1");
    assertProblem(HEAD + "```check\nGD is at 1 after 2.5 steps\n```\n", 6, "whole number");
    assertProblem(HEAD + "```check\nGD converges within 1e12 steps\n```\n", 6, "at most");
    assertProblem(HEAD + "```check\nGD ends near 1 within -0.1\n```\n", 6, "tolerance");
    // A claim about a step the scene does not run can never hold: said at load, not at check.
    assertProblem(HEAD + "```scene\nsteps: 10\n```\n```check\nGD is at 0 after 50 steps\n```\n", 9,
        "runs 10 steps");
  }

  @Test
  void malformedLatexThatJLaTeXMathAcceptsIsFlaggedWithItsPosition() {
    assertProblem(HEAD + "a $\\frac{1}$ b\n", 5, "column 4");
    assertProblem(HEAD + "a $\\frac{1}$ b\n", 5, "\\frac needs 2 arguments");
    assertProblem(HEAD + "ok\nthe $x^{2$ here\n", 6, "column 8");
    assertProblem(HEAD + "ok\nthe $x^{2$ here\n", 6, "not closed");
    assertProblem(HEAD + "$\\sqrt[$\n", 5, "column 7");
    assertProblem(HEAD + "$x^$\n", 5, "^ needs");
    assertProblem(HEAD + "$a}b$\n", 5, "closes nothing");
  }

  @Test
  void twoFilesWithTheSameNumberAreFlaggedAndTheNumberOpensOneOfThem() throws Exception {
    Files.writeString(dir.resolve("01-first.md"), GOOD);
    Files.writeString(dir.resolve("01-second.md"), GOOD);
    LessonLibrary.Contents c = library.load(dir);
    assertThat(c.lessons()).extracting(Lesson::id).containsExactly("01-first");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).endsWith("01-second.md");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.reason()).contains("number 01").contains("01-first.md");
    });
    assertThat(c.find("01").id()).isEqualTo("01-first");
  }

  @Test
  void aListNestedEightHundredDeepIsReportedWithoutLayingItOut() {
    StringBuilder list = new StringBuilder(HEAD).append("intro\n\n");
    for (int i = 0; i < 800; i++) {
      list.append("  ".repeat(i)).append("- item\n");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertProblem(list.toString(), 7 + LessonParser.MAX_NESTING,
        "nested"));
    StringBuilder quotes = new StringBuilder(HEAD).append("> ".repeat(3000)).append("deep\n");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertProblem(quotes.toString(), 5, "nested"));
  }

  @Test
  void theQuestionIsCheckedLikeTheStepText() {
    assertProblem(HEAD + "```question\nWhat is $\\frac{1}$?\n```\n", 6, "\\frac needs 2 arguments");
    assertProblem(HEAD + "```question\nWhat costs $5?\n```\n", 6, "not closed");
  }

  @Test
  void textThatLooksLikeTheOldFormulaPlaceholderIsJustText() throws Exception {
    Lesson l = parser.parse("x", "x.md", HEAD + "MATHSPAN99X and MATHSPAN0X with $x$\n");
    assertThat(l.steps().get(0).text()).contains("MATHSPAN99X");
    MathSpans m = MathSpans.extract(l.steps().get(0).text());
    assertThat(m.spans()).hasSize(1);
    assertThat(m.text()).contains("MATHSPAN99X and MATHSPAN0X");
  }

  private void assertProblem(String text, int line, String reason) {
    assertThatThrownBy(() -> parser.parse("x", "x.md", text))
        .isInstanceOfSatisfying(LessonFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("x.md");
          assertThat(e.reason()).as(text.length() > 300 ? text.substring(0, 300) : text).contains(reason);
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
  }
}
