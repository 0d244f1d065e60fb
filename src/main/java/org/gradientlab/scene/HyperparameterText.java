package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gradientlab.format.Numbers;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;

/**
 * Optimizer hyperparameters as scene lines, shared by every workspace that trains with the catalog's
 * optimizers: one value for all owners ({@code eta: 0.1}), a default with exceptions
 * ({@code eta: 0.1, Adam=0.01}), or only some ({@code eta: GD=0.1, Adam=0.01}).
 */
final class HyperparameterText {

  private HyperparameterText() {}

  /** The settings after every hyperparameter line of {@code in} (keys in {@code skip} are not read). */
  static OptimizerSettings read(SceneLines in, OptimizerCatalog catalog, OptimizerSettings base,
      Set<String> skip) throws SceneFormatException {
    OptimizerSettings settings = base;
    for (Hyperparameter h : catalog.hyperparameters()) {
      if (!in.has(h.key()) || skip.contains(h.key())) {
        continue;
      }
      for (String part : in.get(h.key()).split(",", -1)) {
        String item = part.trim();
        int eq = item.indexOf('=');
        try {
          if (eq < 0) {
            settings = settings.withEverywhere(h.key(), value(h, item));
          } else {
            OptimizerKind k = catalog.kind(item.substring(0, eq));
            if (!k.has(h.key())) {
              throw new IllegalArgumentException(k.label() + " has no " + h.label() + "; "
                  + labels(catalog.owners(h.key())) + " take it");
            }
            settings = settings.with(k, h.key(), value(h, item.substring(eq + 1)));
          }
        } catch (IllegalArgumentException e) {
          throw new SceneFormatException(in.line(h.key()), e.getMessage());
        }
      }
    }
    return settings;
  }

  /** A hyperparameter's value as typed: a number, whole where it must be, inside its range. */
  private static double value(Hyperparameter h, String text) {
    double x;
    try {
      x = Numbers.parse(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(h.key() + ": " + e.getMessage());
    }
    return h.check(x);
  }

  /**
   * "0.1" when every owner has the same value; otherwise the most common value followed by the
   * exceptions, "0.1, Adam=0.01". Null when no optimizer in the settings takes {@code h}.
   */
  static String line(Hyperparameter h, OptimizerSettings settings) {
    double common = settings.mostCommon(h.key(), settings.kinds());
    if (Double.isNaN(common)) {
      return null;
    }
    StringBuilder line = new StringBuilder(plain(common));
    for (OptimizerKind k : settings.kinds()) {
      if (k.has(h.key()) && settings.value(k, h.key()) != common) {
        line.append(", ").append(k.label()).append('=').append(plain(settings.value(k, h.key())));
      }
    }
    return line.toString();
  }

  /** Appends "key: line" for every hyperparameter not in {@code skip}. */
  static void write(StringBuilder b, OptimizerCatalog catalog, OptimizerSettings settings, Set<String> skip) {
    for (Hyperparameter h : catalog.hyperparameters()) {
      String line = skip.contains(h.key()) ? null : line(h, settings);
      if (line != null) {
        b.append(h.key()).append(": ").append(line).append('\n');
      }
    }
  }

  static String labels(List<OptimizerKind> kinds) {
    List<String> names = new ArrayList<>();
    for (OptimizerKind k : kinds) {
      names.add(k.label());
    }
    return String.join(", ", names);
  }

  /** Shortest text that parses back to exactly {@code v}. */
  static String plain(double v) {
    String c = Numbers.compact(v).replace('−', '-');
    return Double.parseDouble(c) == v ? c : Double.toString(v);
  }
}
