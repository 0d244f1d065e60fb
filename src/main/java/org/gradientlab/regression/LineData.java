package org.gradientlab.regression;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.data.Dataset;

/**
 * Seeded data for fitting a line y ≈ a·x + b: x uniform on [xMin, xMax], y = a₀x + b₀ + ε with
 * ε ~ N(0, noise²).
 */
public final class LineData {

  private LineData() {}

  public static Dataset noisyLine(String name, int n, double slope, double intercept, double noise,
      double xMin, double xMax, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] x = new double[n][1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = xMin + (xMax - xMin) * r.nextDouble();
      y[i] = slope * x[i][0] + intercept + noise * r.nextGaussian();
    }
    return new Dataset(name, x, y, List.of("x"));
  }

  /**
   * The shipped presets. x on [0, 4] (not centred) couples slope and intercept: the loss is a
   * rotated, stretched bowl (κ ≈ 28), where GD zig-zags. The centred preset, x on [−2, 2], has
   * uncorrelated parameters and a nearly round bowl (κ = 4/3): centring features helps GD.
   */
  public enum Preset {
    FIFTY("50 points", 50, 0.5, 0, 4),
    NOISY("200 noisy points", 200, 1.5, 0, 4),
    CENTRED("50 points, centred x", 50, 0.5, -2, 2);

    private final String label;
    private final int n;
    private final double noise;
    private final double xMin;
    private final double xMax;

    Preset(String label, int n, double noise, double xMin, double xMax) {
      this.label = label;
      this.n = n;
      this.noise = noise;
      this.xMin = xMin;
      this.xMax = xMax;
    }

    public String label() {
      return label;
    }

    /** y = 1.5x − 1 + noise, seed 7. */
    public Dataset dataset() {
      return noisyLine(label, n, 1.5, -1, noise, xMin, xMax, 7);
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
}
