package org.gradientlab.scene;

/** A scene text that cannot be read, with the 1-based line (within the text) where it fails. */
public final class SceneFormatException extends Exception {

  private final int line;
  private final String reason;

  public SceneFormatException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
