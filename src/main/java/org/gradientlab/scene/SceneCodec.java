package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gradientlab.format.Numbers;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * The one text form of a {@link Scene}: {@code key: value} lines, as in a lesson's scene block, a
 * saved setup, the command line's scene file and an export's metadata. Missing keys keep the
 * values of a base scene, so a lesson step only says what it changes.
 *
 * <pre>
 * landscape: bowl          # or "objective:"; its parameters follow as their own keys
 * kappa: 10
 * rotation: 30
 * optimizers: GD, Momentum, Adam
 * eta: 0.5
 * lambda: 0
 * alpha: 0.9   beta1: 0.9   beta2: 0.999   rho: 0.9   sigma: 0.5   batch: 1
 * start: -2.5, 2
 * steps: 200
 * seed: 42
 * view: -4, 4, -3, 3       # xmin, xmax, ymin, ymax
 * panels: controls, chart, status, gradient
 * </pre>
 */
public final class SceneCodec {

  private static final List<String> KEYS = List.of("landscape", "objective", "optimizers", "eta",
      "lambda", "alpha", "beta1", "beta2", "rho", "sigma", "batch", "start", "steps", "seed", "view",
      "panels");

  private final LandscapeCatalog catalog;

  public SceneCodec(LandscapeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Reads {@code text} over {@code base}; the first error names its line and what is wrong. */
  public Scene parse(String text, Scene base) throws SceneFormatException {
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
    return build(values, lines, base);
  }

  private Scene build(Map<String, String> v, Map<String, Integer> lines, Scene base)
      throws SceneFormatException {
    // The landscape first: its parameters are keys too.
    String landscapeKey = v.containsKey("landscape") ? "landscape" : "objective";
    LandscapeSpec landscape = base.landscape();
    boolean newLandscape = v.containsKey(landscapeKey);
    if (v.containsKey("landscape") && v.containsKey("objective")) {
      throw new SceneFormatException(lines.get("objective"), "give either 'landscape' or 'objective', not both");
    }
    if (newLandscape) {
      String id = v.get(landscapeKey).toLowerCase(Locale.ROOT);
      try {
        catalog.entry(id);
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(lines.get(landscapeKey), e.getMessage());
      }
      landscape = LandscapeSpec.of(id);
    }
    LandscapeEntry entry = catalog.entry(landscape.id());
    for (Map.Entry<String, String> e : v.entrySet()) {
      if (KEYS.contains(e.getKey())) {
        continue;
      }
      ParameterSpec p = entry.parameter(e.getKey());
      if (p == null) {
        throw new SceneFormatException(lines.get(e.getKey()), "unknown key '" + e.getKey()
            + "'; a scene knows " + String.join(", ", KEYS) + knownParameters(entry));
      }
      try {
        if (p.type() == ParameterSpec.Type.NUMBER) {
          p.parseNumber(e.getValue());
        } else if (p.type() == ParameterSpec.Type.CHOICE && !p.choices().contains(e.getValue())) {
          throw new IllegalArgumentException(p.label() + " must be one of "
              + String.join(", ", p.choices()) + ", was " + e.getValue());
        }
      } catch (IllegalArgumentException problem) {
        throw new SceneFormatException(lines.get(e.getKey()), problem.getMessage());
      }
      landscape = landscape.with(p.name(), e.getValue());
    }
    try {
      catalog.build(landscape);
    } catch (IllegalArgumentException e) {
      int line = newLandscape ? lines.get(landscapeKey) : firstParameterLine(lines);
      throw new SceneFormatException(line, e.getMessage());
    }

    List<OptimizerKind> optimizers = base.optimizers();
    if (v.containsKey("optimizers")) {
      optimizers = new ArrayList<>();
      for (String name : v.get("optimizers").split(",")) {
        try {
          OptimizerKind k = OptimizerKind.parse(name.trim());
          if (!optimizers.contains(k)) {
            optimizers.add(k);
          }
        } catch (IllegalArgumentException e) {
          throw new SceneFormatException(lines.get("optimizers"), e.getMessage());
        }
      }
    }
    Hyperparameters h = base.hyperparameters();
    try {
      h = new Hyperparameters(
          number(v, lines, "eta", h.eta()),
          number(v, lines, "lambda", h.lambda()),
          number(v, lines, "alpha", h.alpha()),
          number(v, lines, "beta1", h.beta1()),
          number(v, lines, "beta2", h.beta2()),
          number(v, lines, "rho", h.rho()),
          number(v, lines, "sigma", h.sigma()),
          (int) whole(v, lines, "batch", h.batchSize()));
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(lineOfFirst(lines, "eta", "lambda", "alpha", "beta1", "beta2",
          "rho", "sigma", "batch"), e.getMessage());
    }
    Point start = newLandscape ? null : base.start();
    if (v.containsKey("start")) {
      double[] xy = numbers(v.get("start"), lines.get("start"), "start");
      if (xy.length > 2) {
        throw new SceneFormatException(lines.get("start"), "start takes one or two numbers: x or x, y");
      }
      start = new Point(xy[0], xy.length > 1 ? xy[1] : 0);
    }
    int steps = (int) whole(v, lines, "steps", base.steps());
    long seed = whole(v, lines, "seed", base.seed());
    Domain view = newLandscape ? null : base.view();
    if (v.containsKey("view")) {
      double[] box = numbers(v.get("view"), lines.get("view"), "view");
      if (box.length != 4) {
        throw new SceneFormatException(lines.get("view"), "view takes four numbers: xmin, xmax, ymin, ymax");
      }
      try {
        view = new Domain(box[0], box[1], box[2], box[3]);
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(lines.get("view"), e.getMessage());
      }
    }
    Set<Panel> panels = base.panels().isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(base.panels());
    if (v.containsKey("panels")) {
      panels = EnumSet.noneOf(Panel.class);
      for (String p : v.get("panels").split(",")) {
        String name = p.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (name.equals("GRADIENT")) {
          name = "GRADIENT_ARROW";
        }
        if (name.equals("NONE")) {
          continue;
        }
        try {
          panels.add(Panel.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new SceneFormatException(lines.get("panels"), "unknown panel '" + p.trim()
              + "'; known: controls, chart, status, gradient, none");
        }
      }
    }
    try {
      return new Scene(landscape, optimizers, h, start, steps, seed, view, panels);
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(lineOfFirst(lines, "steps"), e.getMessage());
    }
  }

  /** The scene as text that {@link #parse} reads back to an equal scene. */
  public String write(Scene s) {
    StringBuilder b = new StringBuilder();
    b.append("landscape: ").append(s.landscape().id()).append('\n');
    for (Map.Entry<String, String> p : s.landscape().parameters().entrySet()) {
      b.append(p.getKey()).append(": ").append(p.getValue()).append('\n');
    }
    List<String> names = new ArrayList<>();
    for (OptimizerKind k : s.optimizers()) {
      names.add(k.label());
    }
    b.append("optimizers: ").append(String.join(", ", names)).append('\n');
    Hyperparameters h = s.hyperparameters();
    b.append("eta: ").append(plain(h.eta())).append('\n');
    b.append("lambda: ").append(plain(h.lambda())).append('\n');
    b.append("alpha: ").append(plain(h.alpha())).append('\n');
    b.append("beta1: ").append(plain(h.beta1())).append('\n');
    b.append("beta2: ").append(plain(h.beta2())).append('\n');
    b.append("rho: ").append(plain(h.rho())).append('\n');
    b.append("sigma: ").append(plain(h.sigma())).append('\n');
    b.append("batch: ").append(h.batchSize()).append('\n');
    if (s.start() != null) {
      b.append("start: ").append(plain(s.start().x())).append(", ").append(plain(s.start().y())).append('\n');
    }
    b.append("steps: ").append(s.steps()).append('\n');
    b.append("seed: ").append(s.seed()).append('\n');
    if (s.view() != null) {
      Domain d = s.view();
      b.append("view: ").append(plain(d.xMin())).append(", ").append(plain(d.xMax())).append(", ")
          .append(plain(d.yMin())).append(", ").append(plain(d.yMax())).append('\n');
    }
    List<String> panels = new ArrayList<>();
    for (Panel p : EnumSet.allOf(Panel.class)) {
      if (s.panels().contains(p)) {
        panels.add(p == Panel.GRADIENT_ARROW ? "gradient" : p.name().toLowerCase(Locale.ROOT));
      }
    }
    b.append("panels: ").append(panels.isEmpty() ? "none" : String.join(", ", panels)).append('\n');
    return b.toString();
  }

  /** Shortest text that parses back to exactly {@code v}. */
  static String plain(double v) {
    String c = Numbers.compact(v).replace('−', '-');
    return Double.parseDouble(c) == v ? c : Double.toString(v);
  }

  private static String stripComment(String row) {
    int hash = row.indexOf(" #");
    if (row.startsWith("#")) {
      return "";
    }
    return hash >= 0 ? row.substring(0, hash) : row;
  }

  private static String knownParameters(LandscapeEntry e) {
    if (e.parameters().isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (ParameterSpec p : e.parameters()) {
      names.add(p.name());
    }
    return ", and for " + e.id() + ": " + String.join(", ", names);
  }

  private static int firstParameterLine(Map<String, Integer> lines) {
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      if (!KEYS.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return 1;
  }

  private static int lineOfFirst(Map<String, Integer> lines, String... keys) {
    for (String k : keys) {
      if (lines.containsKey(k)) {
        return lines.get(k);
      }
    }
    return 1;
  }

  private static double number(Map<String, String> v, Map<String, Integer> lines, String key,
      double fallback) throws SceneFormatException {
    if (!v.containsKey(key)) {
      return fallback;
    }
    try {
      return Numbers.parse(v.get(key));
    } catch (NumberFormatException e) {
      throw new SceneFormatException(lines.get(key), key + ": " + e.getMessage());
    }
  }

  private static long whole(Map<String, String> v, Map<String, Integer> lines, String key,
      long fallback) throws SceneFormatException {
    if (!v.containsKey(key)) {
      return fallback;
    }
    try {
      return Long.parseLong(v.get(key).trim());
    } catch (NumberFormatException e) {
      throw new SceneFormatException(lines.get(key), key + " must be a whole number, was '" + v.get(key) + "'");
    }
  }

  private static double[] numbers(String text, int line, String key) throws SceneFormatException {
    String[] parts = text.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Numbers.parse(parts[i]);
      } catch (NumberFormatException e) {
        throw new SceneFormatException(line, key + ": " + e.getMessage());
      }
    }
    return out;
  }
}
