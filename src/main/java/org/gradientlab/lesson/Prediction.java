package org.gradientlab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gradientlab.format.Numbers;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;

/**
 * A question the student answers before the step's run is shown, with an answer the engine
 * computes from the step's scene ({@link PredictionAnswer}), never one the teacher typed.
 *
 * @param kind how the student answers: a number typed, one of the options, a point clicked on the
 *     landscape, or η set on the slider
 * @param question Markdown with maths: what is asked
 * @param tolerance how far a number, η or point may be from the engine's and still count (a
 *     fraction of the engine's value when {@code relative}); NaN for a choice
 * @param options the words a choice offers (empty for the other kinds)
 * @param hints at most {@link #MAX_HINTS}, shown one at a time on request
 * @param why one line, shown with the feedback: why the answer is what it is
 * @param line the line of the block's opening fence
 */
public record Prediction(Kind kind, String question, PredictionAnswer answer, double tolerance,
    boolean relative, List<String> options, List<String> hints, String why, int line) {

  public static final int MAX_HINTS = 2;
  /**
   * A tolerance must be tighter than this share of the answer: wider, and guesses like "0" or
   * "twice as far" would count as right.
   */
  public static final double MAX_RELATIVE_TOLERANCE = 0.25;

  public enum Kind {
    NUMBER("number"), CHOICE("choice"), POINT("point"), SLIDER("slider");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** How an answer compared with the engine's: right or not, and the line the student reads. */
  public record Feedback(boolean right, String text) {}

  public Prediction {
    options = List.copyOf(options);
    hints = List.copyOf(hints);
  }

  /** The engine's answer on {@code r}, the run of the step's scene, with the check of its margin. */
  public Expected expected(SceneResult r, Function<Scene, SceneResult> run) {
    Expected e = answer.compute(r, run);
    if (!e.defined()) {
      return e;
    }
    String margin = marginProblem(e, r);
    return margin == null ? e : Expected.undefined(margin);
  }

  /** The engine's answer on {@code r}, a run of the step's scene by {@code runner}, which also runs others. */
  public Expected expected(org.gradientlab.scene.WorkspaceResult r, org.gradientlab.scene.WorkspaceRunner runner) {
    if (!(r instanceof SceneResult lab)) {
      return Expected.undefined("predictions are about optimizer lab scenes");
    }
    return expected(lab, s -> (SceneResult) runner.run(s));
  }

  /**
   * Why the answer cannot tell right from wrong by a clear margin, or null: a choice whose answer
   * is not among its options; a tolerance so wide that 0 or twice the answer would count; a point
   * tolerance that accepts the start point (the guess "it stays put").
   */
  private String marginProblem(Expected e, SceneResult r) {
    switch (kind) {
      case CHOICE -> {
        if (!options.contains(e.choice())) {
          return "the engine's answer is '" + e.choice() + "', which is not among the options "
              + String.join(", ", options);
        }
        return null;
      }
      case POINT -> {
        double[] start = r.settings().start();
        if (distance(start, e.point()) <= tolerance) {
          return "the start point is within " + Numbers.compact(tolerance)
              + " of the answer: guessing 'it stays put' would count as right";
        }
        return null;
      }
      default -> {
        double share = relative ? tolerance : tolerance / Math.abs(e.value());
        if (e.value() != 0 && !(share < MAX_RELATIVE_TOLERANCE)) {
          return "the tolerance is " + Math.round(100 * share) + " % of the answer "
              + e.shown() + ": make it less than " + Math.round(100 * MAX_RELATIVE_TOLERANCE) + " %";
        }
        if (e.value() == 0 && relative) {
          return "the answer is 0, so a relative tolerance accepts nothing: give 'within' as a number";
        }
        return null;
      }
    }
  }

  /** How far a guess may be from {@code e} and count. */
  public double allowed(Expected e) {
    return relative ? tolerance * Math.abs(e.value()) : tolerance;
  }

  /** Judges a number typed or η set on the slider. */
  public Feedback judge(Expected e, double guess) {
    if (!Double.isFinite(guess)) {
      return new Feedback(false, "Type a number first.");
    }
    double off = Math.abs(guess - e.value());
    String what = subjectWords();
    if (off <= allowed(e)) {
      return new Feedback(true, "Right: " + what + " is " + e.shown() + "; you said " + Numbers.compact(guess) + ".");
    }
    return new Feedback(false, "Not quite: " + what + " is " + e.shown() + "; you said "
        + Numbers.compact(guess) + ", off by " + Numbers.compact(off) + " (within "
        + Numbers.compact(allowed(e)) + " counts).");
  }

  /** Judges one of the options. */
  public Feedback judge(Expected e, String choice) {
    String what = kind == Kind.CHOICE && answer.kind() == PredictionAnswer.Kind.FIRST_TO_CONVERGE
        ? "The first to converge is " : answer.subject().label() + " ";
    if (choice.equalsIgnoreCase(e.choice())) {
      return new Feedback(true, "Right: " + what + e.choice() + ".");
    }
    return new Feedback(false, "Not quite: " + what + e.choice() + ", not '" + choice + "'.");
  }

  /** Judges a point clicked on the landscape. */
  public Feedback judge(Expected e, double[] guess) {
    double off = distance(guess, e.point());
    String what = answer.subject().label() + " after " + steps(answer.step()) + " is at ";
    if (off <= tolerance) {
      return new Feedback(true, "Right: " + what + e.shown() + "; you clicked " + PredictionAnswer.point(guess) + ".");
    }
    return new Feedback(false, "Not quite: " + what + e.shown() + "; you clicked "
        + PredictionAnswer.point(guess) + ", " + Numbers.compact(off) + " away (within "
        + Numbers.compact(tolerance) + " counts).");
  }

  private String subjectWords() {
    PredictionAnswer a = answer;
    return switch (a.kind()) {
      case MEASURE_AFTER -> a.subject().label() + "'s " + a.measure().symbol() + " after " + steps(a.step());
      case CONVERGES_AT -> "the step at which " + a.subject().label() + " converges";
      case EDGE -> "the " + a.subject().label() + " edge";
      case LARGEST_CONVERGING_ETA -> "the largest η at which " + a.subject().label() + " converges";
      default -> a.text();
    };
  }

  private static String steps(int n) {
    return n + (n == 1 ? " step" : " steps");
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(s);
  }

  @Override
  public String toString() {
    return kind.key() + ": " + answer.text().toLowerCase(Locale.ROOT);
  }
}
