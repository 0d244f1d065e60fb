package org.gradientlab.lesson;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a lesson file: UTF-8, strictly. A file saved in another encoding (Latin-1, say) or
 * binary content is reported with the line of its first byte that is not UTF-8, not decoded into
 * something else.
 */
final class LessonText {

  private LessonText() {}

  static String decode(byte[] bytes, String source) throws LessonFormatException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw notUtf8(bytes, in.position(), source);
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
      throw new LessonFormatException(source, line, "the file has a NUL character at line " + line
          + ": it is not a text file");
    }
    return text;
  }

  private static LessonFormatException notUtf8(byte[] bytes, int at, String source) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return new LessonFormatException(source, line, String.format(
        "the file is not UTF-8 at line %d (byte 0x%02X): save it as UTF-8 in your editor", line,
        bytes[at] & 0xFF));
  }
}
