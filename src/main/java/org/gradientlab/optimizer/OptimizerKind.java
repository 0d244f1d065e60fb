package org.gradientlab.optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One optimizer of the catalog, as everything that shows or stores it needs to know: its label and
 * name, its hyperparameters, how its runs look, its update rule as text, its stability edge, and how
 * to build its configuration from values. Each optimizer declares its kind in its own file, and
 * {@link OptimizerCatalog#standard()} lists them; scene files, the command line, JSON, slides,
 * controls, lesson claims and colours all read it from there.
 *
 * @param label short label for legends, status lines and scene files, e.g. "Momentum"
 * @param longName e.g. "Heavy-ball momentum"
 * @param updateRule the update as plain text, e.g. "v ← αv + ∇f(θ),  θ ← θ − ηv"
 * @param hyperparameters what it takes, η first
 * @param style colours and marker
 * @param edge its stability edge on a quadratic, or null when it has none in closed form
 * @param needsHessian whether it asks its oracle for ∇²f (then gradient-only settings, such as net
 *     training, leave it out)
 * @param factory builds a configuration from complete, checked values
 */
public record OptimizerKind(
    String label,
    String longName,
    String updateRule,
    List<Hyperparameter> hyperparameters,
    SeriesStyle style,
    StabilityEdge edge,
    boolean needsHessian,
    Function<HyperparameterValues, OptimizerConfig> factory) {

  public OptimizerKind {
    hyperparameters = List.copyOf(hyperparameters);
    if (hyperparameters.isEmpty() || hyperparameters.get(0) != Hyperparameter.LEARNING_RATE) {
      throw new IllegalArgumentException(label + ": the learning rate η comes first");
    }
  }

  /** The hyperparameter called {@code key}, or null. */
  public Hyperparameter hyperparameter(String key) {
    for (Hyperparameter h : hyperparameters) {
      if (h.key().equals(key)) {
        return h;
      }
    }
    return null;
  }

  public boolean has(String key) {
    return hyperparameter(key) != null;
  }

  /** Every hyperparameter at its default. */
  public HyperparameterValues defaults() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (Hyperparameter h : hyperparameters) {
      m.put(h.key(), h.defaultValue());
    }
    return new HyperparameterValues(m);
  }

  /**
   * The configuration for {@code values}: missing ones take their defaults; unknown keys and values
   * out of range are rejected with a message that names them.
   */
  public OptimizerConfig configure(HyperparameterValues values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String key : values.values().keySet()) {
      if (!has(key)) {
        throw new IllegalArgumentException(label + " has no hyperparameter '" + key + "'; it takes "
            + String.join(", ", keys()));
      }
    }
    for (Hyperparameter h : hyperparameters) {
      m.put(h.key(), h.check(values.has(h.key()) ? values.get(h.key()) : h.defaultValue()));
    }
    return factory.apply(new HyperparameterValues(m));
  }

  /** This optimizer with learning rate η and every other hyperparameter at its default. */
  public OptimizerConfig withDefaults(double learningRate) {
    return configure(HyperparameterValues.of("eta", learningRate));
  }

  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Hyperparameter h : hyperparameters) {
      keys.add(h.key());
    }
    return keys;
  }

  /** The label: what menus show. */
  @Override
  public String toString() {
    return label;
  }

  // Kinds are singletons declared by their optimizers: identity is equality, and the factory
  // function would make structural equality meaningless anyway.
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
