package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;

/** Text collected line by line from a file, remembering each line's number there for errors. */
final class SourceText {

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> lineNumbers = new ArrayList<>();

  void append(String line, int lineNumber) {
    text.append(line).append('\n');
    lineNumbers.add(lineNumber);
  }

  String text() {
    return text.toString();
  }

  /** The file line of the character at {@code offset} of {@link #text()}. */
  int lineAt(int offset) {
    int row = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        row++;
      }
    }
    return lineOfRow(row);
  }

  /** The file line of row {@code row} (0-based) of {@link #text()}. */
  int lineOfRow(int row) {
    return lineNumbers.isEmpty() ? 1 : lineNumbers.get(Math.max(0, Math.min(row, lineNumbers.size() - 1)));
  }

  /** The column (1-based) in its file line of the character at {@code offset}. */
  int columnAt(int offset) {
    int lineStart = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      lineStart = 0;
    }
    return offset - lineStart + 1;
  }
}
