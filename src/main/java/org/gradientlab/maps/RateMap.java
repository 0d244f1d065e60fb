package org.gradientlab.maps;

import java.util.function.BooleanSupplier;

/**
 * The convergence rate of a linear iteration over a plane of two settings: ρ and the regime at the
 * centre of every cell. Row 0 is the lowest value of y (a picture flips it).
 *
 * @param x the horizontal axis (η in both standard maps)
 * @param y the vertical axis (α for momentum, κ for gradient descent)
 * @param rates ρ per cell, {@code rates[j * x.cells() + i]} for column i, row j
 * @param regimes the regime per cell, same layout
 */
public record RateMap(Axis x, Axis y, double[] rates, Regime[] regimes) {

  /** ρ and regime at a point of the plane. */
  @FunctionalInterface
  public interface Rule {
    RatePoint at(double x, double y);
  }

  /** Cells across and up of the standard maps: fine enough that a cell is at most ~2 px on screen. */
  public static final int RESOLUTION = 300;

  /** The momentum map's η range, in units of 1/L: a little past the widest edge 2(1 + α)/L < 4/L. */
  public static final double MOMENTUM_ETA_RANGE = 4.4;
  /** The gradient-descent map's η range, in units of 1/L: a little past the edge 2/L. */
  public static final double GD_ETA_RANGE = 2.5;
  /** The gradient-descent map's κ range: the lab's bowl offers 1 … 1000. */
  public static final double KAPPA_MIN = 1;
  public static final double KAPPA_MAX = 1000;

  /** Evaluates {@code rule} at every cell centre; stops with null once {@code stale} says so. */
  public static RateMap compute(Axis x, Axis y, Rule rule, BooleanSupplier stale) {
    int n = x.cells() * y.cells();
    double[] rates = new double[n];
    Regime[] regimes = new Regime[n];
    for (int j = 0; j < y.cells(); j++) {
      if (stale.getAsBoolean()) {
        return null;
      }
      double yv = y.value(j);
      for (int i = 0; i < x.cells(); i++) {
        RatePoint p = rule.at(x.value(i), yv);
        rates[j * x.cells() + i] = p.rate();
        regimes[j * x.cells() + i] = p.regime();
      }
    }
    return new RateMap(x, y, rates, regimes);
  }

  /** Heavy ball over η ∈ (0, 4.4/L], α ∈ [0, 1), worst over the curvatures μ and L. */
  public static RateMap momentum(double mu, double largest, int cells, BooleanSupplier stale) {
    return compute(momentumEta(largest, cells), momentumAlpha(cells),
        (eta, alpha) -> HeavyBallRate.worst(eta, alpha, mu, largest), stale);
  }

  /** Gradient descent over η ∈ (0, 2.5/L], κ ∈ [1, 1000] (log), curvatures L and L/κ. */
  public static RateMap gradientDescent(double largest, int cells, BooleanSupplier stale) {
    return compute(gradientDescentEta(largest, cells), kappa(cells),
        (eta, kappa) -> GradientDescentRate.atConditionNumber(eta, kappa, largest), stale);
  }

  public static Axis momentumEta(double largest, int cells) {
    return new Axis("eta", "learning rate η", 0, MOMENTUM_ETA_RANGE / largest, false, cells);
  }

  public static Axis momentumAlpha(int cells) {
    return new Axis("alpha", "momentum α", 0, 1, false, cells);
  }

  public static Axis gradientDescentEta(double largest, int cells) {
    return new Axis("eta", "learning rate η", 0, GD_ETA_RANGE / largest, false, cells);
  }

  public static Axis kappa(int cells) {
    return new Axis("kappa", "condition number κ", KAPPA_MIN, KAPPA_MAX, true, cells);
  }

  public double rate(int i, int j) {
    return rates[j * x.cells() + i];
  }

  public Regime regime(int i, int j) {
    return regimes[j * x.cells() + i];
  }

  /** The cell {i, j} with the smallest ρ (the first on a tie). */
  public int[] argmin() {
    int best = 0;
    for (int k = 1; k < rates.length; k++) {
      if (rates[k] < rates[best]) {
        best = k;
      }
    }
    return new int[] {best % x.cells(), best / x.cells()};
  }

  /** The picture: one opaque ARGB pixel per cell, row 0 at the top (the highest y). */
  public int[] argb() {
    int w = x.cells();
    int h = y.cells();
    int[] out = new int[w * h];
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        out[(h - 1 - j) * w + i] = MapPalette.rate(rates[j * w + i]);
      }
    }
    return out;
  }
}
