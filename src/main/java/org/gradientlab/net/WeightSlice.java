package org.gradientlab.net;

import java.util.SplittableRandom;
import org.gradientlab.math.Vectors;

/**
 * A plane through weight space: θ(a, b) = θ₀ + a·d₁ + b·d₂. Either two chosen weights (d₁, d₂ unit
 * coordinate vectors: the plane in which only those two weights change) or two random
 * filter-normalised directions (Li, Xu, Taylor, Studer and Goldstein 2018, "Visualizing the Loss
 * Landscape of Neural Nets", §4): Gaussian directions whose every row (the incoming weights of one
 * unit) is rescaled to the norm of the same row of θ₀, so a unit of a or b means the same relative
 * change for every neuron; bias components are set to zero, as the paper ignores biases. The third
 * kind, the plane through the training path, is {@link TrajectoryPlane}.
 */
public record WeightSlice(double[] origin, double[] d1, double[] d2, String name1, String name2) {

  public WeightSlice {
    origin = origin.clone();
    d1 = d1.clone();
    d2 = d2.clone();
  }

  public static WeightSlice chosenWeights(NetLayout layout, double[] theta, int i, int j) {
    if (i == j) {
      throw new IllegalArgumentException("choose two different weights");
    }
    double[] e1 = new double[theta.length];
    double[] e2 = new double[theta.length];
    e1[i] = 1;
    e2[j] = 1;
    return new WeightSlice(theta, e1, e2, layout.parameterName(i), layout.parameterName(j));
  }

  public static WeightSlice filterNormalised(NetLayout layout, double[] theta, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return new WeightSlice(theta, direction(layout, theta, r), direction(layout, theta, r),
        "direction 1", "direction 2");
  }

  /** A Gaussian direction with each unit's incoming weights scaled to that unit's norm in θ. */
  static double[] direction(NetLayout layout, double[] theta, SplittableRandom r) {
    double[] d = new double[theta.length];
    for (int l = 1; l <= layout.layerCount(); l++) {
      int in = layout.fanIn(l);
      for (int unit = 0; unit < layout.width(l); unit++) {
        int row = layout.weightOffset(l) + unit * in;
        double dn = 0;
        double tn = 0;
        for (int i = 0; i < in; i++) {
          d[row + i] = r.nextGaussian();
          dn += d[row + i] * d[row + i];
          tn += theta[row + i] * theta[row + i];
        }
        double scale = dn > 0 ? Math.sqrt(tn / dn) : 0;
        for (int i = 0; i < in; i++) {
          d[row + i] *= scale;
        }
      }
    }
    return d;
  }

  /** θ₀ + a·d₁ + b·d₂ into {@code out}. */
  public void point(double a, double b, double[] out) {
    for (int k = 0; k < out.length; k++) {
      out[k] = origin[k] + a * d1[k] + b * d2[k];
    }
  }

  /**
   * How much of a path lies in the plane: Σᵢ ‖P(θᵢ − θ₀)‖² / Σᵢ ‖θᵢ − θ₀‖², with P the orthogonal
   * projection onto span{d₁, d₂}. 1 when every point lies in the plane; NaN for a path that never
   * leaves θ₀ or has a non-finite point.
   */
  public double shareInPlane(java.util.List<double[]> path) {
    double g11 = Vectors.dot(d1, d1);
    double g12 = Vectors.dot(d1, d2);
    double g22 = Vectors.dot(d2, d2);
    double inPlane = 0;
    double total = 0;
    for (double[] theta : path) {
      double[] ab = project(theta);
      inPlane += ab[0] * ab[0] * g11 + 2 * ab[0] * ab[1] * g12 + ab[1] * ab[1] * g22;
      double d = Vectors.distance(theta, origin);
      total += d * d;
    }
    return total > 0 && Double.isFinite(total) ? Math.min(1, inPlane / total) : Double.NaN;
  }

  /**
   * The (a, b) whose point θ₀ + a·d₁ + b·d₂ is nearest θ (least squares): the training path seen in
   * the slice's coordinates. Solves the 2 × 2 normal equations of span{d₁, d₂}.
   */
  public double[] project(double[] theta) {
    double[] r = new double[theta.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = theta[k] - origin[k];
    }
    double g11 = Vectors.dot(d1, d1);
    double g12 = Vectors.dot(d1, d2);
    double g22 = Vectors.dot(d2, d2);
    double r1 = Vectors.dot(d1, r);
    double r2 = Vectors.dot(d2, r);
    double det = g11 * g22 - g12 * g12;
    return new double[] {(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det};
  }
}
