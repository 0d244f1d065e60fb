package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.nio.file.Path;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ImportedData;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;

/**
 * The text form of a {@link NetScene}, in the same {@code key: value} lines as the lab's scenes:
 *
 * <pre>
 * workspace: nets
 * dataset: spirals        # XOR, circles, moons, spirals
 * points: 200   noise: 0.05   data-seed: 7
 * data: my-points.csv     # the student's own file instead: x₁, x₂, label (0/1) per line
 * validation: 0.3         # the fraction held out (seeded by data-seed); 0: all train
 * layers: 12, 12          # hidden widths
 * activation: tanh        # sigmoid, tanh, relu
 * init: xavier            # naive, xavier, he
 * optimizers: Adam, GD    # a race from the same weights; "optimizer: Adam" races one
 * eta: 0.02, GD=0.5       # and any hyperparameter of the catalog, per optimizer as in the lab
 * lambda: 0   batch: 200   seed: 1
 * steps: 300              # updates trained before the picture is shown
 * slice: path             # path, random, weights
 * weights: 0, 1           # the two weights of the "weights" slice
 * panels: controls, decision, slice, curves, gradients
 * </pre>
 */
public final class NetSceneCodec {

  /** SGD's σ has no meaning on data, and the batch is the workspace's own key. */
  static final Set<String> NOT_HYPERPARAMETERS = Set.of("sigma", "batch");

  private static final List<String> OWN_KEYS = List.of("workspace", "dataset", "points", "noise",
      "data-seed", "data", "validation", "layers", "activation", "init", "optimizer", "optimizers",
      "lambda", "batch", "seed", "steps", "slice", "weights", "panels");

  private final OptimizerCatalog optimizers;
  private final Path dataFolder;

  /** Data files named by a relative path are looked for in the working directory. */
  public NetSceneCodec(OptimizerCatalog optimizers) {
    this(optimizers, Path.of(""));
  }

  /** Data files named by a relative path are looked for in {@code dataFolder}. */
  public NetSceneCodec(OptimizerCatalog optimizers, Path dataFolder) {
    this.optimizers = optimizers;
    this.dataFolder = dataFolder;
  }

  /** Every key a net scene knows. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(OWN_KEYS);
    for (var h : optimizers.hyperparameters()) {
      if (!NOT_HYPERPARAMETERS.contains(h.key())) {
        keys.add(h.key());
      }
    }
    return keys;
  }

  public NetScene parse(String text, NetScene base) throws SceneFormatException {
    return parse(SceneLines.read(text), base);
  }

  public NetScene parse(SceneLines in, NetScene base) throws SceneFormatException {
    in.refuseUnknown(keys(), "nets");
    ToyDatasets.Kind dataset = in.parsed("dataset", base.dataset(), ToyDatasets.Kind::byLabel);
    // data: (a file) trains when given, dataset: then names the toy data kept for later; dataset:
    // alone goes back to the toy data.
    ImportedData imported = in.has("data") ? imported(in) : in.has("dataset") ? null : base.imported();
    double validation = in.number("validation", base.validation());
    if (!(validation >= 0 && validation <= NetScene.MAX_VALIDATION)) {
      throw new SceneFormatException(in.line("validation"), "validation is the fraction of the examples"
          + " held out, from 0 to " + NetScene.MAX_VALIDATION + ", e.g. 0.3; was " + in.get("validation"));
    }
    int points = (int) in.whole("points", base.points(), 4, NetScene.MAX_POINTS);
    double noise = in.number("noise", base.noise());
    long dataSeed = in.whole("data-seed", base.dataSeed(), Long.MIN_VALUE, Long.MAX_VALUE);
    List<Integer> hidden = in.has("layers") ? layers(in) : base.hidden();
    Activation activation = in.parsed("activation", base.activation(), Activation::byLabel);
    Initialization init = in.parsed("init", base.initialization(), Initialization::byLabel);
    List<OptimizerKind> racing = racing(in, base);
    OptimizerSettings settings = HyperparameterText.read(in, optimizers, base.settings(), NOT_HYPERPARAMETERS);
    double lambda = in.number("lambda", base.lambda());
    int batch = (int) in.whole("batch", base.batch(), 1, NetScene.MAX_POINTS);
    long seed = in.whole("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
    int steps = (int) in.whole("steps", base.steps(), 0, NetScene.MAX_STEPS);
    SliceMode slice = in.parsed("slice", base.slice(), SliceMode::byKey);
    int weightA = base.weightA();
    int weightB = base.weightB();
    if (in.has("weights")) {
      double[] ab = in.numbers("weights");
      if (ab.length != 2 || ab[0] != Math.rint(ab[0]) || ab[1] != Math.rint(ab[1])) {
        throw new SceneFormatException(in.line("weights"), "weights takes two weight numbers, e.g. 0, 1");
      }
      weightA = (int) ab[0];
      weightB = (int) ab[1];
    }
    Set<NetScene.NetPanel> panels = in.has("panels")
        ? panels(in, NetScene.NetPanel.class, "panels") : base.panels();
    if (!in.has("weights") && in.has("layers")) {
      // a new net: the chosen weights must exist in it
      int count = new NetLayout(hidden, activation).parameterCount();
      weightA = Math.min(weightA, count - 2);
      weightB = Math.min(weightB, count - 1);
    }
    try {
      return new NetScene(dataset, points, noise, dataSeed, imported, validation, hidden, activation, init,
          racing, settings, lambda, batch, seed, steps, slice, weightA, weightB, panels);
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(in.lineOfFirst("layers", "optimizers", "optimizer", "validation",
          "data", "points", "noise", "lambda", "batch", "steps", "weights"), e.getMessage());
    }
  }

  /** "optimizers: Adam, GD" races them; "optimizer: Adam" races Adam alone. */
  private List<OptimizerKind> racing(SceneLines in, NetScene base) throws SceneFormatException {
    if (in.has("optimizer") && in.has("optimizers")) {
      throw new SceneFormatException(Math.max(in.line("optimizer"), in.line("optimizers")),
          "give either optimizer: (one) or optimizers: (a race), not both");
    }
    if (in.has("optimizer")) {
      return List.of(in.parsed("optimizer", base.optimizer(), optimizers::kind));
    }
    if (!in.has("optimizers")) {
      return base.optimizers();
    }
    List<OptimizerKind> racing = new ArrayList<>();
    for (String name : in.get("optimizers").split(",", -1)) {
      if (name.isBlank()) {
        throw new SceneFormatException(in.line("optimizers"),
            "optimizers: a name is missing; expected a list such as Adam, GD");
      }
      OptimizerKind k = kindNamed(in, name);
      if (!racing.contains(k)) {
        racing.add(k);
      }
    }
    return racing;
  }

  private OptimizerKind kindNamed(SceneLines in, String name) throws SceneFormatException {
    try {
      return optimizers.kind(name.trim());
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(in.line("optimizers"), "optimizers: " + e.getMessage());
    }
  }

  /** The file that {@code data:} names, read whole; every bad row is in the error. */
  private ImportedData imported(SceneLines in) throws SceneFormatException {
    String name = in.get("data").trim();
    Path file;
    try {
      file = dataFolder.resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      throw new SceneFormatException(in.line("data"), "data: '" + name + "' is not a file name");
    }
    CsvImport.Result r = CsvImport.read(file, CsvImport.Shape.CLASSIFICATION, NetScene.MAX_POINTS);
    if (!r.ok()) {
      throw new SceneFormatException(in.line("data"), "data: " + name + ": "
          + r.problemText().replace("\n", "; "));
    }
    return new ImportedData(name, r.dataset());
  }

  private static List<Integer> layers(SceneLines in) throws SceneFormatException {
    List<Integer> widths = new ArrayList<>();
    for (double w : in.numbers("layers")) {
      if (w != Math.rint(w) || w < 1 || w > NetLayout.MAX_WIDTH) {
        throw new SceneFormatException(in.line("layers"), "layers are hidden widths from 1 to "
            + NetLayout.MAX_WIDTH + ", e.g. 12, 12; was " + in.get("layers"));
      }
      widths.add((int) w);
    }
    if (widths.size() > NetLayout.MAX_LAYERS) {
      throw new SceneFormatException(in.line("layers"), "at most " + NetLayout.MAX_LAYERS + " hidden layers");
    }
    return widths;
  }

  /** "a, b" or "none" as a set of panels named by their lower-case names. */
  static <E extends Enum<E>> Set<E> panels(SceneLines in, Class<E> type, String key)
      throws SceneFormatException {
    Set<E> panels = EnumSet.noneOf(type);
    for (String p : in.get(key).split(",", -1)) {
      String name = p.trim();
      if (name.equalsIgnoreCase("none")) {
        continue;
      }
      E found = null;
      List<String> known = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        known.add(e.name().toLowerCase(Locale.ROOT));
        if (e.name().equalsIgnoreCase(name)) {
          found = e;
        }
      }
      if (found == null) {
        throw new SceneFormatException(in.line(key), "unknown panel '" + name + "'; known: "
            + String.join(", ", known) + ", none");
      }
      panels.add(found);
    }
    return panels;
  }

  static <E extends Enum<E>> String panelsText(Set<E> panels, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (panels.contains(e)) {
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** The scene as text that {@link #parse} reads back to an equal scene. */
  public String write(NetScene s) {
    StringBuilder b = new StringBuilder("workspace: nets\n");
    b.append("dataset: ").append(s.dataset().label()).append('\n');
    b.append("points: ").append(s.points()).append('\n');
    b.append("noise: ").append(HyperparameterText.plain(s.noise())).append('\n');
    b.append("data-seed: ").append(s.dataSeed()).append('\n');
    if (s.imported() != null) {
      b.append("data: ").append(s.imported().source()).append('\n');
    }
    b.append("validation: ").append(HyperparameterText.plain(s.validation())).append('\n');
    List<String> widths = new ArrayList<>();
    s.hidden().forEach(w -> widths.add(Integer.toString(w)));
    b.append("layers: ").append(String.join(", ", widths)).append('\n');
    b.append("activation: ").append(s.activation().name().toLowerCase(Locale.ROOT)).append('\n');
    b.append("init: ").append(s.initialization().name().toLowerCase(Locale.ROOT)).append('\n');
    b.append("optimizers: ").append(HyperparameterText.labels(s.optimizers())).append('\n');
    HyperparameterText.write(b, optimizers, s.settings(), NOT_HYPERPARAMETERS);
    b.append("lambda: ").append(HyperparameterText.plain(s.lambda())).append('\n');
    b.append("batch: ").append(s.batch()).append('\n');
    b.append("seed: ").append(s.seed()).append('\n');
    b.append("steps: ").append(s.steps()).append('\n');
    b.append("slice: ").append(s.slice().key()).append('\n');
    b.append("weights: ").append(s.weightA()).append(", ").append(s.weightB()).append('\n');
    b.append("panels: ").append(panelsText(s.panels(), NetScene.NetPanel.class)).append('\n');
    return b.toString();
  }
}
