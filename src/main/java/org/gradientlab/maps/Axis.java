package org.gradientlab.maps;

/**
 * One axis of a map: a range of one quantity cut into {@code cells} equal cells, on a linear or a
 * logarithmic scale. A plot places the axis in its own coordinate, {@link #position} (the value
 * itself, or log₁₀ of it), so a linear viewport draws both kinds.
 *
 * @param key what the value sets, e.g. "eta", "alpha", "kappa" (a hyperparameter or landscape key)
 * @param name what the axis is called on screen, e.g. "learning rate η"
 * @param min the low end (&gt; 0 on a log scale)
 * @param max the high end
 * @param log whether cells are equal in log₁₀ of the value
 * @param cells how many cells (≥ 1)
 */
public record Axis(String key, String name, double min, double max, boolean log, int cells) {

  public Axis {
    if (!(max > min) || cells < 1 || (log && !(min > 0))) {
      throw new IllegalArgumentException("bad axis " + name + ": [" + min + ", " + max + "], "
          + cells + " cells" + (log ? ", log" : ""));
    }
  }

  /** The same range with {@code n} cells. */
  public Axis withCells(int n) {
    return new Axis(key, name, min, max, log, n);
  }

  /** The value at the centre of cell {@code i}. */
  public double value(int i) {
    return fromPosition(low() + (i + 0.5) * (high() - low()) / cells);
  }

  /** The plotting coordinate of {@code v}: v, or log₁₀ v on a log axis. */
  public double position(double v) {
    return log ? Math.log10(v) : v;
  }

  /** The value at plotting coordinate {@code p}. */
  public double fromPosition(double p) {
    return log ? Math.pow(10, p) : p;
  }

  /** {@link #position} of the low end. */
  public double low() {
    return position(min);
  }

  /** {@link #position} of the high end. */
  public double high() {
    return position(max);
  }

  /** The cell that contains {@code v}, or −1 when v is outside the range (or not a number). */
  public int cellOf(double v) {
    if (!(v >= min && v <= max)) {
      return -1;
    }
    int i = (int) Math.floor((position(v) - low()) / (high() - low()) * cells);
    return Math.min(cells - 1, Math.max(0, i));
  }

  /** Whether {@code v} lies in the range. */
  public boolean contains(double v) {
    return v >= min && v <= max;
  }

  /** {@code v} moved into the range. */
  public double clamp(double v) {
    return Math.max(min, Math.min(max, v));
  }
}
