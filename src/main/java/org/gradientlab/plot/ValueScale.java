package org.gradientlab.plot;


/**
 * How values become colours: linearly, or logarithmically when the range is wide (most of the
 * picture would otherwise be one flat colour, as on Rosenbrock or Beale, whose walls are 10⁴–10⁵
 * times higher than the valley floor, or the floor of an ill-conditioned bowl). The log scale maps
 * f to log₁₀(f − min + δ).
 *
 * <p>Wide means either of: the heights f − min of the picture span more than {@link #DECADES}
 * decades, from the {@link #LOW_QUANTILE} quantile (not the very lowest pixel, which would make
 * every picture of a minimum infinitely wide) up to the top, so that on a linear scale that lower
 * part would be a couple of the 256 colours; or the median lies in the bottom 1/{@link #WIDE_RANGE}
 * of the range (a few walls much higher than everything else).
 *
 * @param min smallest finite value sampled
 * @param max largest finite value sampled
 * @param logarithmic whether the log transform is used
 * @param offset δ, the floor that keeps log finite at the minimum
 */
public record ValueScale(double min, double max, boolean logarithmic, double offset) {

  /** Log scale when the median lies in the bottom 1/WIDE_RANGE of the range. */
  public static final double WIDE_RANGE = 8;
  /** Log scale when the heights above the floor span more than this many decades. */
  public static final double DECADES = 2;
  /** ... measured from this quantile of the heights: 2 % of the picture. */
  public static final double LOW_QUANTILE = 0.02;

  /** Chooses a scale for the given samples (non-finite ones are ignored). */
  public static ValueScale fit(float[] samples) {
    float[] finite = new float[samples.length];
    int n = 0;
    for (float v : samples) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    if (n == 0) {
      return new ValueScale(0, 1, false, 1);
    }
    // Four order statistics, not a sort: selection is linear (a full sort of a 1000×700 picture
    // took most of its render time) and picks the very values a sort would put there.
    int[] keys = new int[n];
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      keys[i] = OrderStatistics.key(finite[i]);
      lowest = Math.min(lowest, keys[i]);
      highest = Math.max(highest, keys[i]);
    }
    int lowAt = (int) (LOW_QUANTILE * (n - 1));
    double min = OrderStatistics.value(lowest);
    double max = OrderStatistics.value(highest);
    double lowValue = OrderStatistics.value(OrderStatistics.select(keys, 0, n, lowAt));
    // After selecting lowAt, everything above it lies in (lowAt, n): the median is selected there.
    double median = n / 2 == lowAt ? lowValue
        : OrderStatistics.value(OrderStatistics.select(keys, lowAt + 1, n, n / 2));
    if (!(max > min)) {
      return new ValueScale(min, min + 1, false, 1);
    }
    double low = lowValue;
    boolean log = (max - min) > Math.pow(10, DECADES) * (low - min)
        || (max - min) > WIDE_RANGE * (median - min);
    // δ a hundredth of the typical height above the floor: valley detail without a black hole.
    double offset = Math.max((median - min) * 0.01, (max - min) * 1e-9);
    return new ValueScale(min, max, log, offset);
  }

  /** The transformed value t(f). */
  public double transform(double f) {
    return logarithmic ? Math.log10(Math.max(f - min, 0) + offset) : f;
  }

  /**
   * {@link #normalize} with the transformed ends computed once: the same numbers, two logarithms
   * fewer per pixel of a picture.
   */
  public java.util.function.DoubleUnaryOperator normalizer() {
    double lo = transform(min);
    double hi = transform(max);
    return f -> Double.isFinite(f) ? (transform(f) - lo) / (hi - lo) : Double.NaN;
  }

  /** The inverse of {@link #transform}. */
  public double inverse(double t) {
    return logarithmic ? Math.pow(10, t) - offset + min : t;
  }

  /** Position in [0, 1] of f between min and max on this scale; NaN for non-finite f. */
  public double normalize(double f) {
    if (!Double.isFinite(f)) {
      return Double.NaN;
    }
    double lo = transform(min);
    double hi = transform(max);
    return (transform(f) - lo) / (hi - lo);
  }
}
