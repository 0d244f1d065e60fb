package org.gradientlab.formula;

/**
 * What is wrong with a typed formula and where: the span [offset, offset + length) of the text
 * (length 0 means "at this point", e.g. a missing ')' at the end).
 */
public record FormulaError(int offset, int length, String message) {

  /** "column 5: missing ')' …" (columns count from 1, as an editor shows them). */
  @Override
  public String toString() {
    return "column " + (offset + 1) + ": " + message;
  }
}
