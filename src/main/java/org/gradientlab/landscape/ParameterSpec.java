package org.gradientlab.landscape;

import java.util.List;

/**
 * One adjustable parameter of a landscape (κ and the rotation of the bowl, the text of a typed
 * formula, …): enough for a view to build the right control and for a scene file to validate it.
 *
 * @param name key in scene files and on the command line, e.g. "kappa"
 * @param label what the control is called on screen, e.g. "condition number κ"
 * @param type how it is entered
 * @param defaultValue the value when nothing else is said, as text
 * @param min smallest allowed value (numbers only)
 * @param max largest allowed value (numbers only)
 * @param logScale whether a slider for it should move on a log scale
 * @param choices allowed values (choices only)
 * @param check for text: the problem with a value, or null when it is fine (checked as it is typed)
 */
public record ParameterSpec(
    String name,
    String label,
    Type type,
    String defaultValue,
    double min,
    double max,
    boolean logScale,
    List<String> choices,
    java.util.function.Function<String, TextProblem> check) {

  public enum Type {
    NUMBER,
    TEXT,
    CHOICE
  }

  public ParameterSpec {
    choices = List.copyOf(choices);
  }

  public static ParameterSpec number(
      String name, String label, double defaultValue, double min, double max, boolean logScale) {
    return new ParameterSpec(
        name, label, Type.NUMBER, Double.toString(defaultValue), min, max, logScale, List.of(), null);
  }

  public static ParameterSpec text(String name, String label, String defaultValue,
      java.util.function.Function<String, TextProblem> check) {
    return new ParameterSpec(name, label, Type.TEXT, defaultValue, 0, 0, false, List.of(), check);
  }

  /** The problem with a text value, or null. */
  public TextProblem problem(String value) {
    return check == null ? null : check.apply(value);
  }

  public static ParameterSpec choice(String name, String label, List<String> choices) {
    return new ParameterSpec(name, label, Type.CHOICE, choices.get(0), 0, 0, false, choices, null);
  }

  /**
   * {@code value} as this parameter stores it (numbers in canonical form), or a readable message
   * naming the parameter: the one check that scene files, the command line and the catalog share.
   */
  public String check(String value) {
    return switch (type) {
      case NUMBER -> Double.toString(parseNumber(value));
      case CHOICE -> {
        if (!choices.contains(value)) {
          throw new IllegalArgumentException(
              label + " must be one of " + String.join(", ", choices) + ", was " + value);
        }
        yield value;
      }
      case TEXT -> value;
    };
  }

  /** The number in {@code text}, checked against [min, max]; a readable message otherwise. */
  public double parseNumber(String text) {
    double v;
    try {
      v = org.gradientlab.format.Numbers.parse(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(label + ": " + e.getMessage());
    }
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(
          label + " must be between " + org.gradientlab.format.Numbers.compact(min) + " and "
              + org.gradientlab.format.Numbers.compact(max) + ", was " + text.trim());
    }
    return v;
  }
}
