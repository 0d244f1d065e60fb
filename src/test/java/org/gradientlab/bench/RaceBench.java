package org.gradientlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one slider event costs the engine: all seven optimizers × 1000 steps from one start point
 * (target: well under 2 ms, so a re-run fits in one 60 Hz frame), and each optimizer alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RaceBench {

  @Param({"bowl", "rosenbrock"})
  public String objective;

  private Objective f;
  private List<OptimizerConfig> seven;
  private RunSettings settings;

  @Setup
  public void setUp() {
    if (objective.equals("bowl")) {
      f = new QuadraticBowl(10, 30);
      settings = new RunSettings(new double[] {2.5, -2}, 1000);
    } else {
      f = new Rosenbrock();
      settings = new RunSettings(new double[] {-1.5, 2}, 1000);
    }
    seven = new ArrayList<>();
    for (OptimizerKind kind : OptimizerCatalog.standard().kinds()) {
      if (kind.needsHessian()) {
        continue; // the seven first-order optimizers this benchmark has always raced
      }
      // η small enough that no run stops early at a divergence: every run takes all 1000 steps.
      seven.add(kind.withDefaults(objective.equals("bowl") ? 0.1 : 1e-4));
    }
    for (Trajectory t : Runner.race(f, seven, settings)) {
      if (t.length() != 1001) {
        throw new IllegalStateException(t.optimizer() + " stopped early: " + t.outcome());
      }
    }
  }

  @Benchmark
  public List<Trajectory> allSevenOptimizers() {
    return Runner.race(f, seven, settings);
  }
}
