package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the LaTeX out of lesson text before Markdown sees it (Markdown would eat the backslash of
 * {@code \,} or {@code \{}): {@code $…$} becomes an inline placeholder and {@code $$…$$} a
 * paragraph of its own; {@code \$} stays a dollar sign.
 *
 * <p>A placeholder is made of two private-use characters around the formula's index. Lesson text
 * cannot imitate one: any private-use character of those two in the text becomes U+FFFD first.
 *
 * @param text the Markdown with placeholders {@link #placeholder(int)} in place of the maths
 * @param spans the formulas, in order
 */
public record MathSpans(String text, List<Span> spans) {

  /**
   * One formula: its LaTeX, whether it is a display (own line, larger) formula, where its opening
   * {@code $} is in the text, and where its (stripped) LaTeX starts there.
   */
  public record Span(String latex, boolean display, int offset, int latexOffset) {}

  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  /** Finds the placeholders in {@link #text()}; group 1 is the formula's index. */
  public static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

  /** The placeholder of formula {@code index}. */
  public static String placeholder(int index) {
    return OPEN + Integer.toString(index) + CLOSE;
  }

  /** Where the text has an unclosed $ or $$, as an offset; -1 when every span is closed. */
  public static int unclosedAt(String markdown) {
    try {
      extract(markdown);
      return -1;
    } catch (IllegalArgumentException e) {
      return Integer.parseInt(e.getMessage().replaceAll("\\D+", " ").trim().split(" ")[0]);
    }
  }

  public static MathSpans extract(String markdown) {
    StringBuilder out = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int i = 0;
    boolean inCode = false;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (c == OPEN || c == CLOSE) {
        out.append('\uFFFD');
        i++;
        continue;
      }
      // Leave code spans and fenced code alone.
      if (c == '`') {
        inCode = !inCode;
        out.append(c);
        i++;
        continue;
      }
      if (inCode) {
        out.append(c);
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '$') {
        out.append("\\$");
        i += 2;
        continue;
      }
      if (c == '$') {
        boolean display = i + 1 < markdown.length() && markdown.charAt(i + 1) == '$';
        String close = display ? "$$" : "$";
        int start = i + close.length();
        int end = markdown.indexOf(close, start);
        while (end > 0 && markdown.charAt(end - 1) == '\\') {
          end = markdown.indexOf(close, end + 1);
        }
        if (end < 0) {
          throw new IllegalArgumentException("unclosed " + close + " at offset " + i);
        }
        String raw = markdown.substring(start, end);
        String latex = raw.strip();
        int lead = latex.isEmpty() ? 0 : raw.indexOf(latex.charAt(0));
        int index = spans.size();
        spans.add(new Span(latex, display, i, start + lead));
        out.append(display ? "\n\n" + placeholder(index) + "\n\n" : placeholder(index));
        i = end + close.length();
        continue;
      }
      out.append(c);
      i++;
    }
    return new MathSpans(out.toString(), spans);
  }
}
