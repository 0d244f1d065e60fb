package org.gradientlab.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.PerFeatureRidge;
import org.gradientlab.hyper.RidgeProblem;
import org.gradientlab.hyper.ValidationCurve;

/**
 * Many hyperparameters: ridge on the diabetes data with one λ per feature (10 of them).
 * Hypergradient descent on the vector log λ against random search and Bayesian optimisation with
 * the same budget of evaluations, beside the best single λ (a dense curve) and what a grid would
 * cost; the view scrubs through the evaluations ({@link #shownProperty}), the learned λⱼ as bars.
 * Computed latest-wins on one worker of the {@link Background} when the budget or seed change.
 */
public final class ManyLambdaModel {

  /** Seeds of random search and BO whose median row the table shows. */
  public static final int SEEDS = 5;
  public static final int DESIGN = 5;

  /**
   * Everything the view shows: the runs (random and BO: the seed chosen), the medians of the best
   * C over {@link #SEEDS} seeds, the best single λ, and the measured time of one evaluation.
   */
  public record Result(int budget, long seed, List<String> features, PerFeatureRidge.Run descent,
      PerFeatureRidge.Run random, PerFeatureRidge.Run bayesian, double randomMedian, double bayesianMedian,
      double singleBest, double singleBestLogLambda, double nanosPerSolve, double logMin, double logMax) {}

  private record Request(int budget, long seed) {}

  private final IntegerProperty budget = new SimpleIntegerProperty(20);
  private final IntegerProperty seed = new SimpleIntegerProperty(1);
  /** The evaluation the view shows (1 … budget); the bars are the descent's λ there. */
  private final IntegerProperty shown = new SimpleIntegerProperty(Integer.MAX_VALUE);
  private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  /** Whether the panel is on screen: nothing is computed for a hidden panel. */
  private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(false);
  private boolean dirty = true;
  private final Background.Worker worker;
  private final LatestWinsComputation<Request, Result> computation;
  private final HyperProblem diabetes = HyperProblems.diabetes();
  private final List<String> features = HyperProblems.diabetesFeatures();

  public ManyLambdaModel(Background background) {
    worker = background.worker("hyper-many-lambdas");
    computation = new LatestWinsComputation<>(this::compute, worker, background.publisher(), r -> {
      result.set(r);
      shown.set(r.budget());
    }, e -> message.set("The per-feature λ comparison failed: " + e.getMessage()));
    budget.addListener((o, a, b) -> recompute());
    seed.addListener((o, a, b) -> recompute());
    active.addListener((o, a, on) -> {
      if (on && dirty) {
        recompute();
      }
    });
  }

  /** Set while the panel is shown; the first activation computes. */
  public javafx.beans.property.BooleanProperty activeProperty() { return active; }

  public IntegerProperty budgetProperty() { return budget; }
  public IntegerProperty seedProperty() { return seed; }
  public IntegerProperty shownProperty() { return shown; }
  public ReadOnlyObjectProperty<Result> resultProperty() { return result.getReadOnlyProperty(); }
  public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

  private void recompute() {
    dirty = !active.get();
    if (dirty) {
      return;
    }
    computation.submit(new Request(Math.max(2, budget.get()), seed.get()));
  }

  private Result compute(Request r, BooleanSupplier stale) {
    RidgeProblem ridge = (RidgeProblem) diabetes.inner();
    PerFeatureRidge pf = new PerFeatureRidge(ridge, diabetes.logMin(), diabetes.logMax());
    ValidationCurve single = ValidationCurve.compute(ridge, OuterObjective.VALIDATION, diabetes.logMin(),
        diabetes.logMax(), 160, ValidationCurve.UNWATCHED, stale);
    // The same start as the scalar outer loop: every λⱼ = λ₀.
    double[] start = new double[pf.dimension()];
    java.util.Arrays.fill(start, diabetes.logLambda0());
    PerFeatureRidge.Run descent = pf.descend(start, r.budget());
    List<Double> randoms = new ArrayList<>();
    List<Double> bayes = new ArrayList<>();
    PerFeatureRidge.Run random = null;
    PerFeatureRidge.Run bo = null;
    for (long s = r.seed(); s < r.seed() + SEEDS; s++) {
      if (stale.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException();
      }
      PerFeatureRidge.Run rs = pf.random(r.budget(), s);
      PerFeatureRidge.Run bs = pf.bayesian(r.budget(), DESIGN, s);
      if (s == r.seed()) {
        random = rs;
        bo = bs;
      }
      randoms.add(rs.best().value());
      bayes.add(bs.best().value());
    }
    // One evaluation's time, measured here over many (the first calls warm the JIT up).
    double[] probe = start.clone();
    for (int i = 0; i < 200; i++) {
      pf.evaluate(probe, false);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      pf.evaluate(probe, false);
    }
    double nanos = (System.nanoTime() - t0) / 2000.0;
    return new Result(r.budget(), r.seed(), features, descent, random, bo, median(randoms), median(bayes),
        single.minimum(), single.logLambdas()[single.argmin()], nanos, diabetes.logMin(), diabetes.logMax());
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    java.util.Collections.sort(s);
    return s.get(s.size() / 2);
  }

  public void dispose() {
    computation.cancel();
    worker.close();
  }
}
