package org.gradientlab.run;

import java.util.Arrays;

/**
 * Everything a run needs besides the objective and the optimizer: where it starts, how many steps
 * it takes, and the seed of its randomness, so that every run can be replayed exactly.
 */
public record RunSettings(double[] start, int steps, long seed, Tolerances tolerances) {

  public static final long DEFAULT_SEED = 42;

  public RunSettings {
    start = start.clone();
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be ≥ 0, was " + steps);
    }
    if (!org.gradientlab.math.Vectors.isFinite(start)) {
      throw new IllegalArgumentException("start point must be finite: " + Arrays.toString(start));
    }
  }

  public RunSettings(double[] start, int steps) {
    this(start, steps, DEFAULT_SEED, Tolerances.DEFAULT);
  }

  @Override
  public double[] start() {
    return start.clone();
  }

  public RunSettings withSteps(int n) {
    return new RunSettings(start, n, seed, tolerances);
  }

  public RunSettings withStart(double... point) {
    return new RunSettings(point, steps, seed, tolerances);
  }

  public RunSettings withSeed(long s) {
    return new RunSettings(start, steps, s, tolerances);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RunSettings r
        && Arrays.equals(r.start, start)
        && r.steps == steps
        && r.seed == seed
        && r.tolerances.equals(tolerances);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(start) * 31 + Integer.hashCode(steps) * 17 + Long.hashCode(seed);
  }

  @Override
  public String toString() {
    return "RunSettings[start=" + Arrays.toString(start) + ", steps=" + steps + ", seed=" + seed + "]";
  }
}
