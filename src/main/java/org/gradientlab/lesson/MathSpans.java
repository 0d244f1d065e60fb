package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the LaTeX out of lesson text before Markdown sees it (Markdown would eat the backslash of
 * {@code \,} or {@code \{}): {@code $…$} becomes an inline placeholder and {@code $$…$$} a
 * paragraph of its own; {@code \$} stays a dollar sign.
 *
 * @param text the Markdown with placeholders {@link #placeholder(int)} in place of the maths
 * @param spans the formulas, in order
 */
public record MathSpans(String text, List<Span> spans) {

  /** One formula: its LaTeX and whether it is a display (own line, larger) formula. */
  public record Span(String latex, boolean display, int offset) {}

  /** A word Markdown leaves alone and no lesson contains. */
  public static String placeholder(int index) {
    return "MATHSPAN" + index + "X";
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
        String latex = markdown.substring(start, end).strip();
        int index = spans.size();
        spans.add(new Span(latex, display, i));
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
