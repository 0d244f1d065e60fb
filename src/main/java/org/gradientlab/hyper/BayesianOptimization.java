package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bayesian optimisation of a black box over a box in ℝ^d (d = 1: log λ; d = 2: (log λ, η) of
 * unrolled training; up to 10: one log λ per feature), one phase at a time like the outer loop:
 * <ol>
 *   <li>POSTERIOR: fit a Gaussian process ({@link GaussianProcess}: Matérn 5/2, ℓ and noise by
 *       marginal likelihood) to the values seen so far, on the box scaled to [0, 1]^d;
 *   <li>ACQUISITION: expected improvement below the best value seen, on candidate points (an even
 *       grid for d ≤ 2; random points from the seed and perturbations of the best for d &gt; 2); its
 *       maximiser is the next point;
 *   <li>EVALUATION: the black box there (an inner solve), with what it cost.
 * </ol>
 * The first {@code initial} points are a stratified random design (one per slice of the first
 * axis, uniform in the others), so the process has something to fit; everything is deterministic
 * from the seed. Values that are not finite (training diverged) are replaced, for the fit only, by
 * the largest finite value seen: "bad here", not a hole the process cannot model. With
 * {@code logValues} the process models log C (losses spread over orders of magnitude, and a
 * process on log C never predicts a negative loss); the posterior it reports is then in log C.
 *
 * <p>Not thread-safe: one per worker.
 */
public final class BayesianOptimization {

  /** What the optimiser calls: the value at a point and what it cost. */
  @FunctionalInterface
  public interface BlackBox {
    Evaluation evaluate(double[] x);
  }

  /** One evaluation: C there, the passes over the training rows and inner iterations it took. */
  public record Evaluation(double[] x, double value, Work work, long innerIterations) {
    public Evaluation {
      x = x.clone();
    }

    @Override
    public double[] x() {
      return x.clone();
    }
  }

  public enum Phase { POSTERIOR, ACQUISITION, EVALUATION }

  /** What one phase did. */
  public sealed interface Step permits Posterior, Acquired, Evaluated {
    int iteration();
  }

  /** The fitted process (null during the initial design, when there is nothing to fit yet). */
  public record Posterior(int iteration, GaussianProcess process, double bestValue) implements Step {}

  /**
   * The acquisition's maximiser, the next point, with its posterior mean and sd and its expected
   * improvement; {@code initialDesign} when the point comes from the design, not from EI.
   */
  public record Acquired(int iteration, double[] next, double mean, double sd, double improvement,
      boolean initialDesign) implements Step {}

  /** The evaluation at the chosen point; {@code best} is the best evaluation so far. */
  public record Evaluated(int iteration, Evaluation evaluation, Evaluation best, Work totalWork,
      long totalInnerIterations) implements Step {}

  /** ξ of expected improvement, in units of the values' spread: a little exploration. */
  public static final double XI = 0.01;
  /** Candidates per axis for d = 1 and d = 2 (an even grid). */
  public static final int GRID_1D = 400;
  public static final int GRID_2D = 40;
  /** Candidates for d &gt; 2: random points and perturbations of the best. */
  public static final int RANDOM_CANDIDATES = 2000;

  private final BlackBox box;
  private final double[] lo;
  private final double[] hi;
  private final int dimension;
  private final int initial;
  private final boolean logValues;
  private final SplittableRandom random;
  private final List<Evaluation> evaluations = new ArrayList<>();
  private final double[][] design;
  private Phase next = Phase.POSTERIOR;
  private int iteration = 1;
  private GaussianProcess process;
  private double[] chosen;
  private Evaluation best;
  private Work work = Work.NONE;
  private long innerIterations;

  /**
   * Over the box [lo, hi] with {@code initial} design points, deterministic from {@code seed};
   * {@code logValues}: the process models log C.
   */
  public BayesianOptimization(BlackBox box, double[] lo, double[] hi, int initial, boolean logValues,
      long seed) {
    if (lo.length != hi.length || lo.length == 0) {
      throw new IllegalArgumentException("the box needs a low and a high end per axis");
    }
    this.box = box;
    this.lo = lo.clone();
    this.hi = hi.clone();
    this.dimension = lo.length;
    this.initial = Math.max(1, initial);
    this.logValues = logValues;
    this.random = new SplittableRandom(seed);
    this.design = new double[this.initial][dimension];
    for (int i = 0; i < this.initial; i++) {
      for (int j = 0; j < dimension; j++) {
        // Stratified along every axis, slices in a random order per axis (a Latin hypercube).
        design[i][j] = random.nextDouble();
      }
    }
    for (int j = 0; j < dimension; j++) {
      int[] order = permutation(this.initial);
      for (int i = 0; i < this.initial; i++) {
        design[i][j] = (order[i] + design[i][j]) / this.initial;
      }
    }
  }

  private int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  public Phase nextPhase() {
    return next;
  }

  public int iteration() {
    return iteration;
  }

  public List<Evaluation> evaluations() {
    return List.copyOf(evaluations);
  }

  /** The best evaluation so far, or null before the first. */
  public Evaluation best() {
    return best;
  }

  public Work work() {
    return work;
  }

  public long innerIterations() {
    return innerIterations;
  }

  public int dimension() {
    return dimension;
  }

  public double[] low() {
    return lo.clone();
  }

  public double[] high() {
    return hi.clone();
  }

  /** Whether the process models log C rather than C. */
  public boolean logValues() {
    return logValues;
  }

  /** The process fitted in the last POSTERIOR phase (null during the design). */
  public GaussianProcess process() {
    return process;
  }

  /** Performs the next phase. */
  public Step advance() {
    return switch (next) {
      case POSTERIOR -> posterior();
      case ACQUISITION -> acquire();
      case EVALUATION -> evaluate();
    };
  }

  /** The three phases of one iteration. */
  public Evaluated iterate() {
    Step s;
    do {
      s = advance();
    } while (!(s instanceof Evaluated));
    return (Evaluated) s;
  }

  /** The point in the unit box of {@code x} in the original box. */
  public double[] toUnit(double[] x) {
    double[] u = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      u[j] = (x[j] - lo[j]) / (hi[j] - lo[j]);
    }
    return u;
  }

  public double[] fromUnit(double[] u) {
    double[] x = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      x[j] = lo[j] + u[j] * (hi[j] - lo[j]);
    }
    return x;
  }

  private boolean designing() {
    return evaluations.size() < initial;
  }

  private Step posterior() {
    process = designing() ? null : fitProcess();
    next = Phase.ACQUISITION;
    return new Posterior(iteration, process, best == null ? Double.NaN : best.value());
  }

  /** The process through every evaluation so far, non-finite values replaced by the worst finite one. */
  private GaussianProcess fitProcess() {
    int n = evaluations.size();
    double[][] xs = new double[n][];
    double[] ys = new double[n];
    double worst = Double.NEGATIVE_INFINITY;
    for (Evaluation e : evaluations) {
      if (Double.isFinite(modelled(e.value()))) {
        worst = Math.max(worst, modelled(e.value()));
      }
    }
    for (int i = 0; i < n; i++) {
      Evaluation e = evaluations.get(i);
      xs[i] = toUnit(e.x());
      double y = modelled(e.value());
      ys[i] = Double.isFinite(y) ? y : (Double.isFinite(worst) ? worst : 0);
    }
    // Warm-started from the last fit (its ℓ and g change little from one point to the next);
    // the full search every tenth evaluation, so the fit cannot drift into a poor local optimum.
    return GaussianProcess.fit(xs, ys, n % 10 == 0 ? null : process);
  }

  private Step acquire() {
    next = Phase.EVALUATION;
    if (process == null) {
      chosen = fromUnit(design[evaluations.size()]);
      return new Acquired(iteration, chosen.clone(), Double.NaN, Double.NaN, Double.NaN, true);
    }
    double bestValue = bestFiniteValue();
    double spread = Math.sqrt(process.signalVariance());
    double[] bestU = null;
    double bestEi = -1;
    double[] at = null;
    for (double[] u : candidates()) {
      double[] p = process.predict(u);
      double ei = GaussianProcess.expectedImprovement(p[0], p[1], bestValue, XI * spread);
      if (ei > bestEi) {
        bestEi = ei;
        bestU = u;
        at = p;
      }
    }
    chosen = fromUnit(bestU);
    return new Acquired(iteration, chosen.clone(), at[0], at[1], bestEi, false);
  }

  /** The best value seen, in the units the process models. */
  private double bestFiniteValue() {
    double b = Double.POSITIVE_INFINITY;
    for (Evaluation e : evaluations) {
      double y = modelled(e.value());
      if (Double.isFinite(y)) {
        b = Math.min(b, y);
      }
    }
    return b;
  }

  /** C as the process models it: log C with {@code logValues} (NaN for C ≤ 0), else C. */
  public double modelled(double value) {
    return logValues ? (value > 0 ? Math.log(value) : Double.NaN) : value;
  }

  /** The candidate points of the acquisition, in the unit box. */
  List<double[]> candidates() {
    List<double[]> c = new ArrayList<>();
    if (dimension == 1) {
      for (int i = 0; i < GRID_1D; i++) {
        c.add(new double[] {(i + 0.5) / GRID_1D});
      }
    } else if (dimension == 2) {
      for (int i = 0; i < GRID_2D; i++) {
        for (int j = 0; j < GRID_2D; j++) {
          c.add(new double[] {(i + 0.5) / GRID_2D, (j + 0.5) / GRID_2D});
        }
      }
    } else {
      double[] b = best == null ? null : toUnit(best.x());
      for (int k = 0; k < RANDOM_CANDIDATES; k++) {
        double[] u = new double[dimension];
        boolean local = b != null && k % 2 == 1;
        double width = 0.02 + 0.2 * random.nextDouble();
        for (int j = 0; j < dimension; j++) {
          u[j] = local ? clamp(b[j] + width * random.nextGaussian()) : random.nextDouble();
        }
        c.add(u);
      }
    }
    return c;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private Step evaluate() {
    Evaluation e = box.evaluate(chosen.clone());
    evaluations.add(e);
    work = work.plus(e.work());
    innerIterations += e.innerIterations();
    if (Double.isFinite(e.value()) && (best == null || e.value() < best.value())) {
      best = e;
    }
    next = Phase.POSTERIOR;
    Evaluated s = new Evaluated(iteration, e, best, work, innerIterations);
    iteration++;
    return s;
  }
}
