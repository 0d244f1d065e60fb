package org.gradientlab.landscape;

/** What is wrong with a text parameter (a typed formula), and where: [offset, offset + length). */
public record TextProblem(int offset, int length, String message) {

  @Override
  public String toString() {
    return "column " + (offset + 1) + ": " + message;
  }
}
