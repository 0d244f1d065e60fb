package org.gradientlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten (Heckbert, "Nice numbers for graph
 * labels", Graphics Gems 1990), so that labels read 0, 0.5, 1, 1.5 rather than 0.37, 0.74, ….
 */
public final class Ticks {

  private Ticks() {}

  /** About {@code target} tick values covering [min, max]. */
  public static List<Double> between(double min, double max, int target) {
    List<Double> ticks = new ArrayList<>();
    if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
      return ticks;
    }
    double step = niceStep((max - min) / Math.max(1, target));
    double first = Math.ceil(min / step) * step;
    for (double t = first; t <= max + step * 1e-9; t += step) {
      // Snap to the step grid so rounding does not print 0.30000000000000004.
      double snapped = Math.round(t / step) * step;
      ticks.add(Math.abs(snapped) < step * 1e-9 ? 0.0 : snapped);
    }
    return ticks;
  }

  /** The 1-2-5 number nearest above {@code rough}. */
  public static double niceStep(double rough) {
    double exponent = Math.floor(Math.log10(rough));
    double fraction = rough / Math.pow(10, exponent);
    double nice;
    if (fraction <= 1) {
      nice = 1;
    } else if (fraction <= 2) {
      nice = 2;
    } else if (fraction <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    return nice * Math.pow(10, exponent);
  }

  /** A label for tick t on an axis with spacing {@code step}: as many decimals as the step needs. */
  public static String label(double t, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    if (Math.abs(t) >= 1e5 || (t != 0 && Math.abs(t) < 1e-4)) {
      return String.format(java.util.Locale.ROOT, "%.1e", t);
    }
    String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", t);
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }
}
