package org.gradientlab.app.session;

/** A stored setting or session file that does not read: the line (1-based, 0 if none) and why. */
public final class StoredFormatException extends Exception {

  private final int line;

  public StoredFormatException(int line, String message) {
    super(line > 0 ? "line " + line + ": " + message : message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
