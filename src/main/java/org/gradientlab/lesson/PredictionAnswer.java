package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.format.Numbers;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;

/**
 * What a prediction's answer is, as the engine reads it off the step's run: the teacher names the
 * measure, never its value, so the answer cannot disagree with what the app shows.
 *
 * <pre>
 *   OPT's M after N steps                  a number: M (x, y, |x|, |y|, f, |f|, η) at step N
 *   the step at which OPT converges        a number: the step ‖∇f‖ fell below tolerance
 *   the OPT edge                           a number: the stability edge in closed form (2/L …)
 *   the largest η at which OPT converges   a number: measured by runs of the scene at other η
 *   OPT's outcome                          a word: converges, oscillates, diverges, does not converge
 *   the first to converge                  a word: the label of the racing optimizer, or "none"
 *   OPT's point after N steps              a point of the landscape
 * </pre>
 */
public record PredictionAnswer(Kind kind, String text, OptimizerKind subject, Measure measure, int step) {

  public enum Kind {
    MEASURE_AFTER, CONVERGES_AT, EDGE, LARGEST_CONVERGING_ETA, OUTCOME, FIRST_TO_CONVERGE, POINT_AFTER;

    /** Whether the answer is a number (a text field or a slider), a word, or a point. */
    public boolean isNumber() {
      return this == MEASURE_AFTER || this == CONVERGES_AT || this == EDGE || this == LARGEST_CONVERGING_ETA;
    }

    public boolean isChoice() {
      return this == OUTCOME || this == FIRST_TO_CONVERGE;
    }
  }

  /** The words of the outcomes, as options of a choice. */
  public static final String CONVERGES = "converges";
  public static final String OSCILLATES = "oscillates";
  public static final String DIVERGES = "diverges";
  public static final String DOES_NOT_CONVERGE = "does not converge";
  public static final String NONE = "none";

  /** The options an outcome prediction offers when the teacher gives none. */
  public static final List<String> OUTCOME_OPTIONS = List.of(CONVERGES, OSCILLATES, DIVERGES);

  /** η values tried before the edge is bisected: a log grid over the slider's range. */
  private static final int ETA_GRID = 80;
  private static final int BISECTIONS = 40;

  private static final String OPT = "([a-z]+(?:-[a-z]+)*)";
  private static final Pattern MEASURE_AFTER = Claim.p(OPT + "['’]s\\s+(\\S+) after (\\d+)\\s+steps?");
  private static final Pattern POINT_AFTER = Claim.p(OPT + "['’]s\\s+point after (\\d+)\\s+steps?");
  private static final Pattern CONVERGES_AT = Claim.p("the step at which " + OPT + " converges");
  private static final Pattern EDGE = Claim.p("the " + OPT + " edge");
  private static final Pattern LARGEST = Claim.p("the largest (?:η|eta) at which " + OPT + " converges");
  private static final Pattern OUTCOME = Claim.p(OPT + "['’]s\\s+outcome");
  private static final Pattern FIRST = Claim.p("the first to converge");

  /** Reads an answer; the message lists what the grammar offers when it is none of them. */
  public static PredictionAnswer parse(String text, OptimizerCatalog catalog) {
    String t = text.trim();
    Matcher m;
    if ((m = POINT_AFTER.matcher(t)).matches()) {
      return new PredictionAnswer(Kind.POINT_AFTER, t, catalog.kind(m.group(1)), null, step(m.group(2)));
    }
    if ((m = MEASURE_AFTER.matcher(t)).matches()) {
      return new PredictionAnswer(Kind.MEASURE_AFTER, t, catalog.kind(m.group(1)), Measure.parse(m.group(2)),
          step(m.group(3)));
    }
    if ((m = CONVERGES_AT.matcher(t)).matches()) {
      return new PredictionAnswer(Kind.CONVERGES_AT, t, catalog.kind(m.group(1)), null, -1);
    }
    if ((m = LARGEST.matcher(t)).matches()) {
      return new PredictionAnswer(Kind.LARGEST_CONVERGING_ETA, t, catalog.kind(m.group(1)), null, -1);
    }
    if ((m = EDGE.matcher(t)).matches()) {
      OptimizerKind k = catalog.kind(m.group(1));
      if (k.edge() == null) {
        throw new IllegalArgumentException(k.label() + " has no stability edge in closed form");
      }
      return new PredictionAnswer(Kind.EDGE, t, k, null, -1);
    }
    if ((m = OUTCOME.matcher(t)).matches()) {
      return new PredictionAnswer(Kind.OUTCOME, t, catalog.kind(m.group(1)), null, -1);
    }
    if (FIRST.matcher(t).matches()) {
      return new PredictionAnswer(Kind.FIRST_TO_CONVERGE, t, null, null, -1);
    }
    throw new IllegalArgumentException("cannot read the answer '" + t + "'; answers name what the"
        + " engine measures: 'GD's x after 5 steps', 'the step at which GD converges', 'the GD edge',"
        + " 'the largest η at which GD converges', 'GD's outcome', 'the first to converge',"
        + " 'Momentum's point after 20 steps'");
  }

  private static int step(String s) {
    return (int) Claim.steps(s);
  }

  /** The step the answer needs the run to reach, or −1. */
  public int stepNamed() {
    return kind == Kind.MEASURE_AFTER || kind == Kind.POINT_AFTER ? step : -1;
  }

  /**
   * The engine's answer on {@code r}, the run of the step's scene; {@code run} runs other scenes
   * (the same one at another η, for the largest converging η).
   */
  public Expected compute(SceneResult r, Function<Scene, SceneResult> run) {
    if (kind == Kind.FIRST_TO_CONVERGE) {
      return firstToConverge(r);
    }
    if (kind == Kind.EDGE) {
      double edge = r.scene().settings().config(subject).stabilityEdge(r.edges().largestCurvature());
      return Double.isFinite(edge) && edge > 0 ? Expected.number(edge)
          : Expected.undefined("the " + subject.label() + " edge is " + Numbers.compact(edge) + " on this landscape");
    }
    if (kind == Kind.LARGEST_CONVERGING_ETA) {
      return largestConvergingEta(r.scene(), run);
    }
    Trajectory t = find(r, subject);
    if (t == null) {
      return Expected.undefined(subject.label() + " is not in this step's race");
    }
    Outcome o = t.outcome();
    return switch (kind) {
      case OUTCOME -> o instanceof Outcome.Undefined u
          ? Expected.undefined(subject.label() + " cannot start: " + u.why()) : Expected.choice(word(o));
      case CONVERGES_AT -> o instanceof Outcome.Converged c ? Expected.number(c.step())
          : Expected.undefined(subject.label() + " does not converge: it " + org.gradientlab.run.OutcomeText.summary(t));
      case MEASURE_AFTER -> {
        if (step > t.lastStep()) {
          yield Expected.undefined(subject.label() + "'s run ends at step " + t.lastStep() + ", before step " + step);
        }
        if (!measure.readableIn(t)) {
          yield Expected.undefined(subject.label() + " has no " + measure.symbol() + " on this scene");
        }
        double v = measure.of(t, step);
        yield Double.isFinite(v) ? Expected.number(v)
            : Expected.undefined(subject.label() + "'s " + measure.symbol() + " is " + v + " at step " + step);
      }
      case POINT_AFTER -> {
        if (step > t.lastStep()) {
          yield Expected.undefined(subject.label() + "'s run ends at step " + t.lastStep() + ", before step " + step);
        }
        double[] p = t.theta(step);
        yield java.util.Arrays.stream(p).allMatch(Double::isFinite) ? Expected.point(p)
            : Expected.undefined(subject.label() + "'s point is not finite at step " + step);
      }
      default -> throw new IllegalStateException(kind.toString());
    };
  }

  /** The word of an outcome, as the options write it. */
  public static String word(Outcome o) {
    if (o instanceof Outcome.Converged) {
      return CONVERGES;
    }
    if (o instanceof Outcome.Oscillating) {
      return OSCILLATES;
    }
    if (o instanceof Outcome.Diverging) {
      return DIVERGES;
    }
    return DOES_NOT_CONVERGE;
  }

  private static Expected firstToConverge(SceneResult r) {
    String best = NONE;
    int bestStep = Integer.MAX_VALUE;
    boolean tie = false;
    for (Trajectory t : r.trajectories()) {
      if (t.outcome() instanceof Outcome.Converged c) {
        if (c.step() < bestStep) {
          best = t.optimizer().kind().label();
          bestStep = c.step();
          tie = false;
        } else if (c.step() == bestStep) {
          tie = true;
        }
      }
    }
    return tie ? Expected.undefined("two optimizers converge at step " + bestStep + " together")
        : Expected.choice(best);
  }

  /**
   * The largest η on the η slider's range at which the subject's run of this scene converges
   * within the scene's steps: the last converging η of a log grid, then bisection up to the first
   * that does not. Undefined when none converges, the slider's end does, or converging η do not
   * form one interval on the grid (then "the largest" is not what a slider finds).
   */
  private Expected largestConvergingEta(Scene scene, Function<Scene, SceneResult> run) {
    Hyperparameter eta = Hyperparameter.LEARNING_RATE;
    double lo = eta.sliderMin();
    double hi = eta.sliderMax();
    Scene alone = scene.withOptimizers(List.of(subject));
    List<Boolean> converges = new ArrayList<>();
    double[] grid = new double[ETA_GRID];
    for (int i = 0; i < ETA_GRID; i++) {
      grid[i] = lo * Math.pow(hi / lo, i / (double) (ETA_GRID - 1));
      converges.add(converges(alone, grid[i], run));
    }
    int last = converges.lastIndexOf(true);
    if (last < 0) {
      return Expected.undefined(subject.label() + " converges at no η of the slider in " + scene.steps() + " steps");
    }
    if (last == ETA_GRID - 1) {
      return Expected.undefined(subject.label() + " still converges at the slider's end, η = " + Numbers.compact(hi));
    }
    int first = converges.indexOf(true);
    if (converges.subList(first, last + 1).contains(false)) {
      return Expected.undefined(subject.label() + " converges at η on both sides of one where it does not");
    }
    double a = grid[last];
    double b = grid[last + 1];
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = Math.sqrt(a * b);
      if (converges(alone, mid, run)) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return Expected.number(a);
  }

  private boolean converges(Scene alone, double eta, Function<Scene, SceneResult> run) {
    Scene s = alone.withSettings(alone.settings().with(subject, Hyperparameter.LEARNING_RATE.key(), eta));
    return run.apply(s).trajectories().get(0).outcome() instanceof Outcome.Converged;
  }

  private static Trajectory find(SceneResult r, OptimizerKind k) {
    for (Trajectory t : r.trajectories()) {
      if (t.optimizer().kind() == k) {
        return t;
      }
    }
    return null;
  }

  static String point(double[] p) {
    return p.length == 1 ? Numbers.compact(p[0])
        : "(" + Numbers.compact(p[0]) + ", " + Numbers.compact(p[1]) + ")";
  }

  @Override
  public String toString() {
    return text.toLowerCase(Locale.ROOT);
  }
}
