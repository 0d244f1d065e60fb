package org.gradientlab.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.format.Numbers;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.StepAnatomy;
import org.gradientlab.run.LearningRateSweep;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneResult;

/**
 * A checkable statement in a lesson, e.g. "GD converges within 70 steps", "Momentum diverges",
 * "the GD edge is 1". Lessons must say only what the engine shows; every claim is checked against
 * a run of its step's scene, in the tests and, live, next to the text in the app.
 *
 * <p>Grammar (one per line, case-insensitive; OPT is an optimizer name):
 * <pre>
 *   OPT converges [within N steps | in N steps]
 *   OPT converges faster than OPT
 *   OPT oscillates                            (bounded, neither settling nor growing)
 *   OPT diverges [at step N | within N steps] (at/within: the step the run was stopped at)
 *   OPT diverges from step N                  (the steps grow from step N on)
 *   OPT does not converge [within N steps]    (the budget, ≥ N, ended first; alias: keeps running)
 *   OPT ends near X[, Y] [within TOL]        (default TOL 0.05)
 *   OPT ends below V                          (final f(θ) &lt; V)
 *   OPT is at X[, Y] after N steps            (to 1e-9)
 *   OPT ends with f near V [within TOL]       (default TOL: half a unit of V's last digit)
 *   OPT's M passes V at step N                (the first step at which M is on V's other side)
 *   OPT's M passes V within N steps
 *   OPT's M stays (above | below) V           (at every recorded step)
 *   OPT's M ends (above | below) V            (at the last step)
 *   (M: x, y, |x|, |y|, f, |f|, or η — the learning rate of an optimizer that adapts it)
 *   the OPT edge is V                         (to 0.5 %; OPT with an edge in closed form)
 *   OPT's step size in (x | y) at step N is V [within TOL]
 *                                             (inside the optimizer: the effective step size
 *                                             η/(√ŝ + δ) … that coordinate got at step N, θ_N → θ_N+1,
 *                                             as the "inside" caption shows it; default TOL: half a
 *                                             unit of V's last digit)
 *   tuned OPT ends lower than tuned OPT       (each at its own best η of "Tune each"'s grid: lowest
 *                                             f after the scene's steps, a diverging run worst)
 *   tuned OPT's η is V [within TOL]           (that best η; default TOL: half a unit of V's last digit)
 * </pre>
 * M is a measure of the iterate: x, y (its coordinates), |x|, |y|, f or |f|. A step count N is a
 * whole number from 0 to {@link Scene#MAX_STEPS}, a tolerance is positive: a claim that breaks
 * this is refused when the lesson is read, with its line.
 *
 * @param measure what a PASSES_* or STAYS_* claim follows; null for the other kinds
 */
public record Claim(String text, int line, Kind kind, OptimizerKind subject, OptimizerKind other,
    double[] numbers, Measure measure) implements LessonClaim {

  public enum Kind {
    CONVERGES, CONVERGES_WITHIN, CONVERGES_IN, CONVERGES_FASTER, OSCILLATES, DIVERGES, DIVERGES_AT,
    DIVERGES_WITHIN, DIVERGES_FROM, KEEPS_RUNNING, ENDS_NEAR, ENDS_BELOW, IS_AT, EDGE,
    ENDS_WITH_VALUE_NEAR, PASSES_AT, PASSES_WITHIN, STAYS_ABOVE, STAYS_BELOW, MEASURE_ENDS_ABOVE,
    MEASURE_ENDS_BELOW, STEP_SIZE, TUNED_LOWER, TUNED_ETA
  }

  /** The outcome of checking a claim: whether it holds and what the engine actually shows. */
  public record Verdict(boolean holds, String actual) {}

  static final double DEFAULT_NEAR = 0.05;
  static final double IS_AT_TOLERANCE = 1e-9;
  static final double EDGE_RELATIVE = 0.005;

  /** An optimizer label: letters, with hyphens between them (GD-HD). */
  private static final String OPT = "([a-z]+(?:-[a-z]+)*)";
  static final String NUM = "([-+−]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[-+−]?\\d+)?)";
  private static final String STEPS = "\\s+steps?";

  private static final Pattern CONVERGES = p(OPT + " converges");
  private static final Pattern CONVERGES_WITHIN = p(OPT + " converges within " + NUM + STEPS);
  private static final Pattern CONVERGES_IN = p(OPT + " converges in " + NUM + STEPS);
  private static final Pattern FASTER = p(OPT + " converges faster than " + OPT);
  private static final Pattern OSCILLATES = p(OPT + " oscillates");
  private static final Pattern DIVERGES = p(OPT + " diverges");
  private static final Pattern DIVERGES_AT = p(OPT + " diverges at step " + NUM);
  private static final Pattern DIVERGES_WITHIN = p(OPT + " diverges within " + NUM + STEPS);
  private static final Pattern DIVERGES_FROM = p(OPT + " diverges from step " + NUM);
  private static final Pattern RUNNING = p(OPT + " (?:keeps running|does not converge)");
  private static final Pattern NOT_WITHIN = p(OPT + " does not converge within " + NUM + STEPS);
  private static final Pattern NEAR = p(OPT + " ends near \\(?" + NUM + "(?:\\s*,\\s*" + NUM
      + ")?\\)?(?: within " + NUM + ")?");
  private static final Pattern BELOW = p(OPT + " ends below " + NUM);
  private static final Pattern IS_AT = p(OPT + " is at \\(?" + NUM + "(?:\\s*,\\s*" + NUM
      + ")?\\)? after " + NUM + STEPS);
  private static final Pattern EDGE = p("the " + OPT + " edge is " + NUM);
  private static final Pattern VALUE_NEAR = p(OPT + " ends with f near " + NUM + "(?: within " + NUM + ")?");
  private static final String MEASURE = "['’]s\\s+(\\S+)";
  private static final Pattern PASSES_AT = p(OPT + MEASURE + " passes " + NUM + " at step " + NUM);
  private static final Pattern PASSES_WITHIN = p(OPT + MEASURE + " passes " + NUM + " within " + NUM + STEPS);
  private static final Pattern STAYS = p(OPT + MEASURE + " stays (above|below) " + NUM);
  private static final Pattern MEASURE_ENDS = p(OPT + MEASURE + " ends (above|below) " + NUM);
  private static final Pattern STEP_SIZE = p(OPT + "['’]s step size in (x|y) at step " + NUM + " is " + NUM
      + "(?: within " + NUM + ")?");
  private static final Pattern TUNED_LOWER = p("tuned " + OPT + " ends lower than tuned " + OPT);
  private static final Pattern TUNED_ETA = p("tuned " + OPT + "['’]s (?:η|eta) is " + NUM + "(?: within " + NUM + ")?");

  static Pattern p(String regex) {
    return Pattern.compile("\\s*" + regex + "\\s*\\.?\\s*", Pattern.CASE_INSENSITIVE);
  }

  /** Reads one claim about the shipped optimizers. */
  public static Claim parse(String text, int line) {
    return parse(text, line, OptimizerCatalog.standard());
  }

  /** Reads one claim; the message says what the grammar expects when it is not one. */
  public static Claim parse(String text, int line, OptimizerCatalog catalog) {
    Matcher m;
    Claim measured = parseMeasured(text, line, catalog);
    if (measured != null) {
      return measured;
    }
    if ((m = STEP_SIZE.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.STEP_SIZE, m.group(1), null,
          m.group(2).equalsIgnoreCase("x") ? 0 : 1, steps(m.group(3)), num(m.group(4)),
          m.group(5) == null ? halfUnit(m.group(4)) : tolerance(m.group(5)));
    }
    if ((m = TUNED_LOWER.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.TUNED_LOWER, m.group(1), m.group(2));
    }
    if ((m = TUNED_ETA.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.TUNED_ETA, m.group(1), null, num(m.group(2)),
          m.group(3) == null ? halfUnit(m.group(2)) : tolerance(m.group(3)));
    }
    if ((m = CONVERGES_WITHIN.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.CONVERGES_WITHIN, m.group(1), null, steps(m.group(2)));
    }
    if ((m = CONVERGES_IN.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.CONVERGES_IN, m.group(1), null, steps(m.group(2)));
    }
    if ((m = FASTER.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.CONVERGES_FASTER, m.group(1), m.group(2));
    }
    if ((m = CONVERGES.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.CONVERGES, m.group(1), null);
    }
    if ((m = OSCILLATES.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.OSCILLATES, m.group(1), null);
    }
    if ((m = DIVERGES_AT.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.DIVERGES_AT, m.group(1), null, steps(m.group(2)));
    }
    if ((m = DIVERGES_WITHIN.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.DIVERGES_WITHIN, m.group(1), null, steps(m.group(2)));
    }
    if ((m = DIVERGES_FROM.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.DIVERGES_FROM, m.group(1), null, steps(m.group(2)));
    }
    if ((m = NOT_WITHIN.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.KEEPS_RUNNING, m.group(1), null, steps(m.group(2)));
    }
    if ((m = DIVERGES.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.DIVERGES, m.group(1), null);
    }
    if ((m = RUNNING.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.KEEPS_RUNNING, m.group(1), null);
    }
    if ((m = NEAR.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.ENDS_NEAR, m.group(1), null, num(m.group(2)),
          m.group(3) == null ? Double.NaN : num(m.group(3)),
          m.group(4) == null ? DEFAULT_NEAR : tolerance(m.group(4)));
    }
    if ((m = BELOW.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.ENDS_BELOW, m.group(1), null, num(m.group(2)));
    }
    if ((m = IS_AT.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.IS_AT, m.group(1), null, num(m.group(2)),
          m.group(3) == null ? Double.NaN : num(m.group(3)), steps(m.group(4)));
    }
    if ((m = EDGE.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.EDGE, m.group(1), null, num(m.group(2)));
    }
    if ((m = VALUE_NEAR.matcher(text)).matches()) {
      return of(catalog, text, line, Kind.ENDS_WITH_VALUE_NEAR, m.group(1), null, num(m.group(2)),
          m.group(3) == null ? halfUnit(m.group(2)) : tolerance(m.group(3)));
    }
    throw new IllegalArgumentException("cannot read the claim '" + text.trim() + "'; claims look like"
        + " 'GD converges within 70 steps', 'Momentum oscillates', 'Adam diverges at step 12',"
        + " 'GD ends near 3, 2', 'GD ends with f near 0.079', 'GD's |y| passes 1e6 at step 177',"
        + " 'GD's x stays above 0', 'the GD edge is 1', 'Adam's step size in y at step 0 is 5',"
        + " 'tuned Adam ends lower than tuned GD', 'tuned GD's η is 1.78'");
  }

  /** The claims about a measure of the iterate ("GD's |y| passes 1e6 at step 177"); else null. */
  private static Claim parseMeasured(String text, int line, OptimizerCatalog catalog) {
    Matcher m;
    if ((m = PASSES_AT.matcher(text)).matches()) {
      return measured(catalog, text, line, Kind.PASSES_AT, m.group(1), m.group(2), num(m.group(3)),
          steps(m.group(4)));
    }
    if ((m = PASSES_WITHIN.matcher(text)).matches()) {
      return measured(catalog, text, line, Kind.PASSES_WITHIN, m.group(1), m.group(2), num(m.group(3)),
          steps(m.group(4)));
    }
    if ((m = MEASURE_ENDS.matcher(text)).matches()) {
      return measured(catalog, text, line,
          m.group(3).equalsIgnoreCase("above") ? Kind.MEASURE_ENDS_ABOVE : Kind.MEASURE_ENDS_BELOW,
          m.group(1), m.group(2), num(m.group(4)));
    }
    if ((m = STAYS.matcher(text)).matches()) {
      return measured(catalog, text, line,
          m.group(3).equalsIgnoreCase("above") ? Kind.STAYS_ABOVE : Kind.STAYS_BELOW,
          m.group(1), m.group(2), num(m.group(4)));
    }
    return null;
  }

  private static Claim measured(OptimizerCatalog catalog, String text, int line, Kind kind,
      String subject, String measure, double... numbers) {
    Claim c = of(catalog, text, line, kind, subject, null, numbers);
    return new Claim(c.text, c.line, c.kind, c.subject, null, c.numbers, Measure.parse(measure));
  }

  private static Claim of(OptimizerCatalog catalog, String text, int line, Kind kind, String subject,
      String other, double... numbers) {
    OptimizerKind s = catalog.kind(subject);
    OptimizerKind o = other == null ? null : catalog.kind(other);
    if (kind == Kind.EDGE && s.edge() == null) {
      throw new IllegalArgumentException(s.label() + " has no stability edge in closed form; "
          + "these do: " + String.join(", ", withEdges(catalog)));
    }
    return new Claim(text.trim(), line, kind, s, o, numbers, null);
  }

  private static java.util.List<String> withEdges(OptimizerCatalog catalog) {
    java.util.List<String> labels = new java.util.ArrayList<>();
    for (OptimizerKind k : catalog.kinds()) {
      if (k.edge() != null) {
        labels.add(k.label());
      }
    }
    return labels;
  }

  static double num(String s) {
    double v = Numbers.parse(s);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(s + " is not a finite number");
    }
    return v;
  }

  /** A step count: a whole number from 0 to the most steps a scene runs. */
  static double steps(String s) {
    double v = Numbers.parse(s);
    if (v != Math.rint(v) || v < 0) {
      throw new IllegalArgumentException("a step count is a whole number from 0 to "
          + Scene.MAX_STEPS + ", not " + s);
    }
    if (v > Scene.MAX_STEPS) {
      throw new IllegalArgumentException("a step count is at most " + Scene.MAX_STEPS
          + " (the most steps a scene runs), not " + s);
    }
    return v;
  }

  static double tolerance(String s) {
    double v = num(s);
    if (!(v > 0)) {
      throw new IllegalArgumentException("a tolerance is a positive number, not " + s);
    }
    return v;
  }

  /** Half a unit in the last digit written: "0.0791" → 0.00005, "0.30" → 0.005, "2e-3" → 0.0005. */
  static double halfUnit(String written) {
    String t = written.trim().replace('−', '-').toLowerCase(Locale.ROOT);
    int e = t.indexOf('e');
    String mantissa = e < 0 ? t : t.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(t.substring(e + 1).replace("+", ""));
    int dot = mantissa.indexOf('.');
    int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
    return 0.5 * Math.pow(10, exponent - decimals);
  }

  /**
   * The step a claim says something happens at, which the scene must run to: "after N steps",
   * "in N steps", "at step N", "from step N"; −1 for claims that name no such step.
   */
  @Override
  public int stepNamed() {
    return switch (kind) {
      case IS_AT -> (int) numbers[2];
      case CONVERGES_IN, DIVERGES_AT, DIVERGES_FROM -> (int) numbers[0];
      case PASSES_AT -> (int) numbers[1];
      case STEP_SIZE -> (int) numbers[1] + 1; // step N goes from θ_N to θ_N+1
      default -> -1;
    };
  }

  @Override
  public org.gradientlab.scene.Workspace workspace() {
    return org.gradientlab.scene.Workspace.LAB;
  }

  @Override
  public Verdict check(org.gradientlab.scene.WorkspaceResult r) {
    return r instanceof SceneResult lab
        ? check(lab) : new Verdict(false, "this claim is about an optimizer lab scene");
  }

  /** Checks this claim against a run of its step's scene. */
  public Verdict check(SceneResult r) {
    if (kind == Kind.EDGE) {
      double edge = r.scene().settings().config(subject).stabilityEdge(r.edges().largestCurvature());
      return new Verdict(Math.abs(edge - numbers[0]) <= EDGE_RELATIVE * Math.abs(numbers[0]),
          "the edge is " + Numbers.compact(edge));
    }
    Trajectory t = find(r, subject);
    if (t == null) {
      return new Verdict(false, subject.label() + " is not in this step's race");
    }
    Outcome o = t.outcome();
    String actual = subject.label() + " " + org.gradientlab.run.OutcomeText.summary(t);
    return switch (kind) {
      case CONVERGES -> new Verdict(o instanceof Outcome.Converged, actual);
      case CONVERGES_WITHIN -> new Verdict(
          o instanceof Outcome.Converged c && c.step() <= numbers[0], actual);
      case CONVERGES_IN -> new Verdict(o instanceof Outcome.Converged c && c.step() == numbers[0], actual);
      case CONVERGES_FASTER -> {
        Trajectory u = find(r, other);
        if (u == null) {
          yield new Verdict(false, other.label() + " is not in this step's race");
        }
        boolean holds = o instanceof Outcome.Converged c
            && (!(u.outcome() instanceof Outcome.Converged d) || c.step() < d.step());
        yield new Verdict(holds, actual + "; " + other.label() + " "
            + org.gradientlab.run.OutcomeText.summary(u));
      }
      case OSCILLATES -> new Verdict(o instanceof Outcome.Oscillating, actual);
      case DIVERGES -> new Verdict(o instanceof Outcome.Diverging, actual);
      case DIVERGES_AT -> new Verdict(stoppedAt(o) == numbers[0], actual);
      case DIVERGES_WITHIN -> new Verdict(stoppedAt(o) >= 0 && stoppedAt(o) <= numbers[0], actual);
      case DIVERGES_FROM -> new Verdict(o instanceof Outcome.Diverging d && d.fromStep() == numbers[0],
          actual);
      case KEEPS_RUNNING -> new Verdict(o instanceof Outcome.NotConverged n
          && (numbers.length == 0 || n.steps() >= numbers[0]), actual);
      case ENDS_NEAR -> {
        double[] end = t.finalTheta();
        double d = Math.abs(end[0] - numbers[0]);
        if (end.length > 1 && !Double.isNaN(numbers[1])) {
          d = Math.hypot(end[0] - numbers[0], end[1] - numbers[1]);
        }
        yield new Verdict(!(o instanceof Outcome.Diverging) && d <= numbers[2],
            subject.label() + " ends at " + point(end));
      }
      case ENDS_BELOW -> new Verdict(!(o instanceof Outcome.Diverging) && t.finalValue() < numbers[0],
          subject.label() + " ends at f = " + Numbers.compact(t.finalValue()));
      case IS_AT -> {
        int k = (int) numbers[2];
        if (k > t.lastStep()) {
          yield new Verdict(false, subject.label() + " has only " + t.lastStep() + " steps");
        }
        double[] at = t.theta(k);
        boolean holds = Math.abs(at[0] - numbers[0]) <= IS_AT_TOLERANCE
            && (at.length == 1 || Double.isNaN(numbers[1]) || Math.abs(at[1] - numbers[1]) <= IS_AT_TOLERANCE);
        yield new Verdict(holds, subject.label() + " is at " + point(at) + " after " + k + " steps");
      }
      case ENDS_WITH_VALUE_NEAR -> new Verdict(!(o instanceof Outcome.Diverging)
          && Math.abs(t.finalValue() - numbers[0]) <= numbers[1],
          subject.label() + " ends with f = " + Numbers.compact(t.finalValue()));
      case PASSES_AT, PASSES_WITHIN -> passes(t);
      case STAYS_ABOVE, STAYS_BELOW -> stays(t);
      case MEASURE_ENDS_ABOVE, MEASURE_ENDS_BELOW -> ends(t);
      case STEP_SIZE -> stepSize(r, t);
      case TUNED_LOWER -> {
        Trajectory u = find(r, other);
        if (u == null) {
          yield new Verdict(false, other.label() + " is not in this step's race");
        }
        LearningRateSweep a = tuned(r, t);
        LearningRateSweep b = tuned(r, u);
        yield new Verdict(a.bestValue() < b.bestValue(), tunedText(a) + "; " + tunedText(b));
      }
      case TUNED_ETA -> {
        LearningRateSweep a = tuned(r, t);
        yield new Verdict(Math.abs(a.bestEta() - numbers[0]) <= numbers[1], tunedText(a));
      }
      default -> throw new IllegalStateException(kind.toString());
    };
  }

  /** The effective step size of one coordinate at step N, replayed as the "inside" caption shows it. */
  private Verdict stepSize(SceneResult r, Trajectory t) {
    int coordinate = (int) numbers[0];
    int k = (int) numbers[1];
    String who = subject.label() + "'s step size in " + (coordinate == 0 ? "x" : "y");
    if (coordinate >= t.dimension()) {
      return new Verdict(false, who + ": the landscape has no such coordinate");
    }
    StepAnatomy a = Runner.anatomyAt(r.objective(), t.optimizer(), r.settings(), r.scene().schedule(), k);
    if (a == null) {
      return new Verdict(false, who + ": the run takes no step " + k);
    }
    if (a.coordinateSteps() == null) {
      return new Verdict(false, subject.label() + " gives every coordinate the same step size η");
    }
    double v = a.coordinateSteps()[coordinate];
    return new Verdict(Math.abs(v - numbers[2]) <= numbers[3], who + " at step " + k + " is "
        + Numbers.compact(v));
  }

  /** A lesson's check has no progress bar. */
  private static final java.util.function.DoubleConsumer UNWATCHED = Claim::unwatched;

  private static void unwatched(double progress) {
    // nobody watches a claim's sweep
  }

  /** The optimizer of {@code t} swept over "Tune each"'s grid, everything else as in the race. */
  private static LearningRateSweep tuned(SceneResult r, Trajectory t) {
    return LearningRateSweep.sweep(r.objective(), java.util.List.of(t.optimizer()), r.settings(),
        r.scene().schedule(), LearningRateSweep.tuneGrid(), () -> false, UNWATCHED).get(0);
  }

  private static String tunedText(LearningRateSweep s) {
    return s.best() < 0 ? "tuned " + s.kind().label() + " diverges at every η"
        : "tuned " + s.kind().label() + ": η = " + Numbers.compact(s.bestEta()) + ", f = "
            + Numbers.compact(s.bestValue());
  }

  /** The first step at which the measure is on the other side of the value than at the start. */
  private Verdict passes(Trajectory t) {
    String who = subject.label() + "'s " + measure.symbol();
    if (!measure.readableIn(t)) {
      return new Verdict(false, who + (measure == Measure.ETA ? ": its learning rate is fixed"
          : ": the landscape has no such coordinate"));
    }
    double v = numbers[0];
    double start = Math.signum(measure.of(t, 0) - v);
    for (int k = 1; k <= t.lastStep(); k++) {
      if (Math.signum(measure.of(t, k) - v) != start) {
        boolean holds = kind == Kind.PASSES_AT ? k == numbers[1] : k <= numbers[1];
        return new Verdict(holds, who + " passes " + Numbers.compact(v) + " at step " + k);
      }
    }
    return new Verdict(false, who + " never passes " + Numbers.compact(v) + " in its "
        + t.lastStep() + " steps");
  }

  /** Whether the measure is above (below) the value at the last recorded step. */
  private Verdict ends(Trajectory t) {
    String who = subject.label() + "'s " + measure.symbol();
    if (!measure.readableIn(t)) {
      return new Verdict(false, who + (measure == Measure.ETA ? ": its learning rate is fixed"
          : ": the landscape has no such coordinate"));
    }
    double q = measure.of(t, t.lastStep());
    boolean above = kind == Kind.MEASURE_ENDS_ABOVE;
    return new Verdict(above ? q > numbers[0] : q < numbers[0], who + " ends at " + Numbers.compact(q)
        + " (step " + t.lastStep() + ")");
  }

  /** Whether the measure is above (below) the value at every recorded step. */
  private Verdict stays(Trajectory t) {
    String who = subject.label() + "'s " + measure.symbol();
    if (!measure.readableIn(t)) {
      return new Verdict(false, who + (measure == Measure.ETA ? ": its learning rate is fixed"
          : ": the landscape has no such coordinate"));
    }
    double v = numbers[0];
    boolean above = kind == Kind.STAYS_ABOVE;
    double extreme = measure.of(t, 0);
    for (int k = 0; k <= t.lastStep(); k++) {
      double q = measure.of(t, k);
      if (above ? !(q > v) : !(q < v)) {
        return new Verdict(false, who + " reaches " + Numbers.compact(q) + " at step " + k);
      }
      extreme = above ? Math.min(extreme, q) : Math.max(extreme, q);
    }
    return new Verdict(true, who + " stays " + (above ? "above " : "below ") + Numbers.compact(v)
        + " (" + (above ? "lowest " : "highest ") + Numbers.compact(extreme) + ")");
  }

  /** The step at which a diverging run was stopped, or −1 when it was not stopped. */
  private static int stoppedAt(Outcome o) {
    return o instanceof Outcome.Diverging d ? d.stoppedAt().orElse(-1) : -1;
  }

  private static Trajectory find(SceneResult r, OptimizerKind k) {
    for (Trajectory t : r.trajectories()) {
      if (t.optimizer().kind() == k) {
        return t;
      }
    }
    return null;
  }

  private static String point(double[] p) {
    return p.length == 1 ? Numbers.compact(p[0])
        : "(" + Numbers.compact(p[0]) + ", " + Numbers.compact(p[1]) + ")";
  }

  /** Equal when they say the same (the numbers compared by value, not as arrays). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c && text.equals(c.text) && line == c.line && kind == c.kind
        && Objects.equals(subject, c.subject) && Objects.equals(other, c.other) && Arrays.equals(numbers, c.numbers)
        && measure == c.measure;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, line, kind, subject, other, Arrays.hashCode(numbers), measure);
  }

  @Override
  public String toString() {
    return text.toLowerCase(Locale.ROOT);
  }
}
