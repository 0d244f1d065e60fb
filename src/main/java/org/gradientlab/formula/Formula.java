package org.gradientlab.formula;

/**
 * A parsed formula f(x) or f(x, y): the text as typed, its tree, and evaluation with exact
 * derivatives. Immutable and safe to evaluate from several threads at once.
 */
public final class Formula {

  private final String source;
  private final Node root;
  private final boolean usesY;

  Formula(String source, Node root) {
    this.source = source;
    this.root = root;
    this.usesY = root.uses(1);
  }

  /** What the student typed. */
  public String source() {
    return source;
  }

  /** 1 when only x occurs (a curve), 2 otherwise (a surface). */
  public int dimension() {
    return usesY ? 2 : 1;
  }

  public double value(double x, double y) {
    return root.value(x, y);
  }

  /** f with its exact gradient and Hessian at (x, y). */
  public Jet jet(double x, double y) {
    return root.jet(Jet.x(x), Jet.y(y));
  }

  /** Which operation makes f or its gradient undefined at (x, y), e.g. "log of a negative number"; "" if none. */
  public String whyUndefined(double x, double y) {
    return Undefinedness.why(root, x, y);
  }

  /** A fully parenthesised text of the same function (it parses back to it). */
  public String print() {
    return root.print();
  }

  /**
   * The formula for display: what was typed, with * shown as ·, pi as π and an integer power as
   * superscript digits (x^25 → x²⁵, 2^-1 → 2⁻¹). Other powers keep their caret (x^2.5, x^y,
   * x^(1/2)), and so does an exponent that is itself raised to a power: 2^3^2 is 2^(3^2), shown
   * 2^3², never 2³^2, which would read as (2³)².
   */
  public String pretty() {
    return FormulaText.pretty(source);
  }

  @Override
  public String toString() {
    return source;
  }
}
