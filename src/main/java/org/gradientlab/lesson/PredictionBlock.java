package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gradientlab.format.Numbers;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.WorkspaceScene;

/**
 * Reads a {@code predict} block of a lesson step into a {@link Prediction}:
 *
 * <pre>
 * ```predict
 * number: After 5 steps of GD with $\eta = 0.25$ from $x = 1$, where is $x$?
 * answer: GD's x after 5 steps
 * within: 0.005
 * hint: Each step multiplies $x$ by $1 - 2\eta$.
 * hint: $x_5 = 0.5^5$.
 * why: The factor $1 - 2\eta = 0.5$ halves $x$ at every step.
 * ```
 * </pre>
 *
 * The first line says how the student answers ({@code number:}, {@code choice:}, {@code point:},
 * {@code slider:}) and asks the question; {@code answer:} names what the engine measures
 * ({@link PredictionAnswer}); {@code within:} is the tolerance (a number, or a percentage of the
 * answer) for all but a choice; {@code options:} the words a choice offers (by default converges,
 * oscillates, diverges for an outcome, the racing optimizers and "none" for the first to
 * converge); at most two {@code hint:} lines; one {@code why:} line. A line that starts with no key
 * continues the value above it. Read once the step's scene is known; every mistake is reported
 * with its line.
 */
final class PredictionBlock {

  private record Row(String value, int line) {}

  private final Map<String, List<Row>> rows = new LinkedHashMap<>();
  private final int open;
  private Prediction.Kind kind;
  private Row question;

  private static final List<String> KEYS = List.of("answer", "within", "options", "hint", "why");

  private PredictionBlock(int open) {
    this.open = open;
  }

  /** Splits the block into its keys; the kind must come first. */
  static PredictionBlock read(List<String> body, int open, String source) throws LessonFormatException {
    PredictionBlock b = new PredictionBlock(open);
    String lastKey = null;
    for (int k = 0; k < body.size(); k++) {
      String row = body.get(k).strip();
      int line = open + 1 + k;
      if (row.isEmpty()) {
        continue;
      }
      int colon = row.indexOf(':');
      String key = colon > 0 ? row.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
      Prediction.Kind kindKey = kindOf(key);
      if (kindKey != null) {
        if (b.kind != null) {
          throw new LessonFormatException(source, line, "a predict block asks one question: it has '"
              + b.kind.key() + ":' already");
        }
        if (!b.rows.isEmpty()) {
          throw new LessonFormatException(source, line, "the question ('" + key + ": …') comes first in a predict block");
        }
        b.kind = kindKey;
        b.question = new Row(row.substring(colon + 1).strip(), line);
        lastKey = key;
      } else if (KEYS.contains(key)) {
        if (b.kind == null) {
          throw new LessonFormatException(source, line, "a predict block starts with its question:"
              + " 'number:', 'choice:', 'point:' or 'slider:'");
        }
        b.rows.computeIfAbsent(key, x -> new ArrayList<>()).add(new Row(row.substring(colon + 1).strip(), line));
        lastKey = key;
      } else if (lastKey != null) {
        b.continueLast(lastKey, row);
      } else {
        throw new LessonFormatException(source, line, "a predict block starts with its question:"
            + " 'number:', 'choice:', 'point:' or 'slider:'");
      }
    }
    if (b.kind == null) {
      throw new LessonFormatException(source, open, "the predict block has no question: start it with"
          + " 'number:', 'choice:', 'point:' or 'slider:'");
    }
    return b;
  }

  private void continueLast(String key, String text) {
    if (kindOf(key) != null) {
      question = new Row(question.value() + " " + text, question.line());
      return;
    }
    List<Row> list = rows.get(key);
    Row last = list.remove(list.size() - 1);
    list.add(new Row(last.value() + " " + text, last.line()));
  }

  private static Prediction.Kind kindOf(String key) {
    for (Prediction.Kind k : Prediction.Kind.values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    return null;
  }

  /** Texts the app shows, for the formula checks: question, hints and why, with their lines. */
  List<SourceText> texts() {
    List<SourceText> out = new ArrayList<>();
    out.add(text(question));
    for (String key : List.of("hint", "why")) {
      for (Row r : rows.getOrDefault(key, List.of())) {
        out.add(text(r));
      }
    }
    return out;
  }

  private static SourceText text(Row r) {
    SourceText t = new SourceText();
    t.append(r.value(), r.line());
    return t;
  }

  /** The prediction on {@code scene}, the step's own. */
  Prediction build(WorkspaceScene scene, OptimizerCatalog catalog, String source) throws LessonFormatException {
    if (!(scene instanceof Scene lab)) {
      throw new LessonFormatException(source, open, "predictions are about optimizer lab scenes for now;"
          + " this step shows the " + scene.workspace().name().toLowerCase(Locale.ROOT) + " workspace");
    }
    for (String key : List.of("answer", "within", "options", "why")) {
      List<Row> list = rows.getOrDefault(key, List.of());
      if (list.size() > 1) {
        throw new LessonFormatException(source, list.get(1).line(), "a predict block has one '" + key + ":' line");
      }
    }
    if (question.value().isEmpty()) {
      throw new LessonFormatException(source, question.line(), "the question is empty");
    }
    Row answerRow = one("answer");
    if (answerRow == null) {
      throw new LessonFormatException(source, open, "the predict block has no 'answer:' line naming what"
          + " the engine measures, e.g. 'answer: GD's x after 5 steps'");
    }
    PredictionAnswer answer;
    try {
      answer = PredictionAnswer.parse(answerRow.value(), catalog);
    } catch (IllegalArgumentException e) {
      throw new LessonFormatException(source, answerRow.line(), e.getMessage());
    }
    fits(answer, answerRow, source);
    if (answer.stepNamed() > lab.steps()) {
      throw new LessonFormatException(source, answerRow.line(), "the scene runs " + lab.steps()
          + " steps, so step " + answer.stepNamed() + " is never reached: raise 'steps' or change the answer");
    }
    if (answer.subject() != null && !lab.optimizers().contains(answer.subject())
        && answer.kind() != PredictionAnswer.Kind.LARGEST_CONVERGING_ETA && answer.kind() != PredictionAnswer.Kind.EDGE) {
      throw new LessonFormatException(source, answerRow.line(), answer.subject().label()
          + " is not in this step's race");
    }
    double tolerance = Double.NaN;
    boolean relative = false;
    Row within = one("within");
    if (kind == Prediction.Kind.CHOICE) {
      if (within != null) {
        throw new LessonFormatException(source, within.line(), "a choice is right or wrong: it takes no 'within:'");
      }
    } else {
      if (within == null) {
        throw new LessonFormatException(source, open, "a " + kind.key() + " prediction needs 'within:',"
            + " how far an answer may be and still count (e.g. 'within: 0.01' or 'within: 5 %')");
      }
      String w = within.value().strip();
      relative = w.endsWith("%");
      try {
        tolerance = Numbers.parse(relative ? w.substring(0, w.length() - 1).strip() : w);
      } catch (IllegalArgumentException e) {
        tolerance = Double.NaN;
      }
      if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
        throw new LessonFormatException(source, within.line(), "'within:' is a positive number or percentage, not '" + w + "'");
      }
      if (relative) {
        tolerance /= 100;
      }
    }
    List<String> options = options(answer, lab, source);
    List<Row> hintRows = rows.getOrDefault("hint", List.of());
    if (hintRows.size() > Prediction.MAX_HINTS) {
      throw new LessonFormatException(source, hintRows.get(Prediction.MAX_HINTS).line(),
          "a prediction has at most " + Prediction.MAX_HINTS + " hints");
    }
    Row why = one("why");
    if (why == null || why.value().isEmpty()) {
      throw new LessonFormatException(source, why == null ? open : why.line(), "the predict block needs"
          + " a 'why:' line: one sentence, shown with the answer, saying why it is what it is");
    }
    return new Prediction(kind, question.value(), answer, tolerance, relative, options,
        hintRows.stream().map(Row::value).toList(), why.value(), open);
  }

  private Row one(String key) {
    List<Row> list = rows.get(key);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /** The answer must be what the student gives: a number, a word, a point, an η. */
  private void fits(PredictionAnswer a, Row row, String source) throws LessonFormatException {
    boolean ok = switch (kind) {
      case NUMBER -> a.kind().isNumber();
      case CHOICE -> a.kind().isChoice();
      case POINT -> a.kind() == PredictionAnswer.Kind.POINT_AFTER;
      case SLIDER -> a.kind() == PredictionAnswer.Kind.LARGEST_CONVERGING_ETA || a.kind() == PredictionAnswer.Kind.EDGE
          || a.kind() == PredictionAnswer.Kind.MEASURE_AFTER && a.measure() == Measure.ETA;
    };
    if (!ok) {
      String wants = switch (kind) {
        case NUMBER -> "a number, e.g. 'GD's x after 5 steps'";
        case CHOICE -> "a word: 'GD's outcome' or 'the first to converge'";
        case POINT -> "a point, e.g. 'Momentum's point after 20 steps'";
        case SLIDER -> "an η: 'the largest η at which GD converges' or 'the GD edge'";
      };
      throw new LessonFormatException(source, row.line(), "a " + kind.key() + " prediction's answer is " + wants);
    }
  }

  private List<String> options(PredictionAnswer answer, Scene lab, String source) throws LessonFormatException {
    Row row = one("options");
    if (kind != Prediction.Kind.CHOICE) {
      if (row != null) {
        throw new LessonFormatException(source, row.line(), "only a choice has 'options:'");
      }
      return List.of();
    }
    List<String> allowed = new ArrayList<>();
    if (answer.kind() == PredictionAnswer.Kind.OUTCOME) {
      allowed.addAll(List.of(PredictionAnswer.CONVERGES, PredictionAnswer.OSCILLATES, PredictionAnswer.DIVERGES,
          PredictionAnswer.DOES_NOT_CONVERGE));
    } else {
      for (OptimizerKind k : lab.optimizers()) {
        allowed.add(k.label());
      }
      allowed.add(PredictionAnswer.NONE);
    }
    if (row == null) {
      return answer.kind() == PredictionAnswer.Kind.OUTCOME ? PredictionAnswer.OUTCOME_OPTIONS : allowed;
    }
    List<String> out = new ArrayList<>();
    for (String o : row.value().split(",")) {
      String word = o.strip();
      String known = allowed.stream().filter(a -> a.equalsIgnoreCase(word)).findFirst().orElse(null);
      if (known == null) {
        throw new LessonFormatException(source, row.line(), "'" + word + "' is not an option the engine can"
            + " answer; these are: " + String.join(", ", allowed));
      }
      if (out.contains(known)) {
        throw new LessonFormatException(source, row.line(), "'" + word + "' is offered twice");
      }
      out.add(known);
    }
    if (out.size() < 2) {
      throw new LessonFormatException(source, row.line(), "a choice offers at least two options");
    }
    return out;
  }
}
