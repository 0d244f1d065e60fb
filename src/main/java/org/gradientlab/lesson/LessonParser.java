package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceScene;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneFormatException;

/**
 * Reads a lesson file: Markdown a teacher can write in any editor.
 *
 * <pre>
 * ---
 * title: The learning rate on f(x) = x²
 * summary: One number decides …
 * ---
 * Introduction, with inline $\eta$ and display $$x_{k+1} = (1 - 2\eta)x_k$$ maths.
 *
 * ## A small learning rate            ← each "## " heading starts a step
 * Text of the step.
 * ```scene                            ← what the step sets (over the previous step's scene)
 * landscape: parabola
 * eta: 0.1
 * ```
 * ```question                         ← a question or action for the student
 * Drag η past 1.0 — what happens?
 * ```
 * ```predict                          ← the student answers first; the engine knows the answer
 * number: After 5 steps, where is $x$?
 * answer: GD's x after 5 steps
 * within: 0.005
 * why: Each step halves $x$.
 * ```
 * ```check                            ← claims the tests check against the engine
 * GD converges within 70 steps
 * derived: the factor 1 − 2η = 0.8    ← a figure the text gets by algebra, not from a run
 * ```
 * </pre>
 *
 * Errors name the file, the line and the reason; nothing is guessed. A byte order mark is skipped.
 * Every formula must typeset and every text nest at most {@link #MAX_NESTING} lists deep, so that
 * whatever loads can be shown.
 */
public final class LessonParser {

  /** Lists and quotes inside each other that a lesson may use. */
  public static final int MAX_NESTING = MarkdownNesting.MAX_LEVELS;

  private static final Set<String> STEP_BLOCKS = Set.of("scene", "check", "question", "predict");
  private static final String DERIVED = "derived:";

  private final WorkspaceSceneCodec codec;

  public LessonParser(SceneCodec codec) {
    this.codec = new WorkspaceSceneCodec(codec);
  }

  public Lesson parse(String id, String source, String text) throws LessonFormatException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Lines in = new Lines(source, body.split("\\R", -1));
    FrontMatter front = frontMatter(in);
    SourceText intro = new SourceText();
    List<LessonStep> steps = new ArrayList<>();
    StepBuilder step = null;
    while (in.more()) {
      String line = in.line();
      if (isStepHeading(line)) {
        if (step != null) {
          steps.add(step.build(source, codec.lab().optimizers()));
        }
        WorkspaceScene inherited = steps.isEmpty() ? Scene.initial() : steps.get(steps.size() - 1).scene();
        step = new StepBuilder(line.substring(3).trim(), in.number(), inherited, lastOf(steps));
        in.next();
      } else if (fenceTicks(line) > 0) {
        fence(in, step, intro);
      } else {
        (step == null ? intro : step.text).append(line, in.number());
        in.next();
      }
    }
    if (step != null) {
      steps.add(step.build(source, codec.lab().optimizers()));
    }
    if (steps.isEmpty()) {
      throw new LessonFormatException(source, in.count() - (body.endsWith("\n") ? 1 : 0),
          "the lesson has no steps: start each step with a '## Step title' line");
    }
    checkText(intro, source);
    return new Lesson(id, source, front.title, front.summary, intro.text().strip(), steps);
  }

  /** The lesson's last scene of each workspace so far (the initial one where it has none). */
  private static Function<Workspace, WorkspaceScene> lastOf(List<LessonStep> steps) {
    return w -> {
      for (int i = steps.size() - 1; i >= 0; i--) {
        if (steps.get(i).scene().workspace() == w) {
          return steps.get(i).scene();
        }
      }
      return WorkspaceSceneCodec.initial(w);
    };
  }

  /** How far a scene's run goes: steps of the lab, updates of a net, outer iterations. */
  private static int reach(WorkspaceScene s) {
    if (s instanceof NetScene n) {
      return n.steps();
    }
    if (s instanceof HyperScene h) {
      return h.iterations();
    }
    return ((Scene) s).steps();
  }

  private static String unit(WorkspaceScene s) {
    return switch (s.workspace()) {
      case LAB -> "steps";
      case NETS -> "updates";
      case HYPER -> "outer iterations";
    };
  }

  private static String key(WorkspaceScene s) {
    return s.workspace() == Workspace.HYPER ? "iterations" : "steps";
  }

  /** The lines of a file and where the reading is. */
  private static final class Lines {
    final String source;
    final String[] lines;
    int i;

    Lines(String source, String[] lines) {
      this.source = source;
      this.lines = lines;
    }

    boolean more() {
      return i < lines.length;
    }

    String line() {
      return lines[i];
    }

    /** The 1-based number of the current line. */
    int number() {
      return i + 1;
    }

    int count() {
      return lines.length;
    }

    void next() {
      i++;
    }

    void skipBlank() {
      while (more() && line().isBlank()) {
        next();
      }
    }

    LessonFormatException error(int line, String reason) {
      return new LessonFormatException(source, line, reason);
    }
  }

  private record FrontMatter(String title, String summary) {}

  /** The '---' block with the title and summary; leaves the reading just after it. */
  private static FrontMatter frontMatter(Lines in) throws LessonFormatException {
    in.skipBlank();
    if (!in.more() || !in.line().trim().equals("---")) {
      throw in.error(in.number(), "a lesson starts with a front matter block: '---', 'title: …', '---'");
    }
    int start = in.number();
    String title = null;
    String summary = "";
    in.next();
    for (; in.more() && !in.line().trim().equals("---"); in.next()) {
      String row = in.line().trim();
      if (row.isEmpty()) {
        continue;
      }
      int colon = row.indexOf(':');
      if (colon <= 0) {
        throw in.error(in.number(), "expected 'key: value' in the front matter");
      }
      String key = row.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = row.substring(colon + 1).trim();
      switch (key) {
        case "title" -> title = value;
        case "summary" -> summary = value;
        default -> throw in.error(in.number(), "unknown front matter key '" + key + "'; known: title, summary");
      }
    }
    if (!in.more()) {
      throw in.error(start, "the front matter is not closed by '---'");
    }
    if (title == null || title.isEmpty()) {
      throw in.error(start, "the front matter has no title");
    }
    in.next();
    return new FrontMatter(title, summary);
  }

  private static boolean isStepHeading(String line) {
    return line.startsWith("## ");
  }

  /** How many backticks open a fence on this line (at least 3), or 0 when it is no fence. */
  private static int fenceTicks(String line) {
    String t = line.trim();
    int n = 0;
    while (n < t.length() && t.charAt(n) == '`') {
      n++;
    }
    return n >= 3 ? n : 0;
  }

  /**
   * A fenced block: a scene, check or question block of the current step, or code that belongs to
   * the text. As in CommonMark a fence is closed by a line of at least as many backticks and
   * nothing else; a scene, check or question block cannot hold another fence or a step heading, so
   * meeting one means the block was not closed, which is reported at the line that opened it.
   */
  private void fence(Lines in, StepBuilder step, SourceText intro) throws LessonFormatException {
    String opening = in.line().trim();
    int ticks = fenceTicks(opening);
    String kind = opening.substring(ticks).trim().toLowerCase(Locale.ROOT);
    boolean ofStep = STEP_BLOCKS.contains(kind);
    int open = in.number();
    List<String> body = new ArrayList<>();
    for (in.next(); ; in.next()) {
      if (!in.more()) {
        throw unclosed(in, kind, open, "the file ends first");
      }
      String line = in.line();
      int closing = fenceTicks(line);
      if (closing >= ticks && line.trim().length() == closing) {
        break;
      }
      if (ofStep && (closing > 0 || isStepHeading(line))) {
        throw unclosed(in, kind, open, "line " + in.number() + " starts "
            + (closing > 0 ? "another block" : "a new step"));
      }
      body.add(line);
    }
    int close = in.number();
    in.next();
    if (ofStep) {
      if (step == null) {
        throw in.error(open, "a ```" + kind + " block belongs to a step: put a '## Step title' line above it");
      }
      step.block(kind, body, open, in.source, codec);
      return;
    }
    SourceText target = step == null ? intro : step.text;
    target.append(opening, open);
    for (int k = 0; k < body.size(); k++) {
      target.append(body.get(k), open + 1 + k);
    }
    target.append(opening.substring(0, ticks), close);
  }

  private static LessonFormatException unclosed(Lines in, String kind, int open, String why) {
    return in.error(open, "the ```" + kind + " block opened here is not closed by a ``` line (" + why + ")");
  }

  /**
   * Text that will be shown: every $…$ closed, every formula sound and one that JLaTeXMath can
   * typeset, lists and quotes nested within bounds; else the file, line (and column) and why.
   */
  static void checkText(SourceText text, String source) throws LessonFormatException {
    MathSpans spans;
    try {
      spans = MathSpans.extract(text.text());
    } catch (IllegalArgumentException e) {
      int offset = MathSpans.unclosedAt(text.text());
      throw new LessonFormatException(source, text.lineAt(offset),
          "a formula opened with $ is not closed (write \\$ for a dollar sign)");
    }
    for (MathSpans.Span span : spans.spans()) {
      checkFormula(text, source, span);
    }
    MarkdownNesting.TooDeep deep = MarkdownNesting.find(text.text());
    if (deep != null) {
      throw new LessonFormatException(source, text.lineOfRow(deep.row()), deep.reason());
    }
  }

  private static void checkFormula(SourceText text, String source, MathSpans.Span span)
      throws LessonFormatException {
    String shown = span.latex().length() > 40 ? span.latex().substring(0, 37) + "…" : span.latex();
    LatexStructure.Problem structure = LatexStructure.check(span.latex());
    if (structure != null) {
      int at = span.latexOffset() + structure.index();
      throw new LessonFormatException(source, text.lineAt(at), "column " + text.columnAt(at)
          + ": the formula $" + shown + "$ cannot be typeset: " + structure.reason());
    }
    String problem = FormulaCheck.problem(span.latex());
    if (problem != null) {
      throw new LessonFormatException(source, text.lineAt(span.offset()),
          "the formula $" + shown + "$ cannot be typeset: " + problem);
    }
  }

  private static final class StepBuilder {
    final String title;
    final int line;
    final SourceText text = new SourceText();
    WorkspaceScene scene;
    final Function<Workspace, WorkspaceScene> lastOf;
    boolean sceneGiven;
    String question = "";
    PredictionBlock predict;
    /** The check block's claims as written, with their lines: read once the step's workspace is known. */
    final List<String> claimRows = new ArrayList<>();
    final List<Integer> claimLines = new ArrayList<>();
    final List<String> derived = new ArrayList<>();

    StepBuilder(String title, int line, WorkspaceScene inherited, Function<Workspace, WorkspaceScene> lastOf) {
      this.title = title;
      this.line = line;
      this.scene = inherited;
      this.lastOf = lastOf;
    }

    void block(String kind, List<String> body, int open, String source, WorkspaceSceneCodec codec)
        throws LessonFormatException {
      switch (kind) {
        case "scene" -> {
          if (sceneGiven) {
            throw new LessonFormatException(source, open, "a step has at most one ```scene block");
          }
          try {
            scene = codec.parse(String.join("\n", body) + "\n", scene, lastOf);
          } catch (SceneFormatException e) {
            throw new LessonFormatException(source, open + e.line(), e.reason());
          }
          sceneGiven = true;
        }
        case "question" -> {
          SourceText q = new SourceText();
          for (int k = 0; k < body.size(); k++) {
            q.append(body.get(k), open + 1 + k);
          }
          checkText(q, source);
          question = q.text().strip();
        }
        case "predict" -> {
          if (predict != null) {
            throw new LessonFormatException(source, open, "a step has at most one ```predict block");
          }
          predict = PredictionBlock.read(body, open, source);
          for (SourceText t : predict.texts()) {
            checkText(t, source);
          }
        }
        default -> checks(body, open, source);
      }
    }

    /** The claims of a check block, and its 'derived:' lines. */
    private void checks(List<String> rows, int open, String source) throws LessonFormatException {
      for (int k = 0; k < rows.size(); k++) {
        String row = rows.get(k);
        if (row.isBlank()) {
          continue;
        }
        if (row.strip().toLowerCase(Locale.ROOT).startsWith(DERIVED)) {
          derived.add(row.strip().substring(DERIVED.length()).strip());
          continue;
        }
        claimRows.add(row);
        claimLines.add(open + 1 + k);
      }
    }

    LessonStep build(String source, OptimizerCatalog optimizers) throws LessonFormatException {
      if (title.isEmpty()) {
        throw new LessonFormatException(source, line, "the step heading has no title");
      }
      checkText(text, source);
      List<LessonClaim> claims = new ArrayList<>();
      for (int k = 0; k < claimRows.size(); k++) {
        try {
          claims.add(LessonClaim.parse(claimRows.get(k), claimLines.get(k), scene.workspace(), optimizers));
        } catch (IllegalArgumentException e) {
          throw new LessonFormatException(source, claimLines.get(k), e.getMessage());
        }
      }
      int reach = reach(scene);
      for (LessonClaim c : claims) {
        if (c.stepNamed() > reach) {
          throw new LessonFormatException(source, c.line(), "the scene runs " + reach + " "
              + unit(scene) + ", so " + c.stepNamed() + " is never reached: raise '" + key(scene)
              + "' or change the claim");
        }
      }
      Prediction prediction = predict == null ? null : predict.build(scene, optimizers, source);
      return new LessonStep(title, text.text().strip(), scene, question, claims, line, derived, prediction);
    }
  }
}
