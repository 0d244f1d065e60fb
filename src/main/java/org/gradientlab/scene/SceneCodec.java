package org.gradientlab.scene;

import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ImportedData;
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
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;

/**
 * The one text form of a {@link Scene}: {@code key: value} lines, as in a lesson's scene block, a
 * saved setup, the command line's scene file and an export's metadata. Missing keys keep the
 * values of a base scene, so a lesson step only says what it changes. The keys come from the
 * catalogs: every landscape parameter and every optimizer hyperparameter is one.
 *
 * <pre>
 * landscape: bowl          # or "objective:"; its parameters follow as their own keys
 * kappa: 10
 * rotation: 30
 * optimizers: GD, Momentum, Adam
 * eta: 0.5                 # every optimizer that takes η
 * eta: 0.5, Adam=0.01      # 0.5 for all, Adam 0.01
 * eta: GD=0.5, Adam=0.01   # only these two; the others keep the base scene's
 * lambda: 0
 * alpha: 0.9   beta1: 0.9   beta2: 0.999   rho: 0.9   sigma: 0.5   batch: 1
 * start: -2.5, 2
 * steps: 200
 * seed: 42
 * view: -4, 4, -3, 3       # xmin, xmax, ymin, ymax
 * panels: controls, chart, status, gradient, inside, rate-map, surface, surface-instead
 * </pre>
 */
public final class SceneCodec {

  /**
   * The dataset key of a landscape fitted to data: a preset's name, or a CSV file of one's own — a value
   * that names a file ({@link #isFile}) rather than a preset.
   */
  static final String OWN_DATA_KEY = "data";
  /** The most rows a file of one's own data may have. */
  public static final int MAX_OWN_POINTS = 10_000;

  /** Whether a {@code data:} value names a file: it ends in .csv or .txt, or has a path separator. */
  static boolean isFile(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.endsWith(".csv") || v.endsWith(".txt") || v.contains("/") || v.contains("\\");
  }

  /** The keys that are neither a landscape parameter nor an optimizer hyperparameter. */
  private static final List<String> SCENE_KEYS = List.of("landscape", "objective", "optimizers",
      "lambda", "schedule", "decay", "every", "eta-min", "warmup", "start", "steps", "seed", "view",
      "panels");

  private final LandscapeCatalog landscapes;
  private final OptimizerCatalog optimizers;
  private final java.nio.file.Path dataFolder;

  public SceneCodec(LandscapeCatalog landscapes, OptimizerCatalog optimizers) {
    this(landscapes, optimizers, java.nio.file.Path.of(""));
  }

  /** Own data files ({@code data: points.csv} on the line fit or logistic regression) named by a relative path are read from {@code dataFolder}. */
  public SceneCodec(LandscapeCatalog landscapes, OptimizerCatalog optimizers, java.nio.file.Path dataFolder) {
    this.dataFolder = dataFolder;
    this.landscapes = landscapes;
    this.optimizers = optimizers;
  }

  /** With the shipped optimizers. */
  public SceneCodec(LandscapeCatalog landscapes) {
    this(landscapes, OptimizerCatalog.standard());
  }

  public LandscapeCatalog landscapes() {
    return landscapes;
  }

  public OptimizerCatalog optimizers() {
    return optimizers;
  }

  /** Every key a scene knows besides landscape parameters: scene keys, then hyperparameters. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(SCENE_KEYS);
    for (Hyperparameter h : optimizers.hyperparameters()) {
      keys.add(h.key());
    }
    return keys;
  }

  /** Whether {@code key} is a key of some landscape's parameters. */
  public boolean isLandscapeParameter(String key) {
    for (LandscapeEntry e : landscapes.entries()) {
      if (e.parameter(key) != null) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code text} over {@code base}; the first error names its line and what is wrong. */
  public Scene parse(String text, Scene base) throws SceneFormatException {
    return parse(SceneLines.read(text), base);
  }

  /** Reads already split lines over {@code base} (the workspace codec has read them). */
  public Scene parse(SceneLines lines, Scene base) throws SceneFormatException {
    return new Reader(lines, base).scene();
  }

  /** One parse: the keys and their lines, read step by step over the base scene. */
  private final class Reader {
    private final SceneLines in;
    private final Map<String, String> v;
    private final Map<String, Integer> lines;
    private final Scene base;
    private boolean newLandscape;
    /** One's own data read from a {@code data:} file, else null. */
    private ImportedData imported;

    Reader(SceneLines in, Scene base) {
      this.in = in;
      this.v = in.values();
      this.lines = in.lines();
      this.base = base;
    }

    Scene scene() throws SceneFormatException {
      LandscapeSpec landscape = landscape();
      List<OptimizerKind> racing = racing();
      OptimizerSettings settings = settings();
      double lambda = in.number("lambda", base.lambda());
      Point start = start();
      int steps = (int) in.whole("steps", base.steps(), 0, Scene.MAX_STEPS);
      long seed = in.whole("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
      Domain view = view();
      Set<Panel> panels = panels();
      try {
        return new Scene(landscape, racing, settings, lambda, schedule(), start, steps, seed, view, panels,
            imported);
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(in.lineOfFirst("lambda", "steps"), e.getMessage());
      }
    }

    /** The landscape first: its parameters are keys too. */
    private LandscapeSpec landscape() throws SceneFormatException {
      if (v.containsKey("landscape") && v.containsKey("objective")) {
        throw new SceneFormatException(lines.get("objective"), "give either 'landscape' or 'objective', not both");
      }
      String landscapeKey = v.containsKey("landscape") ? "landscape" : "objective";
      LandscapeSpec landscape = base.landscape();
      newLandscape = v.containsKey(landscapeKey);
      if (newLandscape) {
        String id = v.get(landscapeKey).toLowerCase(Locale.ROOT);
        try {
          landscapes.entry(id);
        } catch (IllegalArgumentException e) {
          throw new SceneFormatException(lines.get(landscapeKey), e.getMessage());
        }
        landscape = LandscapeSpec.of(id);
      }
      LandscapeEntry entry = landscapes.entry(landscape.id());
      List<String> known = keys();
      boolean ownLandscape = entry.ownData() != null;
      // A fit keeps the data it has unless the scene names other data or another landscape.
      imported = ownLandscape && !newLandscape && !v.containsKey(OWN_DATA_KEY) ? base.data() : null;
      for (Map.Entry<String, String> e : v.entrySet()) {
        if (known.contains(e.getKey())) {
          continue;
        }
        if (e.getKey().equals(OWN_DATA_KEY) && isFile(e.getValue())) {
          if (!ownLandscape) {
            throw new SceneFormatException(lines.get(OWN_DATA_KEY), "data: a file of your own is for"
                + " a landscape fitted to data (landscape: " + String.join(" or ", dataLandscapes()) + "); "
                + landscape.id() + " takes none (a net's own data: the Neural nets workspace)");
          }
          imported = ownData(e.getValue(), entry.ownData().shape());
          continue;
        }
        ParameterSpec p = entry.parameter(e.getKey());
        if (p == null) {
          throw new SceneFormatException(lines.get(e.getKey()), "unknown key '" + e.getKey()
              + "'; a scene knows " + String.join(", ", known) + knownParameters(entry));
        }
        try {
          p.check(e.getValue());
        } catch (IllegalArgumentException problem) {
          throw new SceneFormatException(lines.get(e.getKey()), problem.getMessage());
        }
        landscape = landscape.with(p.name(), e.getValue());
      }
      try {
        landscapes.build(landscape);
      } catch (IllegalArgumentException e) {
        int line = newLandscape ? lines.get(landscapeKey) : firstParameterLine();
        throw new SceneFormatException(line, e.getMessage());
      }
      return landscape;
    }

    /** The ids of the landscapes that take one's own data, in menu order. */
    private List<String> dataLandscapes() {
      List<String> ids = new ArrayList<>();
      for (LandscapeEntry e : landscapes.entries()) {
        if (e.ownData() != null) {
          ids.add(e.id());
        }
      }
      return ids;
    }

    /** The file {@code data:} names, read whole as {@code shape}; every bad row is in the error. */
    private ImportedData ownData(String value, CsvImport.Shape shape) throws SceneFormatException {
      String name = value.trim();
      java.nio.file.Path file;
      try {
        file = dataFolder.resolve(name);
      } catch (java.nio.file.InvalidPathException e) {
        throw new SceneFormatException(lines.get(OWN_DATA_KEY), "data: '" + name + "' is not a file name");
      }
      CsvImport.Result r = CsvImport.read(file, shape, MAX_OWN_POINTS);
      if (!r.ok()) {
        throw new SceneFormatException(lines.get(OWN_DATA_KEY), "data: " + name + ": "
            + r.problemText().replace("\n", "; "));
      }
      return new ImportedData(name, r.dataset());
    }

    private List<OptimizerKind> racing() throws SceneFormatException {
      if (!v.containsKey("optimizers")) {
        return base.optimizers();
      }
      List<OptimizerKind> racing = new ArrayList<>();
      for (String name : v.get("optimizers").split(",", -1)) {
        if (name.isBlank()) {
          throw new SceneFormatException(lines.get("optimizers"),
              "optimizers: a name is missing; expected a list such as GD, Momentum");
        }
        OptimizerKind k = kind(name, "optimizers");
        if (!racing.contains(k)) {
          racing.add(k);
        }
      }
      return racing;
    }

    /** Each hyperparameter key: one value for all its owners, a default with overrides, or overrides. */
    private OptimizerSettings settings() throws SceneFormatException {
      return HyperparameterText.read(in, optimizers, base.settings(), Set.of());
    }

    /**
     * A 'schedule:' line defines the schedule: its parameters are the defaults unless given here;
     * without one, the base scene's schedule with the parameters given.
     */
    private LearningRateSchedule schedule() throws SceneFormatException {
      LearningRateSchedule base = in.has("schedule") ? LearningRateSchedule.CONSTANT : Reader.this.base.schedule();
      LearningRateSchedule.Kind kind = in.parsed("schedule", base.kind(), LearningRateSchedule.Kind::byKey);
      try {
        return new LearningRateSchedule(kind, in.number("decay", base.decay()),
            (int) in.whole("every", base.every(), 1, Scene.MAX_STEPS), in.number("eta-min", base.etaMin()),
            (int) in.whole("warmup", base.warmup(), 0, Scene.MAX_STEPS));
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(in.lineOfFirst("decay", "eta-min", "schedule"), e.getMessage());
      }
    }

    private Point start() throws SceneFormatException {
      if (!v.containsKey("start")) {
        return newLandscape ? null : base.start();
      }
      double[] xy = in.numbers("start");
      if (xy.length > 2) {
        throw new SceneFormatException(lines.get("start"), "start takes one or two numbers: x or x, y");
      }
      for (double c : xy) {
        if (!Double.isFinite(c)) {
          throw new SceneFormatException(lines.get("start"), "start must be finite numbers, was "
              + v.get("start"));
        }
      }
      return new Point(xy[0], xy.length > 1 ? xy[1] : 0);
    }

    private Domain view() throws SceneFormatException {
      if (!v.containsKey("view")) {
        return newLandscape ? null : base.view();
      }
      double[] box = in.numbers("view");
      if (box.length != 4) {
        throw new SceneFormatException(lines.get("view"), "view takes four numbers: xmin, xmax, ymin, ymax");
      }
      try {
        return new Domain(box[0], box[1], box[2], box[3]);
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(lines.get("view"), e.getMessage());
      }
    }

    private Set<Panel> panels() throws SceneFormatException {
      if (!v.containsKey("panels")) {
        return base.panels().isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(base.panels());
      }
      Set<Panel> panels = EnumSet.noneOf(Panel.class);
      for (String p : v.get("panels").split(",")) {
        String name = p.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
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
              + "'; known: " + Panel.keys() + ", none");
        }
      }
      return panels;
    }

    private OptimizerKind kind(String name, String key) throws SceneFormatException {
      try {
        return optimizers.kind(name);
      } catch (IllegalArgumentException e) {
        throw new SceneFormatException(lines.get(key), e.getMessage());
      }
    }

    private int firstParameterLine() {
      List<String> known = keys();
      for (Map.Entry<String, Integer> e : lines.entrySet()) {
        if (!known.contains(e.getKey())) {
          return e.getValue();
        }
      }
      return 1;
    }

  }

  /** The scene as text that {@link #parse} reads back to an equal scene. */
  public String write(Scene s) {
    StringBuilder b = new StringBuilder();
    b.append("landscape: ").append(s.landscape().id()).append('\n');
    for (Map.Entry<String, String> p : s.landscape().parameters().entrySet()) {
      if (s.data() != null && p.getKey().equals(OWN_DATA_KEY)) {
        continue; // the file's line instead, below
      }
      b.append(p.getKey()).append(": ").append(p.getValue()).append('\n');
    }
    if (s.data() != null) {
      b.append(OWN_DATA_KEY).append(": ").append(s.data().source()).append('\n');
    }
    b.append("optimizers: ").append(labels(s.optimizers())).append('\n');
    HyperparameterText.write(b, optimizers, s.settings(), Set.of());
    b.append("lambda: ").append(plain(s.lambda())).append('\n');
    writeSchedule(b, s.schedule());
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
        panels.add(p.key());
      }
    }
    b.append("panels: ").append(panels.isEmpty() ? "none" : String.join(", ", panels)).append('\n');
    return b.toString();
  }

  /** The schedule line and the parameters its kind uses (and the warm-up, when there is one). */
  private static void writeSchedule(StringBuilder b, LearningRateSchedule s) {
    LearningRateSchedule d = LearningRateSchedule.CONSTANT;
    b.append("schedule: ").append(s.kind().key()).append('\n');
    boolean decays = s.kind() == LearningRateSchedule.Kind.STEP || s.kind() == LearningRateSchedule.Kind.EXPONENTIAL
        || s.kind() == LearningRateSchedule.Kind.INVERSE_TIME;
    if (decays || s.decay() != d.decay()) {
      b.append("decay: ").append(plain(s.decay())).append('\n');
    }
    if (s.kind() == LearningRateSchedule.Kind.STEP || s.every() != d.every()) {
      b.append("every: ").append(s.every()).append('\n');
    }
    if (s.kind() == LearningRateSchedule.Kind.COSINE || s.etaMin() != d.etaMin()) {
      b.append("eta-min: ").append(plain(s.etaMin())).append('\n');
    }
    if (s.warmup() != d.warmup()) {
      b.append("warmup: ").append(s.warmup()).append('\n');
    }
  }

  private static String labels(List<OptimizerKind> kinds) {
    return HyperparameterText.labels(kinds);
  }

  /** Shortest text that parses back to exactly {@code v}. */
  static String plain(double v) {
    return HyperparameterText.plain(v);
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
}
