package org.gradientlab.lesson;

import java.util.Map;
import java.util.Set;

/**
 * The structure of a formula checked before JLaTeXMath sees it. JLaTeXMath is lenient: it typesets
 * {@code \frac{1}} or {@code x^{2} } as something else instead of refusing them, and it recurses
 * once per nesting level, so a formula nested some hundreds deep overflows its stack. This reads
 * the formula as TeX does (groups, commands and the arguments they take, scripts, optional
 * {@code [..]}, {@code \left…\right}, {@code \begin…\end}) with a bounded depth, and says where the
 * first problem is.
 */
public final class LatexStructure {

  /**
   * Levels of groups and arguments (a fraction inside a fraction costs two: the argument and its
   * braces): far more than any formula a lesson needs, far below what overflows JLaTeXMath's stack.
   */
  static final int MAX_DEPTH = 40;
  /** Longer than any formula a lesson needs; a longer one would typeset as an enormous image. */
  static final int MAX_LENGTH = 2000;

  /** A problem at {@code index} (a character of the formula) and what is wrong with what is there. */
  public record Problem(int index, String reason) {}

  /** Commands and how many mandatory arguments they take; every other command takes none. */
  private static final Map<String, Integer> ARITY = Map.ofEntries(
      Map.entry("frac", 2), Map.entry("dfrac", 2), Map.entry("tfrac", 2), Map.entry("cfrac", 2),
      Map.entry("binom", 2), Map.entry("dbinom", 2), Map.entry("tbinom", 2),
      Map.entry("stackrel", 2), Map.entry("overset", 2), Map.entry("underset", 2),
      Map.entry("textcolor", 2), Map.entry("colorbox", 2),
      Map.entry("sqrt", 1), Map.entry("text", 1), Map.entry("textrm", 1), Map.entry("textit", 1),
      Map.entry("textbf", 1), Map.entry("textsf", 1), Map.entry("texttt", 1), Map.entry("mbox", 1),
      Map.entry("hbox", 1), Map.entry("mathrm", 1), Map.entry("mathit", 1), Map.entry("mathbf", 1),
      Map.entry("mathsf", 1), Map.entry("mathtt", 1), Map.entry("mathcal", 1), Map.entry("mathbb", 1),
      Map.entry("mathfrak", 1), Map.entry("mathscr", 1), Map.entry("boldsymbol", 1),
      Map.entry("bm", 1), Map.entry("operatorname", 1), Map.entry("hat", 1), Map.entry("widehat", 1),
      Map.entry("bar", 1), Map.entry("overline", 1), Map.entry("underline", 1), Map.entry("vec", 1),
      Map.entry("overrightarrow", 1), Map.entry("overleftarrow", 1), Map.entry("dot", 1),
      Map.entry("ddot", 1), Map.entry("tilde", 1), Map.entry("widetilde", 1), Map.entry("acute", 1),
      Map.entry("grave", 1), Map.entry("breve", 1), Map.entry("check", 1), Map.entry("mathring", 1),
      Map.entry("overbrace", 1), Map.entry("underbrace", 1), Map.entry("phantom", 1),
      Map.entry("hphantom", 1), Map.entry("vphantom", 1), Map.entry("boxed", 1), Map.entry("pmod", 1),
      Map.entry("color", 1), Map.entry("big", 1), Map.entry("Big", 1), Map.entry("bigg", 1),
      Map.entry("Bigg", 1), Map.entry("bigl", 1), Map.entry("bigr", 1), Map.entry("Bigl", 1),
      Map.entry("Bigr", 1), Map.entry("biggl", 1), Map.entry("biggr", 1), Map.entry("Biggl", 1),
      Map.entry("Biggr", 1), Map.entry("left", 1), Map.entry("right", 1), Map.entry("middle", 1),
      Map.entry("begin", 1), Map.entry("end", 1));

  /** Commands with an optional first argument in brackets: {@code \sqrt[3]{x}}. */
  private static final Set<String> OPTIONAL = Set.of("sqrt", "xrightarrow", "xleftarrow");

  private final String latex;
  private int pos;

  private LatexStructure(String latex) {
    this.latex = latex;
  }

  /** Null when the structure is sound; otherwise the first problem. */
  public static Problem check(String latex) {
    try {
      new LatexStructure(latex).sequence(0, -1, '}');
    } catch (Found f) {
      return f.problem;
    }
    if (latex.length() > MAX_LENGTH) {
      return new Problem(0, "it is " + latex.length() + " characters long; at most " + MAX_LENGTH
          + " can be typeset");
    }
    return null;
  }

  /** Stops the reading at the first problem. */
  private static final class Found extends RuntimeException {
    final Problem problem;

    Found(int index, String reason) {
      super(reason, null, false, false);
      this.problem = new Problem(index, reason);
    }
  }

  /**
   * Atoms up to the {@code close} character that ends a group opened at {@code open} (or to the
   * end of the formula when {@code open} is −1), with {@code \left…\right} and
   * {@code \begin…\end} matched inside it.
   */
  private void sequence(int depth, int open, char close) {
    int lefts = 0;
    int lastLeft = -1;
    java.util.ArrayDeque<String> environments = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> begins = new java.util.ArrayDeque<>();
    while (true) {
      skipSpace();
      if (pos >= latex.length()) {
        if (open >= 0) {
          throw new Found(open, "the " + latex.charAt(open) + " is not closed by " + close);
        }
        break;
      }
      char c = latex.charAt(pos);
      if (c == close && open >= 0) {
        pos++;
        break;
      }
      if (c == '}') {
        throw new Found(pos, "this } closes nothing");
      }
      int at = pos;
      String command = atom(depth);
      if ("left".equals(command)) {
        lefts++;
        lastLeft = at;
      } else if ("right".equals(command)) {
        if (lefts == 0) {
          throw new Found(at, "this \\right has no \\left before it");
        }
        lefts--;
      } else if ("begin".equals(command)) {
        environments.push(latex.substring(at, pos).replaceAll("^\\\\begin\\s*", ""));
        begins.push(at);
      } else if ("end".equals(command)) {
        String name = latex.substring(at, pos).replaceAll("^\\\\end\\s*", "");
        if (environments.isEmpty() || !environments.peek().equals(name)) {
          throw new Found(at, "this \\end" + name + " has no \\begin" + name);
        }
        environments.pop();
        begins.pop();
      }
    }
    if (lefts > 0) {
      throw new Found(lastLeft, "this \\left is not closed by \\right");
    }
    if (!environments.isEmpty()) {
      throw new Found(begins.peek(), "this \\begin" + environments.peek() + " is not closed by \\end"
          + environments.peek());
    }
  }

  /** One atom with its scripts and arguments; the command's name when it is a command. */
  private String atom(int depth) {
    if (depth > MAX_DEPTH) {
      throw new Found(pos, "it is nested more than " + MAX_DEPTH + " levels deep here (groups,"
          + " fractions, roots or scripts inside each other)");
    }
    char c = latex.charAt(pos);
    if (c == '{') {
      int open = pos++;
      sequence(depth + 1, open, '}');
      return null;
    }
    if (c == '^' || c == '_') {
      int at = pos++;
      argument(depth + 1, at, (c == '^' ? "^ needs an exponent" : "_ needs a subscript")
          + " after it: write e.g. x" + c + "{2}");
      return null;
    }
    if (c != '\\') {
      pos++;
      return null;
    }
    int at = pos++;
    if (pos >= latex.length()) {
      throw new Found(at, "a \\ ends the formula: write \\backslash for a backslash");
    }
    if (!Character.isLetter(latex.charAt(pos))) {
      pos++; // a control symbol such as \, \{ \\ \$
      return null;
    }
    int start = pos;
    while (pos < latex.length() && Character.isLetter(latex.charAt(pos))) {
      pos++;
    }
    String name = latex.substring(start, pos);
    if (OPTIONAL.contains(name)) {
      skipSpace();
      if (pos < latex.length() && latex.charAt(pos) == '[') {
        int open = pos++;
        sequence(depth + 1, open, ']');
      }
    }
    int arity = ARITY.getOrDefault(name, 0);
    for (int k = 0; k < arity; k++) {
      argument(depth + 1, at, "\\" + name + " needs " + arity + (arity == 1 ? " argument" : " arguments")
          + ", found " + k + (name.equals("frac") ? ": write \\frac{a}{b}" : ""));
    }
    return name;
  }

  /** One argument: a group, a command with its own arguments, or a single character. */
  private void argument(int depth, int owner, String missing) {
    skipSpace();
    if (pos >= latex.length() || latex.charAt(pos) == '}' || latex.charAt(pos) == ']'
        || latex.charAt(pos) == '^' || latex.charAt(pos) == '_' || latex.charAt(pos) == '&') {
      throw new Found(owner, missing);
    }
    atom(depth);
  }

  private void skipSpace() {
    while (pos < latex.length() && Character.isWhitespace(latex.charAt(pos))) {
      pos++;
    }
  }
}
