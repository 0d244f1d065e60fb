package org.gradientlab.format;

/** Compact number formatting for formulas and labels. */
public final class Numbers {

  private Numbers() {}

  /**
   * "10", "0.5", "1e-4", "−2": the shortest readable form with at most 4 significant digits, with a
   * true minus sign.
   */
  public static String compact(double v) {
    String s = compactAscii(v);
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }

  /**
   * Parses what a student types: ASCII or Unicode minus, "1e-3", "∞". Throws
   * {@link NumberFormatException} with a readable message otherwise.
   */
  public static double parse(String text) {
    String t = text.trim().replace('−', '-').replace("∞", "Infinity").replace(",", ".");
    if (t.isEmpty()) {
      throw new NumberFormatException("enter a number");
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("'" + text.trim() + "' is not a number");
    }
  }

  private static String compactAscii(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e7) {
      return Long.toString((long) v);
    }
    double abs = Math.abs(v);
    if (abs >= 1e-3 && abs < 1e7) {
      String s = String.format(java.util.Locale.ROOT, "%.4g", v);
      if (s.contains("e")) {
        return s;
      }
      if (s.contains(".")) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return s;
    }
    String s = String.format(java.util.Locale.ROOT, "%.3e", v);
    String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
    int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
    return mantissa + "e" + exponent;
  }
}
