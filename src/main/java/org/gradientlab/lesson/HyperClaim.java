package org.gradientlab.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
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
 * </pre>
 */
public record HyperClaim(String text, int line, Kind kind, double[] numbers) implements LessonClaim {

  public enum Kind {
    WITHIN_OF_GRID_MINIMUM, CONVERGES, CONVERGES_WITHIN, AT_LOWER_END, AT_UPPER_END, LOG_LAMBDA_NEAR,
    LOG_LAMBDA_BELOW, LOG_LAMBDA_ABOVE, FALLS_EVERY_STEP, RISES_EVERY_STEP
  }

  private static final String NUM = Claim.NUM;
  private static final Pattern GRID = Claim.p("the outer loop ends within " + NUM + "\\s*% of the grid minimum");
  private static final Pattern CONVERGES_WITHIN = Claim.p("the outer loop converges within " + NUM + "\\s+iterations?");
  private static final Pattern CONVERGES = Claim.p("the outer loop converges");
  private static final Pattern END = Claim.p("the outer loop stops at the (lower|upper) end of the range");
  private static final Pattern NEAR = Claim.p("log λ ends near " + NUM + "(?: within " + NUM + ")?");
  private static final Pattern BOUND = Claim.p("log λ ends (below|above) " + NUM);
  private static final Pattern EVERY = Claim.p("λ (falls|rises) at every accepted step");

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
    throw new IllegalArgumentException("cannot read the claim '" + text.trim() + "' about the outer"
        + " loop; claims look like 'the outer loop ends within 1 % of the grid minimum', 'the outer"
        + " loop converges within 12 iterations', 'log λ ends near -2.3', 'λ falls at every accepted step'");
  }

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
    };
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
