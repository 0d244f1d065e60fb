package org.gradientlab.viewmodel;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.gradientlab.hyper.PerFeatureComparison;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.PerFeatureRidge;

/**
 * Many hyperparameters: ridge on the diabetes data with one λ per feature (10 of them).
 * Hypergradient descent on the vector log λ against random search and Bayesian optimisation with
 * the same budget of evaluations, beside the best single λ (a dense curve) and what a grid would
 * cost; the view scrubs through the evaluations ({@link #shownProperty}), the learned λⱼ as bars.
 * Computed latest-wins on one worker of the {@link Background} when the budget or seed change.
 */
public final class ManyLambdaModel {

  /** Seeds of random search and BO whose median row the table shows. */
  public static final int SEEDS = PerFeatureComparison.SEEDS;
  public static final int DESIGN = PerFeatureComparison.DESIGN;

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
  /** Set while a scene is applied: budget and seed change together. */
  private boolean applying;
  private final Background.Worker worker;
  private final LatestWinsComputation<Request, Result> computation;
  private final List<String> features = HyperProblems.diabetesFeatures();

  public ManyLambdaModel(Background background) {
    worker = background.worker("hyper-many-lambdas");
    computation = new LatestWinsComputation<>(this::compute, worker, background.publisher(), r -> {
      result.set(r);
      shown.set(r.budget());
    }, e -> message.set("The per-feature λ comparison failed: " + e.getMessage()));
    budget.addListener((o, a, b) -> {
      if (!applying) {
        recompute();
      }
    });
    seed.addListener((o, a, b) -> {
      if (!applying) {
        recompute();
      }
    });
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
    PerFeatureComparison.Result c = PerFeatureComparison.compare(r.budget(), r.seed(), stale);
    PerFeatureRidge pf = PerFeatureComparison.ridge();
    // One evaluation's time, measured here over many (the first calls warm the JIT up).
    double[] probe = c.descent().evaluations().get(0).logLambdas();
    for (int i = 0; i < 200; i++) {
      pf.evaluate(probe, false);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      pf.evaluate(probe, false);
    }
    double nanos = (System.nanoTime() - t0) / 2000.0;
    return new Result(r.budget(), r.seed(), features, c.descent(), c.random(), c.bayesian(), c.randomMedian(),
        c.bayesianMedian(), c.singleBest(), c.singleBestLogLambda(), nanos, c.logMin(), c.logMax());
  }

  /** Sets the budget and seed a scene gives (one computation for both once shown). */
  public void apply(HyperScene.Many m) {
    applying = true;
    try {
      budget.set(m.budget());
      seed.set(m.seed());
    } finally {
      applying = false;
    }
    recompute();
  }

  /** The budget and seed as a scene's. */
  public HyperScene.Many scene() {
    return new HyperScene.Many(Math.max(HyperScene.MIN_BUDGET, Math.min(HyperScene.MAX_BUDGET, budget.get())),
        Math.max(1, Math.min(HyperScene.MAX_SEED, seed.get())));
  }

  public void dispose() {
    computation.cancel();
    worker.close();
  }
}
