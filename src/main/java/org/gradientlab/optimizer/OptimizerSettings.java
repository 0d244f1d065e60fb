package org.gradientlab.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each optimizer's own hyperparameters, also for those not racing right now (switching one on
 * brings back its values). Controls may link a key across its owners ({@link #withEverywhere}); the
 * values stay per optimizer.
 */
public record OptimizerSettings(Map<OptimizerKind, OptimizerConfig> configs) {

  public OptimizerSettings {
    configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    for (Map.Entry<OptimizerKind, OptimizerConfig> e : configs.entrySet()) {
      if (e.getValue().kind() != e.getKey()) {
        throw new IllegalArgumentException("a " + e.getValue().kind() + " config filed under " + e.getKey());
      }
    }
  }

  /** The configuration of {@code kind}. */
  public OptimizerConfig config(OptimizerKind kind) {
    OptimizerConfig c = configs.get(kind);
    if (c == null) {
      throw new IllegalArgumentException("no settings for " + kind.label());
    }
    return c;
  }

  public List<OptimizerKind> kinds() {
    return List.copyOf(configs.keySet());
  }

  /** {@code kind}'s value of {@code key}. */
  public double value(OptimizerKind kind, String key) {
    return config(kind).values().get(key);
  }

  /** These settings with {@code kind}'s {@code key} set (checked against its range). */
  public OptimizerSettings with(OptimizerKind kind, String key, double value) {
    Map<OptimizerKind, OptimizerConfig> m = new LinkedHashMap<>(configs);
    m.put(kind, kind.configure(config(kind).values().with(key, value)));
    return new OptimizerSettings(m);
  }

  /** {@code key} set to {@code value} for every optimizer that takes it (a linked control). */
  public OptimizerSettings withEverywhere(String key, double value) {
    Map<OptimizerKind, OptimizerConfig> m = new LinkedHashMap<>(configs);
    for (Map.Entry<OptimizerKind, OptimizerConfig> e : configs.entrySet()) {
      if (e.getKey().has(key)) {
        m.put(e.getKey(), e.getKey().configure(e.getValue().values().with(key, value)));
      }
    }
    return new OptimizerSettings(m);
  }

  /**
   * The value of {@code key} most of {@code among} that take it share (the first such on a tie): a
   * text can then say it once and list the exceptions. NaN when none of them takes it.
   */
  public double mostCommon(String key, List<OptimizerKind> among) {
    Map<Double, Integer> counts = new LinkedHashMap<>();
    for (OptimizerKind k : among) {
      if (k.has(key) && configs.containsKey(k)) {
        counts.merge(value(k, key), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(Double.NaN);
  }

  /** The value of {@code key} that the first of {@code preferred} taking it has, else the first owner's. */
  public double representative(String key, List<OptimizerKind> preferred) {
    for (OptimizerKind k : preferred) {
      if (k.has(key) && configs.containsKey(k)) {
        return value(k, key);
      }
    }
    for (Map.Entry<OptimizerKind, OptimizerConfig> e : configs.entrySet()) {
      if (e.getKey().has(key)) {
        return e.getValue().values().get(key);
      }
    }
    throw new IllegalArgumentException("no optimizer takes '" + key + "'");
  }
}
