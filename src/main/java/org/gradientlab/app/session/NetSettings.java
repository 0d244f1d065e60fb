package org.gradientlab.app.session;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.viewmodel.NetModel;

/**
 * What the neural-net workspace is set to, as {@link NetModel} exposes it today, written as a small
 * versioned text: {@code format: nets 1}, then one {@code key: value} line per setting.
 *
 * <p>A stand-in, kept apart on purpose: issue 15 gives this workspace a scene format of its own;
 * then {@link SessionText} stores that instead and this class goes (a stored "nets 1" text is then
 * read one last time or reported and replaced by defaults, as any stale value is).
 */
public record NetSettings(ToyDatasets.Kind dataset, int points, double noise, List<Integer> hidden,
    Activation activation, Initialization initialization, OptimizerKind optimizer, double eta,
    double lambda, int batch, long seed, int stepsPerFrame, NetModel.SliceMode slice, int weightA,
    int weightB) {

  public static final String FORMAT = "nets";
  public static final int VERSION = 1;
  private static final List<String> KEYS = List.of("format", "dataset", "points", "noise", "hidden",
      "activation", "initialization", "optimizer", "eta", "lambda", "batch", "seed", "steps-per-frame",
      "slice", "weights");

  public NetSettings {
    hidden = List.copyOf(hidden);
  }

  /** What {@code m} is set to now. */
  public static NetSettings of(NetModel m) {
    return new NetSettings(m.datasetProperty().get(), m.pointsProperty().get(), m.noiseProperty().get(),
        m.hiddenProperty().get(), m.activationProperty().get(), m.initializationProperty().get(),
        m.optimizerProperty().get(), m.etaProperty().get(), m.lambdaProperty().get(),
        m.batchSizeProperty().get(), m.seedProperty().get(), m.stepsPerFrameProperty().get(),
        m.sliceModeProperty().get(), m.weightAProperty().get(), m.weightBProperty().get());
  }

  /** Sets every property of {@code m}; the model restarts training as it does for any change. */
  public void applyTo(NetModel m) {
    m.datasetProperty().set(dataset);
    m.pointsProperty().set(points);
    m.noiseProperty().set(noise);
    m.hiddenProperty().set(hidden);
    m.activationProperty().set(activation);
    m.initializationProperty().set(initialization);
    m.seedProperty().set(seed);
    m.optimizerProperty().set(optimizer);
    m.etaProperty().set(eta);
    m.lambdaProperty().set(lambda);
    m.batchSizeProperty().set(batch);
    m.stepsPerFrameProperty().set(stepsPerFrame);
    m.weightAProperty().set(weightA);
    m.weightBProperty().set(weightB);
    m.sliceModeProperty().set(slice);
  }

  public String write() {
    List<String> widths = new ArrayList<>();
    hidden.forEach(w -> widths.add(Integer.toString(w)));
    return String.join("\n",
        "format: " + FORMAT + " " + VERSION,
        "dataset: " + KeyValues.name(dataset),
        "points: " + points,
        "noise: " + noise,
        "hidden: " + String.join(", ", widths),
        "activation: " + KeyValues.name(activation),
        "initialization: " + KeyValues.name(initialization),
        "optimizer: " + optimizer.label(),
        "eta: " + eta,
        "lambda: " + lambda,
        "batch: " + batch,
        "seed: " + seed,
        "steps-per-frame: " + stepsPerFrame,
        "slice: " + KeyValues.name(slice),
        "weights: " + weightA + ", " + weightB) + "\n";
  }

  /** Reads what {@link #write} wrote; anything else is an error naming its line. */
  public static NetSettings parse(String text) throws StoredFormatException {
    KeyValues kv = KeyValues.parse(text);
    kv.format(FORMAT, VERSION);
    kv.onlyKeys(KEYS);
    int points = kv.whole("points", 20, 1000);
    List<Integer> hidden = new ArrayList<>();
    for (String part : kv.text("hidden").split(",")) {
      try {
        hidden.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw new StoredFormatException(kv.line("hidden"), "hidden: '" + kv.text("hidden")
            + "' is not a list of whole numbers");
      }
    }
    Activation activation = kv.choice("activation", Activation.class);
    NetLayout layout;
    try {
      layout = new NetLayout(hidden, activation);
    } catch (IllegalArgumentException e) {
      throw new StoredFormatException(kv.line("hidden"), "hidden: " + e.getMessage());
    }
    OptimizerKind optimizer;
    try {
      optimizer = OptimizerCatalog.standard().kind(kv.text("optimizer"));
    } catch (IllegalArgumentException e) {
      throw new StoredFormatException(kv.line("optimizer"), e.getMessage());
    }
    if (optimizer.needsHessian()) {
      throw new StoredFormatException(kv.line("optimizer"), optimizer.label() + " needs a Hessian, which nets do not compute");
    }
    String[] weights = kv.text("weights").split(",");
    int a;
    int b;
    try {
      a = Integer.parseInt(weights[0].trim());
      b = Integer.parseInt(weights[weights.length - 1].trim());
    } catch (NumberFormatException e) {
      throw new StoredFormatException(kv.line("weights"), "weights: two weight numbers, e.g. 0, 1");
    }
    int n = layout.parameterCount();
    if (weights.length != 2 || a < 0 || b < 0 || a >= n || b >= n) {
      throw new StoredFormatException(kv.line("weights"), "weights: two numbers of the net's " + n + " weights");
    }
    return new NetSettings(kv.choice("dataset", ToyDatasets.Kind.class), points,
        kv.number("noise", 0, 0.5), hidden, activation, kv.choice("initialization", Initialization.class),
        optimizer, kv.number("eta", 1e-6, 100), kv.number("lambda", 0, 100),
        kv.whole("batch", 1, points), kv.longValue("seed"), kv.whole("steps-per-frame", 1, 200),
        kv.choice("slice", NetModel.SliceMode.class), a, b);
  }
}
