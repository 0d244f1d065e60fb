package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.scene.Scene;
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
 * ```check                            ← claims the tests check against the engine
 * GD converges within 70 steps
 * ```
 * </pre>
 *
 * Errors name the file, the line and the reason; nothing is guessed.
 */
public final class LessonParser {

  private final SceneCodec codec;

  public LessonParser(SceneCodec codec) {
    this.codec = codec;
  }

  public Lesson parse(String id, String source, String text) throws LessonFormatException {
    String[] lines = text.split("\\R", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i >= lines.length || !lines[i].trim().equals("---")) {
      throw new LessonFormatException(source, i + 1,
          "a lesson starts with a front matter block: '---', 'title: …', '---'");
    }
    String title = null;
    String summary = "";
    int frontStart = i + 1;
    i++;
    while (i < lines.length && !lines[i].trim().equals("---")) {
      String row = lines[i].trim();
      if (!row.isEmpty()) {
        int colon = row.indexOf(':');
        if (colon <= 0) {
          throw new LessonFormatException(source, i + 1, "expected 'key: value' in the front matter");
        }
        String key = row.substring(0, colon).trim().toLowerCase();
        String value = row.substring(colon + 1).trim();
        switch (key) {
          case "title" -> title = value;
          case "summary" -> summary = value;
          default -> throw new LessonFormatException(source, i + 1,
              "unknown front matter key '" + key + "'; known: title, summary");
        }
      }
      i++;
    }
    if (i >= lines.length) {
      throw new LessonFormatException(source, frontStart, "the front matter is not closed by '---'");
    }
    if (title == null || title.isEmpty()) {
      throw new LessonFormatException(source, frontStart, "the front matter has no title");
    }
    i++;

    SourceText intro = new SourceText();
    List<LessonStep> steps = new ArrayList<>();
    Scene scene = Scene.initial();
    StepBuilder step = null;
    while (i < lines.length) {
      String line = lines[i];
      if (line.startsWith("## ")) {
        if (step != null) {
          steps.add(step.build(source));
          scene = steps.get(steps.size() - 1).scene();
        }
        step = new StepBuilder(line.substring(3).trim(), i + 1, scene);
        i++;
        continue;
      }
      if (line.trim().startsWith("```")) {
        String kind = line.trim().substring(3).trim().toLowerCase();
        int open = i + 1;
        StringBuilder body = new StringBuilder();
        i++;
        while (i < lines.length && !lines[i].trim().startsWith("```")) {
          body.append(lines[i]).append('\n');
          i++;
        }
        if (i >= lines.length) {
          throw new LessonFormatException(source, open, "the ```" + kind + " block is not closed by ```");
        }
        i++;
        if (kind.equals("scene") || kind.equals("check") || kind.equals("question")) {
          if (step == null) {
            throw new LessonFormatException(source, open,
                "a ```" + kind + " block belongs to a step: put a '## Step title' line above it");
          }
          step.block(kind, body.toString(), open, source, codec);
        } else {
          SourceText target = step == null ? intro : step.text;
          target.append("```" + kind, open);
          String[] code = body.toString().split("\n", -1);
          for (int k = 0; k + 1 < code.length; k++) {
            target.append(code[k], open + 1 + k);
          }
          target.append("```", i);
        }
        continue;
      }
      (step == null ? intro : step.text).append(line, i + 1);
      i++;
    }
    if (step != null) {
      steps.add(step.build(source));
    }
    if (steps.isEmpty()) {
      throw new LessonFormatException(source, lines.length - (text.endsWith("\n") ? 1 : 0),
          "the lesson has no steps: start each step with a '## Step title' line");
    }
    checkMath(intro, source);
    return new Lesson(id, source, title, summary, intro.text().strip(), steps);
  }

  /** Every $…$ closed, every formula one that JLaTeXMath can typeset; else file and line. */
  static void checkMath(SourceText text, String source) throws LessonFormatException {
    MathSpans spans;
    try {
      spans = MathSpans.extract(text.text());
    } catch (IllegalArgumentException e) {
      int offset = MathSpans.unclosedAt(text.text());
      throw new LessonFormatException(source, text.lineAt(offset),
          "a formula opened with $ is not closed (write \\$ for a dollar sign)");
    }
    for (MathSpans.Span span : spans.spans()) {
      String problem = FormulaCheck.problem(span.latex());
      if (problem != null) {
        throw new LessonFormatException(source, text.lineAt(span.offset()),
            "the formula $" + span.latex() + "$ cannot be typeset: " + problem);
      }
    }
  }

  private static final class StepBuilder {
    final String title;
    final int line;
    final SourceText text = new SourceText();
    Scene scene;
    boolean sceneGiven;
    String question = "";
    final List<Claim> claims = new ArrayList<>();

    StepBuilder(String title, int line, Scene inherited) {
      this.title = title;
      this.line = line;
      this.scene = inherited;
    }

    void block(String kind, String body, int open, String source, SceneCodec codec)
        throws LessonFormatException {
      switch (kind) {
        case "scene" -> {
          if (sceneGiven) {
            throw new LessonFormatException(source, open, "a step has at most one ```scene block");
          }
          try {
            scene = codec.parse(body, scene);
          } catch (SceneFormatException e) {
            throw new LessonFormatException(source, open + e.line(), e.reason());
          }
          sceneGiven = true;
        }
        case "question" -> question = body.strip();
        default -> {
          String[] rows = body.split("\n", -1);
          for (int k = 0; k < rows.length; k++) {
            if (rows[k].isBlank()) {
              continue;
            }
            try {
              claims.add(Claim.parse(rows[k], open + 1 + k));
            } catch (IllegalArgumentException e) {
              throw new LessonFormatException(source, open + 1 + k, e.getMessage());
            }
          }
        }
      }
    }

    LessonStep build(String source) throws LessonFormatException {
      if (title.isEmpty()) {
        throw new LessonFormatException(source, line, "the step heading has no title");
      }
      checkMath(text, source);
      return new LessonStep(title, text.text().strip(), scene, question, claims, line);
    }
  }
}
