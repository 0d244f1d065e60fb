package org.gradientlab.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;

/**
 * Seeded two-class data in the plane for logistic regression. The clusters are mirrored — every
 * point p of class 1 has −p in class 0 — so the data's mean is exactly 0 and a boundary through
 * the mean (the model has no intercept) is the right family.
 */
public final class ClassData {

  /** The direction the separable clusters are split along, and their margin along it. */
  static final double[] SEPARATING_DIRECTION = {Math.sqrt(0.5), Math.sqrt(0.5)};
  static final double MARGIN = 0.3;

  private ClassData() {}

  /**
   * {@code pairs} points of class 1 around {@code centre} (sd {@code spread} per axis) and their
   * mirror images in class 0; with {@code margin} &gt; 0 class-1 points are drawn again until
   * u·p ≥ margin for u = {@link #SEPARATING_DIRECTION}, which makes the classes separable.
   */
  public static Dataset mirroredClusters(String name, int pairs, double[] centre, double spread,
      double margin, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[2 * pairs][];
    double[] y = new double[2 * pairs];
    for (int i = 0; i < pairs; i++) {
      double px;
      double py;
      do {
        px = centre[0] + spread * r.nextGaussian();
        py = centre[1] + spread * r.nextGaussian();
      } while (margin > 0 && px * SEPARATING_DIRECTION[0] + py * SEPARATING_DIRECTION[1] < margin);
      x[2 * i] = new double[] {px, py};
      y[2 * i] = 1;
      x[2 * i + 1] = new double[] {-px, -py};
      y[2 * i + 1] = 0;
    }
    return new Dataset(name, x, y, List.of("x₁", "x₂"));
  }

  /**
   * The shipped presets: overlapping clusters have a finite maximum-likelihood fit; separable
   * ones have none (the weights grow without bound unless λ &gt; 0); the moons are not separable
   * by a line.
   */
  public enum Preset {
    OVERLAPPING("overlapping clusters"),
    SEPARABLE("separable clusters"),
    MOONS("two moons");

    private final String label;

    Preset(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public Dataset dataset() {
      return switch (this) {
        case OVERLAPPING -> mirroredClusters(label, 60, new double[] {1, 0.5}, 1, 0, 11);
        case SEPARABLE -> mirroredClusters(label, 30, new double[] {1.2, 0.8}, 0.45, MARGIN, 11);
        case MOONS -> renamed(ToyDatasets.moons(200, 0.15, 11), label);
      };
    }

    public static Preset byLabel(String label) {
      for (Preset p : values()) {
        if (p.label.equals(label)) {
          return p;
        }
      }
      throw new IllegalArgumentException("unknown dataset '" + label + "'");
    }
  }

  private static Dataset renamed(Dataset d, String name) {
    return new Dataset(name, d.featureMatrix(), d.targetVector(), d.featureNames());
  }
}
