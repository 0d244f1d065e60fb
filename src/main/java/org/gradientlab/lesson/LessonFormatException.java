package org.gradientlab.lesson;

/** A lesson file that cannot be read: which file, which line (1-based), and why. */
public final class LessonFormatException extends Exception {

  private final String file;
  private final int line;
  private final String reason;

  public LessonFormatException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
