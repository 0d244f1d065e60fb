package org.gradientlab.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameter values by key, e.g. {eta=0.1, alpha=0.9}: the generic form of an optimizer's
 * configuration that scene files, the command line, JSON and controls read and write.
 */
public record HyperparameterValues(Map<String, Double> values) {

  public HyperparameterValues {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Alternating keys and values: {@code of("eta", 0.1, "alpha", 0.9)}. */
  public static HyperparameterValues of(Object... keysAndValues) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
    }
    return new HyperparameterValues(m);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The value of {@code key}; an error naming it when it is not there. */
  public double get(String key) {
    Double v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("no value for hyperparameter '" + key + "'");
    }
    return v;
  }

  /** These values with {@code key} set to {@code value}. */
  public HyperparameterValues with(String key, double value) {
    Map<String, Double> m = new LinkedHashMap<>(values);
    m.put(key, value);
    return new HyperparameterValues(m);
  }
}
