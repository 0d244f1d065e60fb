package org.gradientlab.plot;

import java.util.Arrays;

/**
 * A run's path reduced to what the pixels of a plot can show, before anything is stroked: steps
 * shorter than {@link #MIN_STEP_PIXELS} are merged into the next, every segment is clipped to the
 * plot ({@link SegmentClipper}, so nothing 10³⁰⁰ pixels away reaches the rasteriser), a segment
 * that covers the same pixels as one already drawn is dropped (an oscillation that repeats itself
 * is drawn once), and the visible segments that remain are joined into polylines, so a canvas
 * strokes one path instead of a line per step.
 *
 * <p>Past {@link #MAX_SEGMENTS} distinct visible segments the plot is a solid tangle of lines
 * (4000 long strokes cover a 1000 × 700 plot many times over); then the first and the last
 * {@link #MAX_SEGMENTS}/2 are kept, which show how the run began and where it is now, and the
 * drawing cost stays bounded whatever the number of steps.
 */
public final class PathReducer {

  /** Steps shorter than this (in both directions, in pixels) are merged into the next one. */
  public static final double MIN_STEP_PIXELS = 0.5;
  /** At most this many segments are drawn. */
  public static final int MAX_SEGMENTS = 4000;

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
    double[] segs = new double[64];
    int n = 0;
    LongSet seen = new LongSet();
    if (count > 0) {
      double ax = xs.at(0);
      double ay = ys.at(0);
      for (int i = 1; i < count; i++) {
        double x = xs.at(i);
        double y = ys.at(i);
        if (i < count - 1 && Math.abs(x - ax) < MIN_STEP_PIXELS && Math.abs(y - ay) < MIN_STEP_PIXELS) {
          continue;
        }
        double[] s = SegmentClipper.clip(ax, ay, x, y, left, top, right, bottom);
        ax = x;
        ay = y;
        if (s == null || !seen.add(key(s))) {
          continue;
        }
        if (4 * n + 4 > segs.length) {
          segs = Arrays.copyOf(segs, 2 * segs.length);
        }
        System.arraycopy(s, 0, segs, 4 * n, 4);
        n++;
      }
    }
    return join(segs, n);
  }

  /** Polylines through the kept segments (the first and last MAX_SEGMENTS/2 when there are more). */
  private static Path join(double[] segs, int n) {
    int keep = Math.min(n, MAX_SEGMENTS);
    double[] xs = new double[2 * keep];
    double[] ys = new double[2 * keep];
    boolean[] moveTo = new boolean[2 * keep];
    int len = 0;
    int previous = -2;
    for (int j = 0; j < keep; j++) {
      int s = n <= MAX_SEGMENTS || j < keep / 2 ? j : n - (keep - j);
      double x0 = segs[4 * s];
      double y0 = segs[4 * s + 1];
      boolean joined = previous == s - 1 && len > 0 && xs[len - 1] == x0 && ys[len - 1] == y0;
      if (!joined) {
        xs[len] = x0;
        ys[len] = y0;
        moveTo[len++] = true;
      }
      xs[len] = segs[4 * s + 2];
      ys[len] = segs[4 * s + 3];
      moveTo[len++] = false;
      previous = s;
    }
    return new Path(Arrays.copyOf(xs, len), Arrays.copyOf(ys, len), Arrays.copyOf(moveTo, len), len);
  }

  /** The segment's ends rounded to whole pixels, in either direction, packed into 64 bits. */
  private static long key(double[] s) {
    long a = pack(s[0], s[1]);
    long b = pack(s[2], s[3]);
    return a <= b ? (a << 32) | b : (b << 32) | a;
  }

  private static long pack(double x, double y) {
    long px = (Math.round(x) + 0x4000) & 0xffff;
    long py = (Math.round(y) + 0x4000) & 0xffff;
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
