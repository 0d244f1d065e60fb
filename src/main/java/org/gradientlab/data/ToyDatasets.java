package org.gradientlab.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded two-class datasets in the plane for small neural nets, each with inputs in about
 * [−1.5, 1.5]² and balanced classes (targets 0 and 1).
 */
public final class ToyDatasets {

  /** The box the inputs lie in, roughly (noise takes points past it; the net lab frames the data themselves). */
  public static final double EXTENT = 1.5;

  public enum Kind {
    XOR("XOR"), CIRCLES("circles"), MOONS("moons"), SPIRALS("spirals");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The label: what menus show. */
    @Override
    public String toString() {
      return label;
    }

    public static Kind byLabel(String s) {
      for (Kind k : values()) {
        if (k.label.equalsIgnoreCase(s) || k.name().equalsIgnoreCase(s)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown dataset '" + s + "'; known: XOR, circles, moons, spirals");
    }
  }

  private ToyDatasets() {}

  public static Dataset make(Kind kind, int n, double noise, long seed) {
    return switch (kind) {
      case XOR -> xor(n, noise, seed);
      case CIRCLES -> circles(n, noise, seed);
      case MOONS -> moons(n, noise, seed);
      case SPIRALS -> spirals(n, noise, seed);
    };
  }

  /** Four Gaussian blobs at (±0.75, ±0.75); class 1 where the signs differ. */
  public static Dataset xor(int n, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      int corner = i % 4;
      double sx = (corner & 1) == 0 ? 1 : -1;
      double sy = (corner & 2) == 0 ? 1 : -1;
      x[i] = new double[] {0.75 * sx + noise * r.nextGaussian(), 0.75 * sy + noise * r.nextGaussian()};
      y[i] = sx * sy < 0 ? 1 : 0;
    }
    return new Dataset("XOR", x, y, List.of("x₁", "x₂"));
  }

  /** A disc of class 1 (radius 0.5) inside a ring of class 0 (radius 1.2). */
  public static Dataset circles(int n, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      boolean inner = i % 2 == 0;
      double radius = inner ? 0.5 : 1.2;
      double angle = 2 * Math.PI * r.nextDouble();
      x[i] = new double[] {radius * Math.cos(angle) + noise * r.nextGaussian(),
          radius * Math.sin(angle) + noise * r.nextGaussian()};
      y[i] = inner ? 1 : 0;
    }
    return new Dataset("circles", x, y, List.of("x₁", "x₂"));
  }

  /** Two interleaved half circles (as in scikit-learn's make_moons), centred and scaled to the box. */
  public static Dataset moons(int n, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      boolean upper = i % 2 == 0;
      double t = Math.PI * r.nextDouble();
      double px = upper ? Math.cos(t) : 1 - Math.cos(t);
      double py = upper ? Math.sin(t) : 0.5 - Math.sin(t);
      x[i] = new double[] {(px - 0.5) + noise * r.nextGaussian(),
          (py - 0.25) + noise * r.nextGaussian()};
      y[i] = upper ? 0 : 1;
    }
    return new Dataset("moons", x, y, List.of("x₁", "x₂"));
  }

  /** Two arms r = θ/(2π)·1.4, θ ∈ [0.25π, 3π], the second rotated by π. */
  public static Dataset spirals(int n, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      boolean second = i % 2 == 1;
      double t = 0.25 * Math.PI + 2.75 * Math.PI * r.nextDouble();
      double radius = t / (2 * Math.PI) * 1.0;
      double phase = second ? Math.PI : 0;
      x[i] = new double[] {radius * Math.cos(t + phase) + noise * r.nextGaussian(),
          radius * Math.sin(t + phase) + noise * r.nextGaussian()};
      y[i] = second ? 1 : 0;
    }
    return new Dataset("spirals", x, y, List.of("x₁", "x₂"));
  }
}
