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
 *
 *   (the "η through training" tab: T steps of its loop at its (λ, η), forward mode)
 *   dC/dη at T = N is below V in magnitude               (or above)
 *   dC/d log λ at T = N is near V                        (to the precision written; also dC/dη)
 *   the unrolled dC/d log λ at T = N is within V of the implicit value   (V or P %; also "more than
 *                                                          V off the implicit value")
 *   the implicit dC/d log λ is near V
 *   (Bayesian optimisation, the scene's target and seed; the grid best: the dense curve's minimum)
 *   BO reaches P % of the grid best within N evaluations  (its best C ≤ (1 + P/100)·min C by then;
 *                                                          also "does not reach")
 *   BO's best C is near V                                 (after the scene's evaluations)
 *   BO spends M gradient evaluations [within TOL]         (the training passes of those evaluations)
 *   (many λ, the scene's budget; random search and BO: medians over their seeds, as the tab shows)
 *   M on 10 λ ends below the best single λ                (or above; or below/above another M;
 *                                                          M: hypergradient descent, random search, BO)
 *   M on 10 λ ends with C near V
 *   the best single λ gives C near V
 * </pre>
 */
public record HyperClaim(String text, int line, Kind kind, double[] numbers) implements LessonClaim {

  public enum Kind {
    WITHIN_OF_GRID_MINIMUM, CONVERGES, CONVERGES_WITHIN, AT_LOWER_END, AT_UPPER_END, LOG_LAMBDA_NEAR,
    LOG_LAMBDA_BELOW, LOG_LAMBDA_ABOVE, FALLS_EVERY_STEP, RISES_EVERY_STEP, MINIMUM_NEAR, GRID_FINDS,
    SPENDS, HYPERGRADIENT_WITHIN, JOINT_EDGE, JOINT_VALUE, ETA_GRADIENT_BELOW, ETA_GRADIENT_ABOVE,
    LOG_LAMBDA_GRADIENT_NEAR, ETA_GRADIENT_NEAR, UNROLLED_WITHIN_IMPLICIT, UNROLLED_OFF_IMPLICIT, IMPLICIT_NEAR, BO_REACHES,
    BO_MISSES, BO_BEST_NEAR, BO_SPENDS, MANY_BELOW, MANY_ABOVE, MANY_VALUE, SINGLE_BEST_NEAR
  }

  /** The methods of the many-λ tab, in the order claims number them. */
  private static final List<String> MANY_METHODS = List.of("hypergradient descent", "random search", "bo");

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
  private static final String AT_T = " at T = " + NUM;
  private static final Pattern ETA_GRADIENT = Claim.p("dC/dη" + AT_T + " is (below|above) " + NUM + " in magnitude");
  private static final Pattern LOG_GRADIENT = Claim.p("dC/d log λ" + AT_T + " is near " + NUM);
  private static final Pattern ETA_NEAR = Claim.p("dC/dη" + AT_T + " is near " + NUM);
  private static final Pattern IMPLICIT_WITHIN = Claim.p("the unrolled dC/d log λ" + AT_T + " is within " + NUM
      + "(\\s*%)? of the implicit value");
  private static final Pattern IMPLICIT_OFF = Claim.p("the unrolled dC/d log λ" + AT_T + " is more than " + NUM
      + "(\\s*%)? off the implicit value");
  private static final Pattern IMPLICIT = Claim.p("the implicit dC/d log λ is near " + NUM);
  private static final Pattern BO_REACHES = Claim.p("BO (reaches|does not reach) " + NUM
      + "\\s*% of the grid best within " + NUM + " evaluations?");
  private static final Pattern BO_BEST = Claim.p("BO's best C is near " + NUM);
  private static final Pattern BO_SPENDS = Claim.p("BO spends " + NUM + " gradient evaluations?(?: within " + NUM + ")?");
  private static final String MANY = "(hypergradient descent|random search|BO)";
  private static final Pattern MANY_VS = Claim.p(MANY + " on 10 λ ends (below|above) (the best single λ|"
      + MANY.substring(1, MANY.length() - 1) + ")");
  private static final Pattern MANY_VALUE = Claim.p(MANY + " on 10 λ ends with C near " + NUM);
  private static final Pattern SINGLE = Claim.p("the best single λ gives C near " + NUM);

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
    HyperClaim further = parseFurther(text, line);
    if (further != null) {
      return further;
    }
    throw new IllegalArgumentException("cannot read the claim '" + text.trim() + "' about the outer"
        + " loop; claims look like 'the outer loop ends within 1 % of the grid minimum', 'the outer"
        + " loop converges within 12 iterations', 'log λ ends near -2.3', 'λ falls at every accepted step',"
        + " 'a 10-point grid finds C near 0.0366', 'the outer loop spends 110 gradient evaluations within 10',"
        + " 'the hypergradient is within 1 % of its finite difference', 'the joint descent ends within 2 % of the edge',"
        + " 'dC/dη at T = 300 is below 1e-6 in magnitude', 'the unrolled dC/d log λ at T = 300 is within 1e-3 of"
        + " the implicit value', 'BO reaches 1 % of the grid best within 10 evaluations', 'hypergradient descent"
        + " on 10 λ ends below the best single λ'");
  }

  /** The claims about the further tabs: unrolled horizons, Bayesian optimisation, many λ; else null. */
  private static HyperClaim parseFurther(String text, int line) {
    Matcher m;
    if ((m = ETA_GRADIENT.matcher(text)).matches()) {
      return of(text, line, m.group(2).equalsIgnoreCase("below") ? Kind.ETA_GRADIENT_BELOW : Kind.ETA_GRADIENT_ABOVE,
          horizon(m.group(1)), Claim.tolerance(m.group(3)));
    }
    if ((m = LOG_GRADIENT.matcher(text)).matches()) {
      return of(text, line, Kind.LOG_LAMBDA_GRADIENT_NEAR, horizon(m.group(1)), Claim.num(m.group(2)),
          Claim.halfUnit(m.group(2)));
    }
    if ((m = ETA_NEAR.matcher(text)).matches()) {
      return of(text, line, Kind.ETA_GRADIENT_NEAR, horizon(m.group(1)), Claim.num(m.group(2)),
          Claim.halfUnit(m.group(2)));
    }
    if ((m = IMPLICIT_WITHIN.matcher(text)).matches()) {
      return of(text, line, Kind.UNROLLED_WITHIN_IMPLICIT, horizon(m.group(1)), Claim.tolerance(m.group(2)),
          m.group(3) == null ? 0 : 1);
    }
    if ((m = IMPLICIT_OFF.matcher(text)).matches()) {
      return of(text, line, Kind.UNROLLED_OFF_IMPLICIT, horizon(m.group(1)), Claim.tolerance(m.group(2)),
          m.group(3) == null ? 0 : 1);
    }
    if ((m = IMPLICIT.matcher(text)).matches()) {
      return of(text, line, Kind.IMPLICIT_NEAR, Claim.num(m.group(1)), Claim.halfUnit(m.group(1)));
    }
    if ((m = BO_REACHES.matcher(text)).matches()) {
      double n = Claim.num(m.group(3));
      if (n != Math.rint(n) || n < 1 || n > HyperScene.MAX_BAYES_EVALUATIONS) {
        throw new IllegalArgumentException("BO's evaluations are a whole number from 1 to "
            + HyperScene.MAX_BAYES_EVALUATIONS + ", not " + m.group(3));
      }
      return of(text, line, m.group(1).equalsIgnoreCase("reaches") ? Kind.BO_REACHES : Kind.BO_MISSES,
          Claim.tolerance(m.group(2)), n);
    }
    if ((m = BO_SPENDS.matcher(text)).matches()) {
      double count = Claim.num(m.group(1));
      if (count != Math.rint(count) || count < 0) {
        throw new IllegalArgumentException("a count of work is a whole number, not " + m.group(1));
      }
      return of(text, line, Kind.BO_SPENDS, count, m.group(2) == null ? 0.5 : Claim.tolerance(m.group(2)));
    }
    if ((m = BO_BEST.matcher(text)).matches()) {
      return of(text, line, Kind.BO_BEST_NEAR, Claim.num(m.group(1)), Claim.halfUnit(m.group(1)));
    }
    if ((m = MANY_VS.matcher(text)).matches()) {
      int who = MANY_METHODS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT));
      String against = m.group(3).toLowerCase(java.util.Locale.ROOT);
      int other = against.startsWith("the best single") ? -1 : MANY_METHODS.indexOf(against);
      return of(text, line, m.group(2).equalsIgnoreCase("below") ? Kind.MANY_BELOW : Kind.MANY_ABOVE, who, other);
    }
    if ((m = MANY_VALUE.matcher(text)).matches()) {
      return of(text, line, Kind.MANY_VALUE, MANY_METHODS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)),
          Claim.num(m.group(2)), Claim.halfUnit(m.group(2)));
    }
    if ((m = SINGLE.matcher(text)).matches()) {
      return of(text, line, Kind.SINGLE_BEST_NEAR, Claim.num(m.group(1)), Claim.halfUnit(m.group(1)));
    }
    return null;
  }

  /** A horizon T: a whole number from 1 to the longest the tab unrolls. */
  private static double horizon(String s) {
    double v = Claim.num(s);
    if (v != Math.rint(v) || v < 1 || v > HyperScene.MAX_UNROLLED_STEPS) {
      throw new IllegalArgumentException("a horizon T is a whole number from 1 to " + HyperScene.MAX_UNROLLED_STEPS
          + ", not " + s);
    }
    return v;
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
      case ETA_GRADIENT_BELOW, ETA_GRADIENT_ABOVE, LOG_LAMBDA_GRADIENT_NEAR, ETA_GRADIENT_NEAR, UNROLLED_WITHIN_IMPLICIT,
          UNROLLED_OFF_IMPLICIT, IMPLICIT_NEAR -> unrolled(r);
      case BO_REACHES, BO_MISSES, BO_BEST_NEAR, BO_SPENDS -> bayes(r);
      case MANY_BELOW, MANY_ABOVE, MANY_VALUE, SINGLE_BEST_NEAR -> many(r);
      case JOINT_VALUE -> {
        double c = r.jointPath().end().value();
        yield new Claim.Verdict(Math.abs(c - numbers[0]) <= numbers[1], "the joint descent ends with C = "
            + Numbers.compact(c));
      }
    };
  }

  private Claim.Verdict unrolled(HyperRun r) {
    if (kind == Kind.IMPLICIT_NEAR) {
      double d = r.implicit().dLogLambda();
      return new Claim.Verdict(Math.abs(d - numbers[0]) <= numbers[1], "the implicit dC/d log λ is "
          + Numbers.compact(d) + " at log λ = " + Numbers.compact(round(Math.log(r.horizonLambda()))));
    }
    int t = (int) numbers[0];
    org.gradientlab.hyper.UnrolledResult u = r.horizon(t);
    String at = " at T = " + t + " (log λ = " + Numbers.compact(round(Math.log(r.horizonLambda()))) + ", η = "
        + Numbers.compact(r.horizonEta()) + ")";
    if (u.diverged()) {
      return new Claim.Verdict(false, "training diverged" + at + ": no derivative");
    }
    double dLog = r.horizonLambda() * u.dLambda();
    return switch (kind) {
      case ETA_GRADIENT_BELOW, ETA_GRADIENT_ABOVE -> {
        double g = Math.abs(u.dEta());
        yield new Claim.Verdict(kind == Kind.ETA_GRADIENT_BELOW ? g < numbers[1] : g > numbers[1],
            "dC/dη is " + Numbers.compact(u.dEta()) + at);
      }
      case LOG_LAMBDA_GRADIENT_NEAR -> new Claim.Verdict(Math.abs(dLog - numbers[1]) <= numbers[2],
          "dC/d log λ is " + Numbers.compact(dLog) + at);
      case ETA_GRADIENT_NEAR -> new Claim.Verdict(Math.abs(u.dEta() - numbers[1]) <= numbers[2],
          "dC/dη is " + Numbers.compact(u.dEta()) + at);
      default -> {
        double implicit = r.implicit().dLogLambda();
        double off = Math.abs(dLog - implicit);
        boolean percent = numbers[2] == 1;
        double measured = percent ? 100 * off / Math.abs(implicit) : off;
        boolean within = measured <= numbers[1];
        yield new Claim.Verdict(kind == Kind.UNROLLED_WITHIN_IMPLICIT ? within : !within, "the unrolled dC/d log λ "
            + Numbers.compact(dLog) + at + " is " + Numbers.compact(percent ? round(measured) : off)
            + (percent ? " %" : "") + " off the implicit " + Numbers.compact(implicit));
      }
    };
  }

  private Claim.Verdict bayes(HyperRun r) {
    if (kind == Kind.BO_SPENDS) {
      org.gradientlab.hyper.BayesianOptimization bo = r.bayes();
      long spent = bo.work().gradients();
      return new Claim.Verdict(Math.abs(spent - numbers[0]) <= numbers[1], "BO spends " + spent
          + " gradient evaluations in " + bo.evaluations().size() + " evaluations");
    }
    if (kind == Kind.BO_BEST_NEAR) {
      org.gradientlab.hyper.BayesianOptimization bo = r.bayes();
      if (bo.best() == null) {
        return new Claim.Verdict(false, "BO has evaluated nothing yet: give the scene bayes-evaluations");
      }
      double c = bo.best().value();
      return new Claim.Verdict(Math.abs(c - numbers[0]) <= numbers[1], "BO's best C is " + Numbers.compact(c)
          + " after " + bo.evaluations().size() + " evaluations");
    }
    if (r.scene().bayes().target() != HyperScene.BayesTarget.VALIDATION) {
      return new Claim.Verdict(false, "the grid best is C's minimum over log λ: this claim needs bayes-target: validation");
    }
    int n = (int) numbers[1];
    double target = (1 + numbers[0] / 100) * r.curve().minimum();
    List<org.gradientlab.hyper.BayesianOptimization.Evaluation> ev = r.bayes(n).evaluations();
    int first = -1;
    for (int i = 0; i < ev.size(); i++) {
      if (ev.get(i).value() <= target) {
        first = i + 1;
        break;
      }
    }
    boolean reached = first > 0;
    String actual = reached ? "BO first stands within " + Numbers.compact(numbers[0]) + " % of the grid best "
        + Numbers.compact(r.curve().minimum()) + " at evaluation " + first
        : "BO is not within " + Numbers.compact(numbers[0]) + " % of the grid best " + Numbers.compact(r.curve().minimum())
            + " in " + ev.size() + " evaluations";
    return new Claim.Verdict(kind == Kind.BO_REACHES ? reached : !reached, actual);
  }

  private Claim.Verdict many(HyperRun r) {
    org.gradientlab.hyper.PerFeatureComparison.Result c = r.many();
    double[] found = {c.descent().best().value(), c.randomMedian(), c.bayesianMedian()};
    String[] names = {"hypergradient descent", "random search (median)", "BO (median)"};
    String budget = " with " + c.budget() + " evaluations";
    return switch (kind) {
      case SINGLE_BEST_NEAR -> new Claim.Verdict(Math.abs(c.singleBest() - numbers[0]) <= numbers[1],
          "the best single λ gives C = " + Numbers.compact(c.singleBest()) + " at log λ = "
              + Numbers.compact(round(c.singleBestLogLambda())));
      case MANY_VALUE -> {
        double v = found[(int) numbers[0]];
        yield new Claim.Verdict(Math.abs(v - numbers[1]) <= numbers[2], names[(int) numbers[0]] + " on 10 λ ends with C = "
            + Numbers.compact(v) + budget);
      }
      default -> {
        double v = found[(int) numbers[0]];
        int o = (int) numbers[1];
        double against = o < 0 ? c.singleBest() : found[o];
        String otherName = o < 0 ? "the best single λ" : names[o];
        yield new Claim.Verdict(kind == Kind.MANY_BELOW ? v < against : v > against, names[(int) numbers[0]]
            + " on 10 λ ends with C = " + Numbers.compact(v) + budget + "; " + otherName + ": " + Numbers.compact(against));
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
