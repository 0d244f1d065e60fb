package org.gradientlab.optimizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizers on offer, in the order every list shows them. Adding one is its own file (a
 * configuration record that declares its {@link OptimizerKind}) plus one line in
 * {@link #standard()}; everything that names optimizers reads them from here.
 */
public final class OptimizerCatalog {

  private static final OptimizerCatalog STANDARD = new OptimizerCatalog(List.of(
      GradientDescent.KIND,
      StochasticGradientDescent.KIND,
      Momentum.KIND,
      Nesterov.KIND,
      Adagrad.KIND,
      RmsProp.KIND,
      Adam.KIND,
      Newton.KIND,
      GradientDescentHd.KIND,
      MomentumHd.KIND,
      AdamHd.KIND));

  private final List<OptimizerKind> kinds;
  private final Map<String, Hyperparameter> hyperparameters = new LinkedHashMap<>();

  public OptimizerCatalog(List<OptimizerKind> kinds) {
    this.kinds = List.copyOf(kinds);
    Map<String, OptimizerKind> labels = new LinkedHashMap<>();
    for (OptimizerKind k : kinds) {
      if (labels.put(k.label().toLowerCase(Locale.ROOT), k) != null) {
        throw new IllegalArgumentException("two optimizers labelled " + k.label());
      }
      for (Hyperparameter h : k.hyperparameters()) {
        Hyperparameter seen = hyperparameters.putIfAbsent(h.key(), h);
        if (seen != null && seen != h) {
          throw new IllegalArgumentException(k.label() + " declares its own '" + h.key()
              + "': optimizers that share a key share its Hyperparameter constant");
        }
      }
    }
  }

  /** The shipped optimizers (immutable, shared). */
  public static OptimizerCatalog standard() {
    return STANDARD;
  }

  public List<OptimizerKind> kinds() {
    return kinds;
  }

  /** The kind labelled {@code text}, ignoring case; a message listing the known ones otherwise. */
  public OptimizerKind kind(String text) {
    for (OptimizerKind k : kinds) {
      if (k.label().equalsIgnoreCase(text.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown optimizer '" + text.trim() + "'; expected one of " + String.join(", ", labels()));
  }

  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (OptimizerKind k : kinds) {
      labels.add(k.label());
    }
    return labels;
  }

  /** Every hyperparameter key any optimizer takes, η first, in catalog order. */
  public List<Hyperparameter> hyperparameters() {
    return List.copyOf(hyperparameters.values());
  }

  /** The hyperparameter called {@code key}, or null. */
  public Hyperparameter hyperparameter(String key) {
    return hyperparameters.get(key);
  }

  /** The optimizers that take {@code key}, in catalog order. */
  public List<OptimizerKind> owners(String key) {
    List<OptimizerKind> owners = new ArrayList<>();
    for (OptimizerKind k : kinds) {
      if (k.has(key)) {
        owners.add(k);
      }
    }
    return owners;
  }

  /** Position in the catalog, for sorting races into the order every list shows. */
  public int indexOf(OptimizerKind kind) {
    return kinds.indexOf(kind);
  }

  /** Every optimizer with its defaults and learning rate η. */
  public OptimizerSettings defaults(double learningRate) {
    Map<OptimizerKind, OptimizerConfig> m = new LinkedHashMap<>();
    for (OptimizerKind k : kinds) {
      m.put(k, k.withDefaults(learningRate));
    }
    return new OptimizerSettings(m);
  }
}
