package org.gradientlab.scene;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gradientlab.format.Numbers;

/**
 * The {@code key: value} lines of a scene block, with the line each key stands on, and the readers
 * every workspace's codec shares: numbers, whole numbers in a range, one of a list of words. Every
 * error names its line.
 */
public final class SceneLines {

  private final Map<String, String> values;
  private final Map<String, Integer> lines;

  private SceneLines(Map<String, String> values, Map<String, Integer> lines) {
    this.values = values;
    this.lines = lines;
  }

  /** Reads the lines of {@code text}: "# …" comments and blank lines are skipped. */
  public static SceneLines read(String text) throws SceneFormatException {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    String[] rows = text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = stripComment(rows[i]).trim();
      if (row.isEmpty()) {
        continue;
      }
      int colon = row.indexOf(':');
      if (colon <= 0) {
        throw new SceneFormatException(i + 1, "expected 'key: value', found '" + row + "'");
      }
      String key = row.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = row.substring(colon + 1).trim();
      if (values.containsKey(key)) {
        throw new SceneFormatException(i + 1, "'" + key + "' is given twice");
      }
      if (value.isEmpty()) {
        throw new SceneFormatException(i + 1, "'" + key + "' has no value");
      }
      values.put(key, value);
      lines.put(key, i + 1);
    }
    return new SceneLines(values, lines);
  }

  private static String stripComment(String row) {
    if (row.startsWith("#")) {
      return "";
    }
    int hash = row.indexOf(" #");
    return hash >= 0 ? row.substring(0, hash) : row;
  }

  /** These lines without {@code key} (lines keep their numbers). */
  public SceneLines without(String key) {
    Map<String, String> v = new LinkedHashMap<>(values);
    Map<String, Integer> l = new LinkedHashMap<>(lines);
    v.remove(key);
    l.remove(key);
    return new SceneLines(v, l);
  }

  public Map<String, String> values() {
    return values;
  }

  public Map<String, Integer> lines() {
    return lines;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public String get(String key) {
    return values.get(key);
  }

  /** The line of {@code key}, or 1 when it is not given (errors of defaults point at the block). */
  public int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  /** The line of the first of {@code keys} that is given, or 1. */
  public int lineOfFirst(String... keys) {
    for (String k : keys) {
      if (lines.containsKey(k)) {
        return lines.get(k);
      }
    }
    return 1;
  }

  /** Every key that is not one of {@code known}, with its line: for "unknown key" errors. */
  public void refuseUnknown(java.util.Collection<String> known, String workspace)
      throws SceneFormatException {
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new SceneFormatException(e.getValue(), "unknown key '" + e.getKey() + "'; a " + workspace
            + " scene knows " + String.join(", ", known));
      }
    }
  }

  public double number(String key, double fallback) throws SceneFormatException {
    if (!has(key)) {
      return fallback;
    }
    try {
      return Numbers.parse(get(key));
    } catch (NumberFormatException e) {
      throw new SceneFormatException(line(key), key + ": " + e.getMessage());
    }
  }

  /** A whole number in [min, max]; never silently wrapped or truncated. */
  public long whole(String key, long fallback, long min, long max) throws SceneFormatException {
    if (!has(key)) {
      return fallback;
    }
    String text = get(key).trim();
    long n;
    try {
      n = Long.parseLong(text);
    } catch (NumberFormatException e) {
      boolean digits = text.matches("[-+]?\\d+");
      throw new SceneFormatException(line(key), digits
          ? key + " must be between " + min + " and " + max + ", was " + text
          : key + " must be a whole number, was '" + text + "'");
    }
    if (n < min || n > max) {
      throw new SceneFormatException(line(key), key + " must be between " + min + " and " + max
          + ", was " + text);
    }
    return n;
  }

  /** Comma-separated numbers. */
  public double[] numbers(String key) throws SceneFormatException {
    String[] parts = get(key).split(",", -1);
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Numbers.parse(parts[i]);
      } catch (NumberFormatException e) {
        throw new SceneFormatException(line(key), key + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** A value read by {@code parse}, whose message (IllegalArgumentException) gets the key's line. */
  public <T> T parsed(String key, T fallback, java.util.function.Function<String, T> parse)
      throws SceneFormatException {
    if (!has(key)) {
      return fallback;
    }
    try {
      return parse.apply(get(key).trim());
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(line(key), key + ": " + e.getMessage());
    }
  }

  /** The enum constant whose {@code word} is the value, ignoring case; the words listed otherwise. */
  public <E extends Enum<E>> E choice(String key, E fallback, Class<E> type,
      java.util.function.Function<E, String> word) throws SceneFormatException {
    if (!has(key)) {
      return fallback;
    }
    java.util.List<String> words = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (word.apply(e).equalsIgnoreCase(get(key).trim())) {
        return e;
      }
      words.add(word.apply(e));
    }
    throw new SceneFormatException(line(key), key + " is one of " + String.join(", ", words)
        + ", was '" + get(key) + "'");
  }
}
