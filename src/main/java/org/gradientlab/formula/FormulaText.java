package org.gradientlab.formula;

import java.util.Locale;

/** The display form of a formula's text (see {@link Formula#pretty()}). */
final class FormulaText {

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private FormulaText() {}

  static String pretty(String source) {
    String s = source.trim().replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        int end = identifierEnd(s, i);
        String name = s.substring(i, end);
        out.append(name.toLowerCase(Locale.ROOT).equals("pi") ? "π" : name);
        i = end;
      } else if (Character.isDigit(c) || c == '.') {
        int end = numberEnd(s, i); // 1e-3 stays one token: its 'e' is no name
        out.append(s, i, end);
        i = end;
      } else if (c == '^') {
        int end = integerExponentEnd(s, i + 1);
        if (end < 0) {
          out.append('^');
          i++;
        } else {
          out.append(superscript(s.substring(i + 1, end).replace(" ", "")));
          i = end;
        }
      } else {
        out.append(c == '*' ? '·' : c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Where the exponent after a '^' at {@code from} ends, when it is a plain integer (an optional
   * sign and digits) that nothing extends: not followed by a '.', a digit, an exponent 'e', a name,
   * '(' or another '^'. −1 otherwise.
   */
  private static int integerExponentEnd(String s, int from) {
    int i = skipSpace(s, from);
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i = skipSpace(s, i + 1);
    }
    int digits = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits || numberEnd(s, digits) != i) {
      return -1;
    }
    int next = skipSpace(s, i);
    if (next < s.length()) {
      char c = s.charAt(next);
      if (c == '^' || c == '(' || Character.isLetterOrDigit(c) || c == '.') {
        return -1;
      }
    }
    return i;
  }

  private static String superscript(String exponent) {
    StringBuilder b = new StringBuilder();
    for (char c : exponent.toCharArray()) {
      b.append(c == '-' ? '⁻' : c == '+' ? '⁺' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
    }
    return b.toString();
  }

  /** The end of the number starting at {@code i}, read as {@link FormulaParser} reads it. */
  private static int numberEnd(String s, int i) {
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < s.length() && Character.isDigit(s.charAt(j))) {
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    return i;
  }

  private static int identifierEnd(String s, int i) {
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
