package org.gradientlab.app.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code key: value} lines, as the scene format writes them: blank lines and {@code #} comments
 * skipped, keys in lower case, each given at most once, every value read with its line number so
 * that an error can say where it is.
 */
final class KeyValues {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  private final int firstLine;

  private KeyValues(int firstLine) {
    this.firstLine = firstLine;
  }

  /** Reads {@code rows}; {@code firstLine} is the file line of {@code rows.get(0)}. */
  static KeyValues parse(List<String> rows, int firstLine) throws StoredFormatException {
    KeyValues kv = new KeyValues(firstLine);
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i).trim();
      int line = firstLine + i;
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      int colon = row.indexOf(':');
      if (colon <= 0) {
        throw new StoredFormatException(line, "expected 'key: value', found '" + row + "'");
      }
      String key = row.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = row.substring(colon + 1).trim();
      if (kv.values.containsKey(key)) {
        throw new StoredFormatException(line, "'" + key + "' is given twice");
      }
      kv.values.put(key, value);
      kv.lines.put(key, line);
    }
    return kv;
  }

  static KeyValues parse(String text) throws StoredFormatException {
    return parse(List.of(text.split("\\R", -1)), 1);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** The value of {@code key}; an error if it is missing. */
  String text(String key) throws StoredFormatException {
    String v = values.get(key);
    if (v == null) {
      throw new StoredFormatException(0, "'" + key + "' is missing");
    }
    return v;
  }

  int line(String key) {
    return lines.getOrDefault(key, firstLine);
  }

  java.util.Set<String> keys() {
    return values.keySet();
  }

  /** Throws if any key is not one of {@code known}: a misspelt setting is not silently dropped. */
  void onlyKeys(List<String> known) throws StoredFormatException {
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw new StoredFormatException(line(k), "unknown setting '" + k + "'; known: " + String.join(", ", known));
      }
    }
  }

  double number(String key, double min, double max) throws StoredFormatException {
    String t = text(key);
    double v;
    try {
      v = Double.parseDouble(t.replace('−', '-'));
    } catch (NumberFormatException e) {
      throw new StoredFormatException(line(key), key + ": '" + t + "' is not a number");
    }
    if (!(v >= min && v <= max)) {
      throw new StoredFormatException(line(key), key + " must be between " + min + " and " + max + ", was " + t);
    }
    return v;
  }

  int whole(String key, int min, int max) throws StoredFormatException {
    String t = text(key);
    int v;
    try {
      v = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new StoredFormatException(line(key), key + ": '" + t + "' is not a whole number");
    }
    if (v < min || v > max) {
      throw new StoredFormatException(line(key), key + " must be between " + min + " and " + max + ", was " + t);
    }
    return v;
  }

  long longValue(String key) throws StoredFormatException {
    String t = text(key);
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new StoredFormatException(line(key), key + ": '" + t + "' is not a whole number");
    }
  }

  boolean flag(String key) throws StoredFormatException {
    String t = text(key).toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("yes")) {
      return true;
    }
    if (t.equals("false") || t.equals("no")) {
      return false;
    }
    throw new StoredFormatException(line(key), key + " is true or false, was '" + text(key) + "'");
  }

  /** An enum constant written in lower case with dashes, e.g. "exponential" or "at-lower-end". */
  <E extends Enum<E>> E choice(String key, Class<E> type) throws StoredFormatException {
    String t = text(key);
    for (E e : type.getEnumConstants()) {
      if (name(e).equals(t.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    List<String> names = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(name(e));
    }
    throw new StoredFormatException(line(key), key + " is one of " + String.join(", ", names) + ", was '" + t + "'");
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format line's check: {@code format: NAME VERSION} with the version this code reads. */
  void format(String name, int version) throws StoredFormatException {
    String expected = name + " " + version;
    String t = has("format") ? text("format") : "";
    if (!t.equals(expected)) {
      throw new StoredFormatException(line("format"), "expected 'format: " + expected + "'"
          + (t.isEmpty() ? "" : ", found '" + t + "' (written by another version)"));
    }
  }
}
