package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Every way of choosing λ on one problem, in one table: hypergradient descent (HOAG's inexact
 * solves and exact ones), grid search, random search and Bayesian optimisation (both medians over
 * seeds, with the same budget of evaluations). Per method: the values of λ tried, inner iterations,
 * passes over the training rows (loss+gradient evaluations; Hessian-vector products and full
 * Hessians apart, never summed into one number), the validation loss C at the best λ it found,
 * and what it had spent when it first stood within 1 % of the dense-grid minimum C*.
 *
 * <p>"Stood within 1 %": for search, a trial with C ≤ 1.01·C*; for descent, an accepted λ whose
 * exact C (a referee solve, not charged) is ≤ 1.01·C*. The best C of descent is that referee's C
 * at its last accepted λ (its own C is inexact in HOAG mode).
 */
public final class MethodComparison {

  /** Within this factor of the dense-grid minimum counts as reached. */
  public static final double WITHIN = 1.01;

  /**
   * One row; for random search and BO each number is the median over the seeds (of the seeds that
   * reached 1 %, for the "to reach" columns; NaN when fewer than half did).
   *
   * @param runs seeds (1 for the deterministic methods)
   * @param reached runs that got within 1 % of C*
   */
  public record Row(String method, double evaluations, double innerIterations, double gradients,
      double hessianVectors, double hessians, double bestLambda, double bestValue,
      double evaluationsToReach, double gradientsToReach, int runs, int reached) {

    /** Whether the method (the median run) got within 1 % of C*. */
    public boolean reachedWithin() {
      return !Double.isNaN(gradientsToReach);
    }
  }

  /** The table, with C* it was judged against. */
  public record Table(double optimum, double optimumLogLambda, List<Row> rows) {}

  /** How the comparison is run: the budget of evaluations of random search and BO, and their seeds. */
  public record Settings(int budget, int seeds, int gridSmall, int gridLarge, int initialDesign,
      int maxOuterIterations) {
    public static final Settings DEFAULT = new Settings(20, 11, 10, 30, 3, 60);
  }

  private MethodComparison() {}

  public static Table compare(HyperProblem p, ValidationCurve curve, Settings settings,
      DoubleConsumer progress, BooleanSupplier cancelled) {
    double best = curve.minimum();
    double target = WITHIN * best;
    List<Row> rows = new ArrayList<>();
    int total = 4 + 2 * settings.seeds();
    int[] done = {0};
    Runnable tick = () -> {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException();
      }
      progress.accept(++done[0] / (double) total);
    };
    rows.add(descent(p, OuterLoop.Mode.HOAG, "hypergradient, HOAG", target, settings.maxOuterIterations()));
    tick.run();
    rows.add(descent(p, OuterLoop.Mode.EXACT, "hypergradient, exact", target, settings.maxOuterIterations()));
    tick.run();
    rows.add(grid(p, settings.gridSmall(), target));
    tick.run();
    rows.add(grid(p, settings.gridLarge(), target));
    tick.run();
    List<List<SearchBaselines.Trial>> randoms = new ArrayList<>();
    for (int s = 1; s <= settings.seeds(); s++) {
      randoms.add(SearchBaselines.random(p.inner(), OuterObjective.VALIDATION, p.logMin(), p.logMax(),
          settings.budget(), s));
      tick.run();
    }
    rows.add(searchRow("random search, " + settings.budget() + " draws", randoms, target));
    List<List<SearchBaselines.Trial>> bayes = new ArrayList<>();
    for (int s = 1; s <= settings.seeds(); s++) {
      bayes.add(bayesian(p, settings.budget(), settings.initialDesign(), s));
      tick.run();
    }
    rows.add(searchRow("Bayesian optimisation, " + settings.budget() + " evaluations", bayes, target));
    return new Table(best, curve.logLambdas()[curve.argmin()], List.copyOf(rows));
  }

  /** BO over log λ, as trials: what each evaluation found and the work spent up to it. */
  public static List<SearchBaselines.Trial> bayesian(HyperProblem p, int budget, int initial, long seed) {
    BayesianOptimization bo = new BayesianOptimization(
        HyperBlackBoxes.validation(p.inner(), OuterObjective.VALIDATION),
        new double[] {p.logMin()}, new double[] {p.logMax()}, initial, true, seed);
    List<SearchBaselines.Trial> trials = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < budget; i++) {
      BayesianOptimization.Evaluated e = bo.iterate();
      trials.add(new SearchBaselines.Trial(Math.exp(e.evaluation().x()[0]), e.evaluation().value(), Double.NaN,
          e.totalInnerIterations(), e.totalWork(), 0, System.nanoTime() - start));
    }
    return trials;
  }

  private static Row descent(HyperProblem p, OuterLoop.Mode mode, String name, double target, int max) {
    OuterLoop.Settings s = OuterLoop.Settings.hoag(p).with(mode, ToleranceSchedule.QUADRATIC,
        OuterLoop.DEFAULT_EPSILON0, OuterObjective.VALIDATION, false);
    OuterLoop loop = new OuterLoop(p.inner(), s);
    OuterLoop.Iterate reached = null;
    double exactC = Double.NaN;
    int k = 0;
    while (k < max && (k == 0 || loop.verdict() == OuterLoop.Verdict.RUNNING)) {
      loop.iterate();
      k++;
      exactC = ExactInner.outerValue(p.inner(), OuterObjective.VALIDATION, loop.acceptedLambda());
      if (reached == null && exactC <= target) {
        reached = loop.history().get(loop.history().size() - 1);
      }
    }
    Work w = loop.work();
    return new Row(name, k, loop.innerWork(), w.gradients(), w.hessianVectors(), w.hessians(),
        loop.acceptedLambda(), exactC, reached == null ? Double.NaN : reached.iteration(),
        reached == null ? Double.NaN : reached.work().gradients(), 1, reached == null ? 0 : 1);
  }

  private static Row grid(HyperProblem p, int points, double target) {
    List<SearchBaselines.Trial> trials = SearchBaselines.grid(p.inner(), OuterObjective.VALIDATION,
        p.logMin(), p.logMax(), points);
    return searchRow("grid search, " + points + " points", List.of(trials), target);
  }

  /** A row from runs of trials (one run: its numbers; several: medians). */
  static Row searchRow(String name, List<List<SearchBaselines.Trial>> runs, double target) {
    int n = runs.size();
    double[] evals = new double[n];
    double[] inner = new double[n];
    double[] grads = new double[n];
    double[] bestC = new double[n];
    double[] bestL = new double[n];
    double[] evalsTo = new double[n];
    double[] gradsTo = new double[n];
    int reached = 0;
    for (int r = 0; r < n; r++) {
      List<SearchBaselines.Trial> t = runs.get(r);
      SearchBaselines.Trial last = t.get(t.size() - 1);
      SearchBaselines.Trial b = SearchBaselines.best(t);
      evals[r] = t.size();
      inner[r] = last.cumulativeInnerIterations();
      grads[r] = last.work().gradients();
      bestC[r] = b.value();
      bestL[r] = b.lambda();
      evalsTo[r] = Double.POSITIVE_INFINITY;
      gradsTo[r] = Double.POSITIVE_INFINITY;
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).value() <= target) {
          evalsTo[r] = i + 1;
          gradsTo[r] = t.get(i).work().gradients();
          reached++;
          break;
        }
      }
    }
    // λ of the median run by best C, so λ and C in the row belong together.
    int medianRun = medianIndex(bestC);
    return new Row(name, median(evals), median(inner), median(grads), 0, 0, bestL[medianRun],
        bestC[medianRun], finiteOrNaN(median(evalsTo)), finiteOrNaN(median(gradsTo)), n, reached);
  }

  /** The upper median (the middle value for odd counts); +∞ entries count as never. */
  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static int medianIndex(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    return order[values.length / 2];
  }

  private static double finiteOrNaN(double v) {
    return Double.isFinite(v) ? v : Double.NaN;
  }
}
