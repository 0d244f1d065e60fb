package org.gradientlab.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.SearchBaselines;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.hyper.Work;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.JointPath;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceResult;

/**
 * A claim about a hypergradient scene's outer loop, checked against a run of exactly the
 * iterations the workspace shows.
 *
 * <p>Grammar (one per line, case-insensitive; N an iteration count):
 * <pre>
 *   the outer loop ends within P % of the grid minimum   (C at the accepted λ, solved exactly,
 *                                                          against the dense curve's minimum)
 *   the outer loop converges [within N iterations]
 *   the outer loop stops at the lower end of the range   (or upper)
 *   log λ ends near V [within TOL]                        (the accepted λ; default TOL: half a
 *                                                          unit of V's last digit)
 *   log λ ends below V                                    (or above)
 *   λ falls at every accepted step                        (or rises)
 *   the minimum of C is near V at log λ near W            (the dense curve C(λ) the workspace
 *                                                          draws; each to the precision written)
 *   a G-point grid finds C near V                         (the best C of grid search over the
 *                                                          range, as the comparison table runs it)
 *   the outer loop spends M gradient evaluations [within TOL]   (also "a G-point grid spends";
 *                                                          also Hessian-vector products, Hessians:
 *                                                          the table's L+∇L, Hv and ∇²L counts)
 *   the hypergradient is within P % of its finite difference   (the last one computed, against
 *                                                          the central difference beside it)
 *   the joint descent ends within P % of the edge         (η at its end against 2/(L + λ) there)
 *   the joint descent ends with C near V                  (C_T at its end, to the precision written)
 * </pre>
 */
public record HyperClaim(String text, int line, Kind kind, double[] numbers) implements LessonClaim {

  public enum Kind {
    WITHIN_OF_GRID_MINIMUM, CONVERGES, CONVERGES_WITHIN, AT_LOWER_END, AT_UPPER_END, LOG_LAMBDA_NEAR,
    LOG_LAMBDA_BELOW, LOG_LAMBDA_ABOVE, FALLS_EVERY_STEP, RISES_EVERY_STEP, MINIMUM_NEAR, GRID_FINDS,
    SPENDS, HYPERGRADIENT_WITHIN, JOINT_EDGE, JOINT_VALUE
  }

  /** What a SPENDS claim counts: the comparison table's columns. */
  private static final List<String> WORK = List.of("gradient evaluations", "hessian-vector products", "hessians");

  private static final String NUM = Claim.NUM;
  private static final Pattern GRID = Claim.p("the outer loop ends within " + NUM + "\\s*% of the grid minimum");
  private static final Pattern CONVERGES_WITHIN = Claim.p("the outer loop converges within " + NUM + "\\s+iterations?");
  private static final Pattern CONVERGES = Claim.p("the outer loop converges");
  private static final Pattern END = Claim.p("the outer loop stops at the (lower|upper) end of the range");
  private static final Pattern NEAR = Claim.p("log λ ends near " + NUM + "(?: within " + NUM + ")?");
  private static final Pattern BOUND = Claim.p("log λ ends (below|above) " + NUM);
  private static final Pattern EVERY = Claim.p("λ (falls|rises) at every accepted step");
  private static final Pattern MINIMUM = Claim.p("the minimum of C is near " + NUM + " at log λ near " + NUM);
  private static final String GRID_OF = "an? " + NUM + "-point grid";
  private static final Pattern GRID_FINDS = Claim.p(GRID_OF + " finds C near " + NUM);
  private static final Pattern SPENDS = Claim.p("(the outer loop|" + GRID_OF + ") spends " + NUM
      + " (gradient evaluations?|hessian-vector products?|hessians?)(?: within " + NUM + ")?");
  private static final Pattern HYPERGRADIENT = Claim.p("the hypergradient is within " + NUM
      + "\\s*% of its finite difference");
  private static final Pattern JOINT_EDGE = Claim.p("the joint descent ends within " + NUM + "\\s*% of the edge");
  private static final Pattern JOINT_VALUE = Claim.p("the joint descent ends with C near " + NUM);

  public static HyperClaim parse(String text, int line) {
    Matcher m;
    if ((m = GRID.matcher(text)).matches()) {
      return of(text, line, Kind.WITHIN_OF_GRID_MINIMUM, Claim.tolerance(m.group(1)));
    }
    if ((m = CONVERGES_WITHIN.matcher(text)).matches()) {
      return of(text, line, Kind.CONVERGES_WITHIN, iterations(m.group(1)));
    }
    if (CONVERGES.matcher(text).matches()) {
      return of(text, line, Kind.CONVERGES);
    }
    if ((m = END.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("lower") ? Kind.AT_LOWER_END : Kind.AT_UPPER_END);
    }
    if ((m = NEAR.matcher(text)).matches()) {
      return of(text, line, Kind.LOG_LAMBDA_NEAR, Claim.num(m.group(1)),
          m.group(2) == null ? Claim.halfUnit(m.group(1)) : Claim.tolerance(m.group(2)));
    }
    if ((m = BOUND.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("below") ? Kind.LOG_LAMBDA_BELOW
          : Kind.LOG_LAMBDA_ABOVE, Claim.num(m.group(2)));
    }
    if ((m = EVERY.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("falls") ? Kind.FALLS_EVERY_STEP
          : Kind.RISES_EVERY_STEP);
    }
    if ((m = MINIMUM.matcher(text)).matches()) {
      return of(text, line, Kind.MINIMUM_NEAR, Claim.num(m.group(1)), Claim.halfUnit(m.group(1)),
          Claim.num(m.group(2)), Claim.halfUnit(m.group(2)));
    }
    if ((m = GRID_FINDS.matcher(text)).matches()) {
      return of(text, line, Kind.GRID_FINDS, points(m.group(1)), Claim.num(m.group(2)), Claim.halfUnit(m.group(2)));
    }
    if ((m = SPENDS.matcher(text)).matches()) {
      double grid = m.group(2) == null ? 0 : points(m.group(2));
      double count = Claim.num(m.group(3));
      if (count != Math.rint(count) || count < 0) {
        throw new IllegalArgumentException("a count of work is a whole number, not " + m.group(3));
      }
      String what = m.group(4).toLowerCase(java.util.Locale.ROOT);
      int column = what.startsWith("gradient") ? 0 : what.startsWith("hessian-") ? 1 : 2;
      double tolerance = m.group(5) == null ? 0.5 : Claim.tolerance(m.group(5));
      return of(text, line, Kind.SPENDS, grid, count, tolerance, column);
    }
    if ((m = HYPERGRADIENT.matcher(text)).matches()) {
      return of(text, line, Kind.HYPERGRADIENT_WITHIN, Claim.tolerance(m.group(1)));
    }
    if ((m = JOINT_EDGE.matcher(text)).matches()) {
      return of(text, line, Kind.JOINT_EDGE, Claim.tolerance(m.group(1)));
    }
    if ((m = JOINT_VALUE.matcher(text)).matches()) {
      return of(text, line, Kind.JOINT_VALUE, Claim.num(m.group(1)), Claim.halfUnit(m.group(1)));
    }
    throw new IllegalArgumentException("cannot read the claim '" + text.trim() + "' about the outer"
        + " loop; claims look like 'the outer loop ends within 1 % of the grid minimum', 'the outer"
        + " loop converges within 12 iterations', 'log λ ends near -2.3', 'λ falls at every accepted step',"
        + " 'a 10-point grid finds C near 0.0366', 'the outer loop spends 110 gradient evaluations within 10',"
        + " 'the hypergradient is within 1 % of its finite difference', 'the joint descent ends within 2 % of the edge'");
  }

  /** Points of a grid search: a whole number from 2 to {@link #MAX_GRID}. */
  private static double points(String s) {
    double v = Claim.num(s);
    if (v != Math.rint(v) || v < 2 || v > MAX_GRID) {
      throw new IllegalArgumentException("a grid has a whole number of points from 2 to " + MAX_GRID
          + ", not " + s);
    }
    return v;
  }

  /** The largest grid a claim may name (every point is a full inner solve). */
  public static final int MAX_GRID = 1000;

  private static double iterations(String s) {
    double v = Claim.num(s);
    if (v != Math.rint(v) || v < 0 || v > HyperScene.MAX_ITERATIONS) {
      throw new IllegalArgumentException("an iteration count is a whole number from 0 to "
          + HyperScene.MAX_ITERATIONS + ", not " + s);
    }
    return v;
  }

  private static HyperClaim of(String text, int line, Kind kind, double... numbers) {
    return new HyperClaim(text.trim(), line, kind, numbers);
  }

  @Override
  public Workspace workspace() {
    return Workspace.HYPER;
  }

  /** "converges within N iterations" needs the scene to run N. */
  @Override
  public int stepNamed() {
    return kind == Kind.CONVERGES_WITHIN ? (int) numbers[0] : -1;
  }

  @Override
  public Claim.Verdict check(WorkspaceResult result) {
    if (!(result instanceof HyperRun r)) {
      return new Claim.Verdict(false, "this claim is about a hypergradient scene");
    }
    double logLambda = Math.log(r.acceptedLambda());
    String where = "log λ ends at " + Numbers.compact(round(logLambda)) + " after "
        + r.iterates().size() + " iterations (" + r.verdict().name().toLowerCase().replace('_', ' ') + ")";
    return switch (kind) {
      case WITHIN_OF_GRID_MINIMUM -> {
        double c = r.validationAtAccepted();
        double best = r.curve().minimum();
        double excess = 100 * (c - best) / best;
        yield new Claim.Verdict(excess <= numbers[0], "C at the accepted λ is "
            + Numbers.compact(round(excess)) + " % above the grid minimum " + Numbers.compact(best));
      }
      case CONVERGES -> new Claim.Verdict(r.verdict() == OuterLoop.Verdict.CONVERGED, where);
      case CONVERGES_WITHIN -> new Claim.Verdict(r.verdict() == OuterLoop.Verdict.CONVERGED
          && r.iterates().size() <= numbers[0], where);
      case AT_LOWER_END -> new Claim.Verdict(r.verdict() == OuterLoop.Verdict.AT_LOWER_END, where);
      case AT_UPPER_END -> new Claim.Verdict(r.verdict() == OuterLoop.Verdict.AT_UPPER_END, where);
      case LOG_LAMBDA_NEAR -> new Claim.Verdict(Math.abs(logLambda - numbers[0]) <= numbers[1], where);
      case LOG_LAMBDA_BELOW -> new Claim.Verdict(logLambda < numbers[0], where);
      case LOG_LAMBDA_ABOVE -> new Claim.Verdict(logLambda > numbers[0], where);
      case FALLS_EVERY_STEP, RISES_EVERY_STEP -> monotone(r);
      case MINIMUM_NEAR -> {
        ValidationCurve c = r.curve();
        double at = c.logLambdas()[c.argmin()];
        yield new Claim.Verdict(Math.abs(c.minimum() - numbers[0]) <= numbers[1]
            && Math.abs(at - numbers[2]) <= numbers[3], "the minimum of C is "
            + Numbers.compact(c.minimum()) + " at log λ = " + Numbers.compact(round(at)));
      }
      case GRID_FINDS -> {
        double best = SearchBaselines.best(r.grid((int) numbers[0])).value();
        yield new Claim.Verdict(Math.abs(best - numbers[1]) <= numbers[2], "a " + (int) numbers[0]
            + "-point grid finds C = " + Numbers.compact(best));
      }
      case SPENDS -> spends(r);
      case HYPERGRADIENT_WITHIN -> hypergradient(r);
      case JOINT_EDGE -> {
        JointPath path = r.jointPath();
        double ratio = path.end().eta() / path.edgeAtEnd();
        yield new Claim.Verdict(ratio <= 1 && 100 * (1 - ratio) <= numbers[0], "the joint descent ends at η = "
            + Numbers.compact(path.end().eta()) + ", " + Numbers.compact(round(100 * ratio)) + " % of the edge "
            + Numbers.compact(path.edgeAtEnd()));
      }
      case JOINT_VALUE -> {
        double c = r.jointPath().end().value();
        yield new Claim.Verdict(Math.abs(c - numbers[0]) <= numbers[1], "the joint descent ends with C = "
            + Numbers.compact(c));
      }
    };
  }

  private Claim.Verdict spends(HyperRun r) {
    int grid = (int) numbers[0];
    Work w = grid == 0 ? r.work() : r.grid(grid).get(grid - 1).work();
    long spent = switch ((int) numbers[3]) {
      case 0 -> w.gradients();
      case 1 -> w.hessianVectors();
      default -> w.hessians();
    };
    String who = grid == 0 ? "the outer loop" : "a " + grid + "-point grid";
    return new Claim.Verdict(Math.abs(spent - numbers[1]) <= numbers[2], who + " spends " + spent + " "
        + WORK.get((int) numbers[3]).replace("hessian", "Hessian"));
  }

  /** The last hypergradient the run computed, against the finite difference shown beside it. */
  private Claim.Verdict hypergradient(HyperRun r) {
    OuterLoop.HypergradientFound last = null;
    for (OuterLoop.Step s : r.steps()) {
      if (s instanceof OuterLoop.HypergradientFound h) {
        last = h;
      }
    }
    if (last == null) {
      return new Claim.Verdict(false, "no hypergradient has been computed yet: run the scene to phase 3");
    }
    double off = 100 * Math.abs(last.dLogLambda() - last.finiteDifference()) / Math.abs(last.finiteDifference());
    return new Claim.Verdict(off <= numbers[0], "the hypergradient " + Numbers.compact(last.dLogLambda())
        + " is " + Numbers.compact(Math.round(off * 100) / 100.0) + " % off its finite difference "
        + Numbers.compact(last.finiteDifference()) + " (iteration " + last.iteration() + ")");
  }


  private Claim.Verdict monotone(HyperRun r) {
    boolean falls = kind == Kind.FALLS_EVERY_STEP;
    List<OuterLoop.Updated> updates = r.steps().stream()
        .filter(s -> s instanceof OuterLoop.Updated u && u.accepted())
        .map(s -> (OuterLoop.Updated) s).toList();
    for (OuterLoop.Updated u : updates) {
      boolean ok = falls ? u.logLambdaAfter() < u.logLambdaBefore() : u.logLambdaAfter() > u.logLambdaBefore();
      if (!ok) {
        return new Claim.Verdict(false, "iteration " + u.iteration() + " moved log λ from "
            + Numbers.compact(round(u.logLambdaBefore())) + " to " + Numbers.compact(round(u.logLambdaAfter())));
      }
    }
    return new Claim.Verdict(!updates.isEmpty(), updates.size() + " accepted steps, each "
        + (falls ? "lowering" : "raising") + " log λ");
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HyperClaim c && c.text.equals(text) && c.line == line && c.kind == kind
        && Arrays.equals(c.numbers, numbers);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + line;
  }

  @Override
  public String toString() {
    return text;
  }
}
