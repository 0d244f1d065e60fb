package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.gradientlab.maps.Axis;
import org.gradientlab.maps.OutcomeMap;
import org.gradientlab.maps.OutcomeMaps;
import org.gradientlab.maps.RateMap;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;

/**
 * What the convergence maps cost, as medians of whole computations: the analytic maps at their
 * resolution (300 × 300 cells, two eigenvalues each), and the measured map of the seven
 * first-order optimizers at 40 × 40 cells and N = 200 steps — as the app computes it for the
 * (η, α) plane (optimizers without α run one row), with each optimizer over its own
 * hyperparameter (optimizers without one run one row), and with every one of the 7 × 40 × 40 cells
 * run (no row shared: the upper bound).
 *
 * <p>{@code mvn -o -q test-compile exec:exec@maps}
 */
public final class MapsBench {

  private static final int STEPS = 200;

  private MapsBench() {}

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    System.out.printf("analytic maps, %d × %d cells (median of 31)%n", RateMap.RESOLUTION, RateMap.RESOLUTION);
    report("  momentum (η, α), κ = 10", 31, () -> RateMap.momentum(0.1, 1, RateMap.RESOLUTION, () -> false));
    report("  GD (η, κ)", 31, () -> RateMap.gradientDescent(1, RateMap.RESOLUTION, () -> false));
    List<OptimizerKind> seven = new ArrayList<>();
    for (OptimizerKind k : OptimizerCatalog.standard().kinds()) {
      if (!k.needsHessian()) {
        seven.add(k);
      }
    }
    for (Objective f : List.of(new QuadraticBowl(10, 30), new Rosenbrock())) {
      double[] start = f instanceof Rosenbrock ? new double[] {-1.5, 2} : new double[] {-2.5, 2};
      RunSettings run = new RunSettings(start, STEPS);
      OptimizerSettings settings = OptimizerCatalog.standard().defaults(0.1);
      Axis eta = OutcomeMaps.etaAxis(OutcomeMaps.RESOLUTION);
      System.out.printf("%nmeasured maps on %s, %d × %d cells, N = %d steps (median of 5)%n", f.name(),
          OutcomeMaps.RESOLUTION, OutcomeMaps.RESOLUTION, STEPS);
      OutcomeMaps.Request alpha = new OutcomeMaps.Request(f, seven, settings, run, eta,
          OutcomeMaps.axis(OptimizerCatalog.standard().hyperparameter("alpha"), OutcomeMaps.RESOLUTION));
      report("  7 optimizers, (η, α) as the app: " + OutcomeMaps.runs(alpha) + " runs", 5,
          () -> OutcomeMaps.compute(alpha, p -> { }, () -> false));
      List<OutcomeMaps.Request> own = new ArrayList<>();
      long ownRuns = 0;
      for (OptimizerKind k : seven) {
        Hyperparameter h = k.hyperparameters().stream()
            .filter(x -> x != Hyperparameter.LEARNING_RATE && !x.integer()).findFirst().orElse(null);
        OutcomeMaps.Request r = new OutcomeMaps.Request(f, List.of(k), settings, run, eta,
            h == null ? null : OutcomeMaps.axis(h, OutcomeMaps.RESOLUTION));
        own.add(r);
        ownRuns += OutcomeMaps.runs(r);
      }
      report("  7 optimizers, each its own hyperparameter: " + ownRuns + " runs", 5, () -> {
        List<OutcomeMap> maps = new ArrayList<>();
        for (OutcomeMaps.Request r : own) {
          maps.addAll(OutcomeMaps.compute(r, p -> { }, () -> false));
        }
        return maps;
      });
      int n = OutcomeMaps.RESOLUTION;
      report("  7 × 40 × 40 cells, every cell run: " + 7 * n * n + " runs", 5, () -> {
        // Each over its own hyperparameter where it has one; GD and Adagrad repeat their η-row.
        int finished = 0;
        for (OutcomeMaps.Request r : own) {
          OptimizerKind k = r.kinds().get(0);
          for (int j = 0; j < n; j++) {
            var values = settings.config(k).values();
            if (r.y() != null) {
              values = values.with(r.y().key(), r.y().value(j));
            }
            for (int i = 0; i < n; i++) {
              var t = Runner.run(f, k.configure(values.with("eta", eta.value(i))), run);
              finished += t.length() == STEPS + 1 ? 1 : 0;
            }
          }
        }
        return finished;
      });
    }
  }

  private static void report(String what, int repeats, Supplier<Object> work) {
    work.get(); // warm-up
    work.get();
    double[] ms = new double[repeats];
    Object sink = null;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      sink = work.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%-58s median %9.2f ms   (min %.2f, max %.2f)%s%n", what, ms[repeats / 2], ms[0],
        ms[repeats - 1], sink == null ? " (no result)" : "");
  }
}
