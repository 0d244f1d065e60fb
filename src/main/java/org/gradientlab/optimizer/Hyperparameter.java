package org.gradientlab.optimizer;

import java.util.Locale;
import org.gradientlab.format.Numbers;

/**
 * One hyperparameter an optimizer declares: what scene files and the command line call it, what a
 * control shows, which values are valid, and where a slider moves. Optimizers that share a concept
 * (η everywhere, α for Momentum and Nesterov) share one constant, so the controls can link them.
 *
 * @param key name in scene files and on the command line, e.g. "alpha"
 * @param symbol the letter, e.g. "α"
 * @param label what the control is called, e.g. "momentum α"
 * @param valid the values a run accepts
 * @param sliderMin where a slider starts (a value may also be typed outside the slider's span)
 * @param sliderMax where a slider ends
 * @param scale how a slider moves between them
 * @param defaultValue the value when nothing else is said
 * @param integer whether only whole numbers are allowed
 * @param applies on which landscapes the value matters
 * @param help one sentence on what it does, with its formula
 */
public record Hyperparameter(
    String key,
    String symbol,
    String label,
    Range valid,
    double sliderMin,
    double sliderMax,
    Scale scale,
    double defaultValue,
    boolean integer,
    Applies applies,
    String help) {

  /** How a slider maps its track to values. */
  public enum Scale {
    LINEAR,
    LOG
  }

  /** Where a hyperparameter matters: SGD's noise σ only on analytic surfaces, its batch only on data. */
  public enum Applies {
    ALWAYS,
    ANALYTIC_LANDSCAPES,
    DATA_LANDSCAPES;

    public boolean on(boolean dataLandscape) {
      return this == ALWAYS || (this == DATA_LANDSCAPES) == dataLandscape;
    }
  }

  /** An interval with open or closed ends; infinite ends are open and values must be finite. */
  public record Range(double low, boolean lowIncluded, double high, boolean highIncluded) {

    public boolean contains(double v) {
      return Double.isFinite(v)
          && (lowIncluded ? v >= low : v > low)
          && (highIncluded ? v <= high : v < high);
    }

    /** "finite and > 0", "in [0, 1)", "between 1 and 100000". */
    public String describe() {
      if (high == Double.POSITIVE_INFINITY) {
        return "finite and " + (lowIncluded ? "≥ " : "> ") + Numbers.compact(low);
      }
      return "in " + (lowIncluded ? "[" : "(") + Numbers.compact(low) + ", " + Numbers.compact(high)
          + (highIncluded ? "]" : ")");
    }
  }

  public Hyperparameter {
    if (!key.equals(key.toLowerCase(Locale.ROOT)) || key.isBlank()) {
      throw new IllegalArgumentException("a hyperparameter key is one lower-case word, was " + key);
    }
    check(defaultValue, valid, integer, label);
  }

  /** The learning rate every optimizer has: θ moves by η times its direction. */
  public static final Hyperparameter LEARNING_RATE = new Hyperparameter(
      "eta", "η", "learning rate η", new Range(0, false, Double.POSITIVE_INFINITY, false),
      1e-4, 10, Scale.LOG, 0.1, false, Applies.ALWAYS,
      "Step size: each update moves θ by η times the optimizer's direction.");

  /** {@code v} if it is valid; otherwise a message naming this hyperparameter and its range. */
  public double check(double v) {
    return check(v, valid, integer, label);
  }

  /** The value as typed: whole numbers in full (4294967297, not 4.295e9), others compactly. */
  private static String shown(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e18) {
      return Long.toString((long) v);
    }
    return Double.isFinite(v) ? Numbers.compact(v) : Double.toString(v);
  }

  private static double check(double v, Range valid, boolean integer, String label) {
    if (integer && v != Math.rint(v)) {
      throw new IllegalArgumentException(label + " must be a whole number, was " + shown(v));
    }
    if (!valid.contains(v)) {
      throw new IllegalArgumentException(label + " must be " + valid.describe() + ", was " + shown(v));
    }
    return v;
  }
}
