package org.gradientlab.plot;

import java.util.Arrays;

/**
 * A run's path reduced to what the pixels of a plot can show, before anything is stroked: steps
 * shorter than {@link #MIN_STEP_PIXELS} are merged into the next, every segment is clipped to the
 * plot ({@link SegmentClipper}, so nothing 10³⁰⁰ pixels away reaches the rasteriser), a segment
 * whose ends agree with one already drawn to {@link #SAME_PIXELS} pixels is dropped (its stroke
 * would cover the same pixels: an oscillation that repeats itself is drawn once), and the visible
 * segments that remain are joined into polylines, so a canvas
 * strokes one path instead of a line per step.
 *
 * <p>What remains can still be a tangle that paints the plot over many times (100 000 steps of a
 * chaotic run each crossing the view), and rasterising it costs in proportion to the length
 * stroked. Once the visible segments are longer in all than {@link #COVERAGE} times the plot's
 * area divided by {@link #NOMINAL_WIDTH} (strokes that wide would cover half of it), or more
 * than {@link #MAX_SEGMENTS}, the path is cut to that: segments from the start and from the end,
 * half of the budget each, which show how the run began and where it is now. The middle of the
 * tangle only paints pixels already painted; the drawing cost stays bounded whatever the number
 * of steps.
 */
public final class PathReducer {

  /** Steps shorter than this (in both directions, in pixels) are merged into the next one. */
  public static final double MIN_STEP_PIXELS = 0.5;
  /** At most this many segments are drawn. */
  public static final int MAX_SEGMENTS = 4000;
  /**
   * How much of the plot strokes of {@link #NOMINAL_WIDTH} may cover: at half of it, a tangle of
   * random long lines already leaves no region of the plot unvisited, and the rasteriser's work
   * (in proportion to the area stroked) stays a small part of a frame.
   */
  public static final double COVERAGE = 0.5;
  /** Segments whose ends agree to this many pixels are drawn once: their strokes overlap. */
  public static final double SAME_PIXELS = 2;
  /** The width of a path with its halo, in pixels, for the length budget. */
  public static final double NOMINAL_WIDTH = 4;

  private PathReducer() {}

  /** A pixel coordinate of point i. */
  @FunctionalInterface
  public interface Pixels {
    double at(int i);
  }

  /**
   * Points to stroke, in order: point i starts a new polyline where {@code moveTo[i]}, else it is
   * joined to point i − 1.
   */
  public record Path(double[] xs, double[] ys, boolean[] moveTo, int length) {

    /** The number of segments drawn. */
    public int segments() {
      int n = 0;
      for (int i = 0; i < length; i++) {
        if (!moveTo[i]) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * The path through points 0 … count−1 at pixels (xs(i), ys(i)), reduced for the plot rectangle
   * [left, right] × [top, bottom].
   */
  public static Path reduce(Pixels xs, Pixels ys, int count,
      double left, double top, double right, double bottom) {
    return reduce(xs, ys, count, left, top, right, bottom, 1);
  }

  /**
   * The same for one of several paths drawn on the plot, which may use {@code share} (0 … 1) of
   * the length budget and of {@link #MAX_SEGMENTS}: seven racing optimizers together cost what one
   * would.
   */
  public static Path reduce(Pixels xs, Pixels ys, int count,
      double left, double top, double right, double bottom, double share) {
    double budget = share * COVERAGE * Math.max(0, right - left) * Math.max(0, bottom - top) / NOMINAL_WIDTH;
    int maxSegments = Math.max(2, (int) (share * MAX_SEGMENTS));
    double[] rect = {left, top, right, bottom};
    LongSet seen = new LongSet();
    Segments head = new Segments();
    if (count < 2) {
      return head.path(null);
    }
    // Forward until the whole path is in or it is certain to be cut: the work (on the FX thread)
    // then grows with what is drawn, not with the number of steps.
    int stop = scan(xs, ys, 0, count - 1, 1, rect, seen, head, budget, maxSegments);
    if (stop == count - 1 && head.used <= budget && head.n <= maxSegments) {
      return head.path(null);
    }
    head.trim(budget / 2, maxSegments / 2);
    Segments tail = new Segments();
    scan(xs, ys, count - 1, head.lastPoint, -1, rect, seen, tail, budget / 2, maxSegments / 2);
    tail.trim(budget / 2, maxSegments / 2);
    return head.path(tail);
  }

  /**
   * Visible segments from point {@code from} towards {@code to} (step ±1) into {@code out}, until
   * they are longer than {@code lengthLimit} or more than {@code countLimit}; returns the index of
   * the last point used. The segment into the current iterate (the last going forward, the first
   * going back) is always kept; every other once per 2-px footprint.
   */
  private static int scan(Pixels xs, Pixels ys, int from, int to, int step, double[] rect,
      LongSet seen, Segments out, double lengthLimit, int countLimit) {
    double[] s = new double[4];
    double ax = xs.at(from);
    double ay = ys.at(from);
    int i = from;
    while (i != to) {
      i += step;
      double x = xs.at(i);
      double y = ys.at(i);
      boolean always = step < 0 ? i == from - 1 : i == to;
      if (!always && Math.abs(x - ax) < MIN_STEP_PIXELS && Math.abs(y - ay) < MIN_STEP_PIXELS) {
        continue;
      }
      boolean visible = SegmentClipper.clip(ax, ay, x, y, rect[0], rect[1], rect[2], rect[3], s);
      ax = x;
      ay = y;
      if (!visible || !seen.add(key(s)) && !always) {
        continue;
      }
      out.add(s, i);
      if (out.used > lengthLimit || out.n > countLimit) {
        return i;
      }
    }
    return i;
  }

  /** Segments in the order found, the point each reached, and their length in all. */
  private static final class Segments {
    double[] segs = new double[64];
    int[] reached = new int[16];
    int n;
    double used;
    int lastPoint;

    void add(double[] s, int point) {
      if (4 * n + 4 > segs.length) {
        segs = Arrays.copyOf(segs, 2 * segs.length);
      }
      if (n + 1 > reached.length) {
        reached = Arrays.copyOf(reached, 2 * reached.length);
      }
      System.arraycopy(s, 0, segs, 4 * n, 4);
      reached[n] = point;
      n++;
      used += length(segs, n - 1);
      lastPoint = point;
    }

    /** Keeps the first segments within the limits (at least one). */
    void trim(double lengthLimit, int countLimit) {
      double sum = 0;
      int keep = 0;
      while (keep < n && keep < countLimit && (keep == 0 || sum + length(segs, keep) <= lengthLimit)) {
        sum += length(segs, keep++);
      }
      n = keep;
      used = sum;
      lastPoint = n == 0 ? 0 : reached[n - 1];
    }

    /** Polylines through these segments, then through {@code tail}'s (found backwards) in forward order. */
    Path path(Segments tail) {
      int total = n + (tail == null ? 0 : tail.n);
      double[] xs = new double[2 * total];
      double[] ys = new double[2 * total];
      boolean[] moveTo = new boolean[2 * total];
      int len = 0;
      for (int j = 0; j < total; j++) {
        boolean forward = j < n;
        int k = forward ? j : tail.n - 1 - (j - n);
        double[] from = forward ? segs : tail.segs;
        // A segment found backwards runs from its later point to its earlier one: draw it reversed.
        double x0 = from[4 * k + (forward ? 0 : 2)];
        double y0 = from[4 * k + (forward ? 1 : 3)];
        double x1 = from[4 * k + (forward ? 2 : 0)];
        double y1 = from[4 * k + (forward ? 3 : 1)];
        if (len == 0 || xs[len - 1] != x0 || ys[len - 1] != y0) {
          xs[len] = x0;
          ys[len] = y0;
          moveTo[len++] = true;
        }
        xs[len] = x1;
        ys[len] = y1;
        moveTo[len++] = false;
      }
      return new Path(Arrays.copyOf(xs, len), Arrays.copyOf(ys, len), Arrays.copyOf(moveTo, len), len);
    }
  }

  private static double length(double[] segs, int j) {
    return Math.hypot(segs[4 * j + 2] - segs[4 * j], segs[4 * j + 3] - segs[4 * j + 1]);
  }


  /** The segment's ends rounded to {@link #SAME_PIXELS}, in either direction, packed into 64 bits. */
  private static long key(double[] s) {
    long a = pack(s[0], s[1]);
    long b = pack(s[2], s[3]);
    return a <= b ? (a << 32) | b : (b << 32) | a;
  }

  private static long pack(double x, double y) {
    long px = (Math.round(x / SAME_PIXELS) + 0x4000) & 0xffff;
    long py = (Math.round(y / SAME_PIXELS) + 0x4000) & 0xffff;
    return (px << 16) | py;
  }

  /** An open-addressing set of longs: no boxing for 10⁵ segments. */
  private static final class LongSet {
    private long[] slots = new long[256];
    private boolean[] used = new boolean[256];
    private int size;

    boolean add(long v) {
      if (2 * (size + 1) > slots.length) {
        grow();
      }
      int mask = slots.length - 1;
      int i = Long.hashCode(v * 0x9E3779B97F4A7C15L) & mask;
      while (used[i]) {
        if (slots[i] == v) {
          return false;
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      slots[i] = v;
      size++;
      return true;
    }

    private void grow() {
      long[] oldSlots = slots;
      boolean[] oldUsed = used;
      slots = new long[2 * oldSlots.length];
      used = new boolean[2 * oldSlots.length];
      size = 0;
      for (int i = 0; i < oldSlots.length; i++) {
        if (oldUsed[i]) {
          add(oldSlots[i]);
        }
      }
    }
  }
}
