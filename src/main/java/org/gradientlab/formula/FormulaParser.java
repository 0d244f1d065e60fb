package org.gradientlab.formula;

import java.util.List;
import java.util.Locale;

/**
 * Reads what a student types into a {@link Formula}, by recursive descent over this grammar:
 * <pre>
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/') unary)*
 *   unary   = ('-' | '+') unary | power        -x^2 is −(x²); a sign may open any operand
 *   power   = atom ('^' unary)?                 2^3^2 is 2^(3^2): right-associative
 *   atom    = number | x | y | pi | e | name '(' args ')' | '(' sum ')'
 * </pre>
 * It never throws: every problem comes back as a {@link FormulaError} with the span it concerns.
 *
 * <p>Unary plus is accepted wherever unary minus is ({@code x*+y}, {@code x^+2}, {@code exp(-+x)},
 * {@code +x}): it is ordinary notation (as in 10^+3 or 1e+3), it has one meaning, and treating the
 * two signs alike means a student never meets a rule that holds for one and not the other.
 */
public final class FormulaParser {

  /** Longer inputs are refused rather than parsed (no formula a student types needs more). */
  public static final int MAX_LENGTH = 2000;
  /** Nesting deeper than this is refused, so absurd input cannot exhaust the stack. */
  public static final int MAX_DEPTH = 200;
  /** Hints quote at most this many characters of the text before the problem. */
  private static final int HINT_LENGTH = 60;

  private static final List<String> FUNCTIONS =
      List.of("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "min", "max");

  private final String text;
  private int pos;
  private int depth;

  private FormulaParser(String text) {
    this.text = text;
  }

  public static ParseResult parse(String text) {
    if (text == null || text.isBlank()) {
      return fail(0, 0, "type a formula in x (and y), e.g. x^2 + 10*y^2");
    }
    if (text.length() > MAX_LENGTH) {
      return fail(MAX_LENGTH, 0, "the formula is longer than " + MAX_LENGTH + " characters");
    }
    try {
      FormulaParser p = new FormulaParser(text);
      Node root = p.sum();
      p.skipSpace();
      if (p.pos < text.length()) {
        return new ParseResult.Failed(p.unexpected());
      }
      return new ParseResult.Parsed(new Formula(text, root));
    } catch (Problem e) {
      return new ParseResult.Failed(e.error);
    }
  }

  private static ParseResult fail(int offset, int length, String message) {
    return new ParseResult.Failed(new FormulaError(offset, length, message));
  }

  /** An error thrown inside the parser only, and turned into a result at its top. */
  private static final class Problem extends RuntimeException {
    final FormulaError error;

    Problem(int offset, int length, String message) {
      super(message, null, false, false);
      this.error = new FormulaError(offset, length, message);
    }
  }

  private Node sum() {
    Node left = product();
    while (true) {
      skipSpace();
      int at = pos;
      if (accept('+')) {
        left = new Nodes.Binary(Nodes.Op.ADD, left, operand(at, '+', this::product), at);
      } else if (accept('-')) {
        left = new Nodes.Binary(Nodes.Op.SUB, left, operand(at, '-', this::product), at);
      } else {
        return left;
      }
    }
  }

  private Node product() {
    skipSpace();
    int start = pos;
    Node left = unary();
    while (true) {
      skipSpace();
      int at = pos;
      if (accept('*')) {
        left = new Nodes.Binary(Nodes.Op.MUL, left, operand(at, '*', this::unary), at);
      } else if (accept('/')) {
        left = new Nodes.Binary(Nodes.Op.DIV, left, operand(at, '/', this::unary), at);
      } else {
        if (startsAtom()) {
          throw implicitProduct(start);
        }
        return left;
      }
    }
  }

  private Node unary() {
    skipSpace();
    int at = pos;
    if (accept('-')) {
      requireOperand(at, '-');
      return new Nodes.Negate(nested(this::unary), at);
    }
    if (accept('+')) {
      requireOperand(at, '+'); // +u is u: no node, so print() and derivatives ignore it
      return nested(this::unary);
    }
    return power();
  }

  private Node power() {
    Node base = atom();
    skipSpace();
    int at = pos;
    if (accept('^')) {
      return new Nodes.Binary(Nodes.Op.POW, base, operand(at, '^', this::unary), at);
    }
    return base;
  }

  private Node atom() {
    skipSpace();
    if (pos >= text.length()) {
      throw new Problem(pos, 0, "unexpected end: a number, x, y or a function is missing here");
    }
    char c = text.charAt(pos);
    int at = pos;
    if (Character.isDigit(c) || c == '.') {
      return number();
    }
    if (Character.isLetter(c)) {
      String name = identifier();
      String lower = name.toLowerCase(Locale.ROOT);
      switch (lower) {
        case "x":
          return new Nodes.Variable(0, at);
        case "y":
          return new Nodes.Variable(1, at);
        case "pi":
          return new Nodes.Constant(Math.PI, at);
        case "e":
          return new Nodes.Constant(Math.E, at);
        default:
          break;
      }
      skipSpace();
      if (FUNCTIONS.contains(lower)) {
        return call(lower, at, name.length());
      }
      if (pos < text.length() && text.charAt(pos) == '(') {
        throw new Problem(at, name.length(), "unknown function '" + name + "'" + suggestion(lower)
            + "; the functions are " + String.join(", ", FUNCTIONS));
      }
      if (name.length() > 1 && (lower.startsWith("x") || lower.startsWith("y"))
          && lower.chars().allMatch(ch -> ch == 'x' || ch == 'y')) {
        throw new Problem(at, name.length(), "'" + name + "' is not a variable; for a product write "
            + String.join("*", lower.split("")));
      }
      throw new Problem(at, name.length(), "unknown variable '" + name + "': use x and y"
          + suggestion(lower));
    }
    if (c == '(') {
      pos++;
      Node inner = nested(this::sum);
      skipSpace();
      if (!accept(')')) {
        if (pos >= text.length()) {
          throw new Problem(at, 1, "missing ')' to close the '(' at column " + (at + 1));
        }
        throw new Problem(pos, 1, "expected ')' to close the '(' at column " + (at + 1)
            + ", found '" + text.charAt(pos) + "'");
      }
      return inner;
    }
    if (c == ')') {
      throw new Problem(pos, 1, "')' without a matching '('");
    }
    FormulaError e = unexpected();
    throw new Problem(e.offset(), e.length(), e.message());
  }

  private Node call(String name, int at, int nameLength) {
    if (!accept('(')) {
      throw new Problem(at, nameLength, name + " needs its argument in parentheses: " + name + "(x)");
    }
    int open = pos - 1;
    Node a = nested(this::sum);
    skipSpace();
    boolean two = name.equals("min") || name.equals("max");
    Node b = null;
    if (accept(',')) {
      if (!two) {
        throw new Problem(pos - 1, 1, name + " takes 1 argument, got more");
      }
      b = nested(this::sum);
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == ',') {
        throw new Problem(pos, 1, name + " takes 2 arguments, got more");
      }
    } else if (two) {
      throw new Problem(at, nameLength, name + " takes 2 arguments, got 1: " + name + "(a, b)");
    }
    if (!accept(')')) {
      if (pos >= text.length()) {
        throw new Problem(open, 1, "missing ')' to close " + name + "(");
      }
      throw new Problem(pos, 1, "expected ')' after the argument of " + name + ", found '"
          + text.charAt(pos) + "'");
    }
    if (two) {
      return new Nodes.MinMax(name.equals("max"), a, b, at);
    }
    return new Nodes.Call(Nodes.Function.valueOf(name.toUpperCase(Locale.ROOT)), a, at);
  }

  private Node number() {
    int start = pos;
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save; // "2e" is 2 followed by the constant e: reported as a missing '*'
      }
    }
    String s = text.substring(start, pos);
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new Problem(start, s.length(), "the number " + s + " is too large");
      }
      return new Nodes.Constant(v, start);
    } catch (NumberFormatException e) {
      throw new Problem(start, s.length(), "'" + s + "' is not a number");
    }
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private interface Rule {
    Node parse();
  }

  /** The right operand of a binary operator, with a clear message when it is missing. */
  private Node operand(int operatorAt, char operator, Rule rule) {
    requireOperand(operatorAt, operator);
    return nested(rule);
  }

  /**
   * Fails unless an operand can start here. A sign ('+' or '-') can: it opens a unary operand, so
   * x*-y, x*+y, x^+2 and x - +y all parse alike.
   */
  private void requireOperand(int operatorAt, char operator) {
    skipSpace();
    if (pos >= text.length()) {
      throw new Problem(operatorAt, 1, "'" + operator + "' needs something after it");
    }
    char c = text.charAt(pos);
    if (c == ')' || c == ',' || "*/^".indexOf(c) >= 0) {
      throw new Problem(operatorAt, 1, "'" + operator + "' needs something after it, found '" + c + "'");
    }
  }

  private Node nested(Rule rule) {
    if (++depth > MAX_DEPTH) {
      throw new Problem(pos, 0, "the formula is nested more than " + MAX_DEPTH + " levels deep");
    }
    try {
      return rule.parse();
    } finally {
      depth--;
    }
  }

  private boolean startsAtom() {
    if (pos >= text.length()) {
      return false;
    }
    char c = text.charAt(pos);
    return Character.isLetterOrDigit(c) || c == '(' || c == '.';
  }

  /**
   * Two operands side by side ("x*y z"): the hint repeats the whole left operand, from where its
   * product began, so "did you mean x*y*z?" shows the formula the student meant.
   */
  private Problem implicitProduct(int leftStart) {
    int at = pos;
    int end = at;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    String next = end > at ? text.substring(at, end) : "(";
    String before = text.substring(leftStart, at).trim();
    if (before.length() > HINT_LENGTH) {
      // A very long operand is shortened at its start: the end is where the '*' goes.
      before = "…" + before.substring(before.length() - HINT_LENGTH + 1);
    }
    return new Problem(at, Math.max(1, end - at), "missing operator before '" + next
        + "': did you mean " + before + "*" + next + "?");
  }

  private FormulaError unexpected() {
    char c = text.charAt(pos);
    if (c == ')') {
      return new FormulaError(pos, 1, "')' without a matching '('");
    }
    if ("+*/^".indexOf(c) >= 0) {
      return new FormulaError(pos, 1, "'" + c + "' needs something before it");
    }
    if (c == ',') {
      return new FormulaError(pos, 1, "',' only separates the two arguments of min and max");
    }
    return new FormulaError(pos, 1, "unexpected '" + c + "'");
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean accept(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** " — did you mean sin?" when a known name is one edit away. */
  private static String suggestion(String name) {
    for (String f : FUNCTIONS) {
      if (closeTo(name, f)) {
        return " — did you mean " + f + "?";
      }
    }
    return "";
  }

  private static boolean closeTo(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    return d[a.length()][b.length()] <= 1;
  }
}
