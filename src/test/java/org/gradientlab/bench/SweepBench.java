package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.LearningRateSweep;
import org.gradientlab.run.RunSettings;
import org.gradientlab.viewmodel.TuneModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * "Tune each" on Rosenbrock: the seven first-order optimizers × the 41 η of the grid × 1000 steps
 * (runs that diverge stop early, as in the app).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {

  private List<OptimizerConfig> seven;
  private double[] grid;

  @Setup
  public void setUp() {
    seven = new ArrayList<>();
    for (OptimizerKind k : OptimizerCatalog.standard().kinds()) {
      if (!k.needsHessian()) {
        seven.add(k.withDefaults(1e-3));
      }
    }
    grid = LearningRateSweep.logGrid(TuneModel.LOW, TuneModel.HIGH, TuneModel.POINTS);
  }

  @Benchmark
  public List<LearningRateSweep> tuneEachOnRosenbrock() {
    return LearningRateSweep.sweep(new Rosenbrock(), seven, new RunSettings(new double[] {-1.5, 2}, 1000),
        LearningRateSchedule.CONSTANT, grid, () -> false, p -> { });
  }
}
