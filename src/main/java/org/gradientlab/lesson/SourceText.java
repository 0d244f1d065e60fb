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
    return lineNumbers.isEmpty() ? 1 : lineNumbers.get(Math.min(row, lineNumbers.size() - 1));
  }
}
