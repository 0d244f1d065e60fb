package org.gradientlab.run;

import java.util.Arrays;
import org.gradientlab.math.Point;

/**
 * The last half of a run seen as two equal windows, A (steps m−2W+1 … m−W) and B (the last W
 * steps, W = ⌊m/4⌋), and what changed from one to the other: the envelope (largest value) of the
 * step length sₖ = ‖θₖ − θₖ₋₁‖ and of ‖∇f(θₖ)‖, the level of f, and whether the path goes back and
 * forth. A window a quarter of the run long is long against any oscillation that repeats several
 * times within it; {@link #stepsReadable()} says whether that is so (or the sequence is monotone,
 * where there is no oscillation to be long against).
 */
final class LateWindows {

  /** A window must hold at least this many local maxima of a sequence to read its envelope. */
  static final int MIN_PEAKS = 3;
  /** Relative slack for calling a sequence monotone despite rounding. */
  static final double MONOTONE_SLACK = 1e-9;
  /** A window whose net displacement is below this fraction of its path length goes back and forth. */
  static final double CYCLING_RATIO = 0.2;
  /** f counts as level when the medians of the windows differ by at most this share of f's range. */
  static final double LEVEL_SHARE = 0.25;

  final int lastStep;
  final Envelope steps;
  final Envelope gradients;
  final double minValueA;
  final double minValueB;
  final double medianValueA;
  final double medianValueB;
  final double valueRange;
  final double netDisplacement;
  final double pathLength;
  final Point centre;
  final double amplitude;

  /**
   * One sequence's largest value in each window, where it was, whether the envelope can be read,
   * and whether the sequence is monotone over both windows (then it is its own envelope, and any
   * change of it is real, not an accident of where the peaks fell).
   */
  record Envelope(double maxA, int atA, double maxB, int atB, boolean readable, boolean monotone) {

    /** E_B / E_A. */
    double ratio() {
      return maxB / maxA;
    }

    /** (E_B / E_A)^(1/(position of E_B − position of E_A)): the change per step. */
    double perStep() {
      return atB > atA ? Math.pow(ratio(), 1.0 / (atB - atA)) : Double.NaN;
    }
  }

  private LateWindows(int lastStep, Envelope steps, Envelope gradients, double[] a,
      double[] b, double range, double net, double path, Point centre, double amplitude) {
    this.lastStep = lastStep;
    this.steps = steps;
    this.gradients = gradients;
    this.minValueA = a[0];
    this.minValueB = b[0];
    this.medianValueA = a[a.length / 2];
    this.medianValueB = b[b.length / 2];
    this.valueRange = range;
    this.netDisplacement = net;
    this.pathLength = path;
    this.centre = centre;
    this.amplitude = amplitude;
  }

  /** The windows of a run with last step m, or null when m &lt; 8 (windows of under 2 steps). */
  static LateWindows of(double[] thetas, double[] values, double[] gradientNorms, int length,
      int n) {
    int m = length - 1;
    int w = m / 4;
    if (w < 2) {
      return null;
    }
    int a0 = m - 2 * w + 1;
    int b0 = m - w + 1;
    double[] s = new double[m + 1]; // s[k] = ‖θₖ − θₖ₋₁‖, k ≥ 1
    double path = 0;
    for (int k = a0 - 1; k <= m; k++) {
      if (k >= 1) {
        s[k] = distance(thetas, n, k - 1, k);
        if (k >= a0) {
          path += s[k];
        }
      }
    }
    Envelope steps = envelope(s, a0, b0, m);
    Envelope gradients = envelope(gradientNorms, a0, b0, m);
    double[] fa = Arrays.copyOfRange(values, a0, b0);
    double[] fb = Arrays.copyOfRange(values, b0, m + 1);
    Arrays.sort(fa);
    Arrays.sort(fb);
    double range = Math.max(fa[fa.length - 1], fb[fb.length - 1]) - Math.min(fa[0], fb[0]);
    double net = distance(thetas, n, a0 - 1, m);
    double[] lo = new double[n];
    double[] hi = new double[n];
    Arrays.fill(lo, Double.POSITIVE_INFINITY);
    Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (int k = b0; k <= m; k++) {
      for (int i = 0; i < n; i++) {
        lo[i] = Math.min(lo[i], thetas[k * n + i]);
        hi[i] = Math.max(hi[i], thetas[k * n + i]);
      }
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = 0.5 * (lo[i] + hi[i]);
    }
    double amplitude = 0;
    for (int k = b0; k <= m; k++) {
      double d = 0;
      for (int i = 0; i < n; i++) {
        double e = thetas[k * n + i] - c[i];
        d += e * e;
      }
      amplitude = Math.max(amplitude, Math.sqrt(d));
    }
    return new LateWindows(m, steps, gradients, fa, fb, range, net, path, Point.of(c),
        amplitude);
  }

  /** The step lengths' envelope can be read: monotone, or oscillating often enough per window. */
  boolean stepsReadable() {
    return steps.readable();
  }

  /** The lowest f of the last window is above the lowest of the one before: f got worse. */
  boolean valueRose() {
    return minValueB > minValueA;
  }

  /** f stays at one level: the windows' medians differ by little against f's own swing. */
  boolean valueLevel() {
    return Math.abs(medianValueB - medianValueA) <= LEVEL_SHARE * valueRange;
  }

  /** The path goes back and forth rather than travelling. */
  boolean cycling() {
    return netDisplacement <= CYCLING_RATIO * pathLength;
  }

  private static Envelope envelope(double[] v, int a0, int b0, int m) {
    int atA = argMax(v, a0, b0 - 1);
    int atB = argMax(v, b0, m);
    boolean monotone = monotone(v, a0, m);
    boolean readable = monotone
        || (peaks(v, a0, b0 - 1, m) >= MIN_PEAKS && peaks(v, b0, m, m) >= MIN_PEAKS);
    return new Envelope(v[atA], atA, v[atB], atB, readable, monotone);
  }

  private static int argMax(double[] v, int from, int to) {
    int best = from;
    for (int k = from + 1; k <= to; k++) {
      if (v[k] > v[best]) {
        best = k;
      }
    }
    return best;
  }

  /** Local maxima vₖ &gt; vₖ₋₁, vₖ ≥ vₖ₊₁ with k in [from, to] and k + 1 ≤ m. */
  private static int peaks(double[] v, int from, int to, int m) {
    int count = 0;
    for (int k = Math.max(from, 1); k <= Math.min(to, m - 1); k++) {
      if (v[k] > v[k - 1] && v[k] >= v[k + 1]) {
        count++;
      }
    }
    return count;
  }

  private static boolean monotone(double[] v, int from, int to) {
    boolean up = true;
    boolean down = true;
    for (int k = from + 1; k <= to; k++) {
      double slack = MONOTONE_SLACK * Math.max(Math.abs(v[k]), Math.abs(v[k - 1]));
      up &= v[k] >= v[k - 1] - slack;
      down &= v[k] <= v[k - 1] + slack;
    }
    return up || down;
  }

  static double distance(double[] t, int n, int a, int b) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      double d = t[b * n + i] - t[a * n + i];
      s += d * d;
    }
    return Math.sqrt(s);
  }
}
