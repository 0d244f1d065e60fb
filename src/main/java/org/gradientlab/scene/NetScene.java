package org.gradientlab.scene;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ImportedData;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;

/**
 * What the neural-net workspace trains and shows: the data (a toy dataset or a student's own file),
 * how much of it is held out for validation, the net, the optimizers that race (each with its own
 * hyperparameters), λ and the batch size, how many updates to train before the picture is shown,
 * the slice of weight space and the panels. Every optimizer of a race starts from the same initial
 * weights and sees the same mini-batches.
 *
 * @param dataset which toy dataset (unused while {@code imported} data are given)
 * @param points how many examples (n) of the toy dataset
 * @param noise the toy dataset's noise level
 * @param dataSeed the seed the toy examples are drawn from, and the validation split's
 * @param imported the student's own data, or null for the toy dataset
 * @param validation the fraction of the examples held out for validation (0: all train)
 * @param hidden the widths of the hidden layers
 * @param optimizers the optimizers that race, the first one leading (its path sets the slice)
 * @param seed the seed of the initial weights and of the mini-batches
 * @param steps updates to train when the scene is applied (0: untrained)
 * @param weightA, weightB the two weights of the "two chosen weights" slice
 */
public record NetScene(
    ToyDatasets.Kind dataset,
    int points,
    double noise,
    long dataSeed,
    ImportedData imported,
    double validation,
    List<Integer> hidden,
    Activation activation,
    Initialization initialization,
    List<OptimizerKind> optimizers,
    OptimizerSettings settings,
    double lambda,
    int batch,
    long seed,
    int steps,
    SliceMode slice,
    int weightA,
    int weightB,
    Set<NetPanel> panels) implements WorkspaceScene {

  public static final int MAX_POINTS = 2000;
  public static final int MAX_STEPS = 100_000;
  public static final long DEFAULT_DATA_SEED = 7;
  /** At most this fraction of the examples is held out (some must train). */
  public static final double MAX_VALIDATION = 0.9;

  /** The panels of the net workspace. */
  public enum NetPanel {
    CONTROLS, DECISION, SLICE, CURVES, GRADIENTS
  }

  public NetScene {
    hidden = List.copyOf(hidden);
    optimizers = List.copyOf(optimizers);
    panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
    new NetLayout(hidden, activation); // checks widths and depth
    check(points >= 4 && points <= MAX_POINTS, "points must be between 4 and " + MAX_POINTS + ", was " + points);
    check(noise >= 0 && noise <= 2, "noise must be between 0 and 2, was " + noise);
    check(lambda >= 0 && Double.isFinite(lambda), "λ must be finite and ≥ 0, was " + lambda);
    check(batch >= 1, "batch must be ≥ 1, was " + batch);
    check(steps >= 0 && steps <= MAX_STEPS, "steps must be between 0 and " + MAX_STEPS + ", was " + steps);
    check(!optimizers.isEmpty(), "at least one optimizer must train the net");
    check(new java.util.HashSet<>(optimizers).size() == optimizers.size(), "an optimizer races only once");
    for (OptimizerKind k : optimizers) {
      check(!k.needsHessian(), k.label() + " needs the Hessian, which nets do not provide");
      settings.config(k);
    }
    if (imported != null) {
      Dataset d = imported.dataset();
      check(d.featureCount() == NetLayout.INPUTS, imported.source() + ": a net takes two features, not "
          + d.featureCount());
      check(d.size() >= 4 && d.size() <= MAX_POINTS, imported.source() + ": between 4 and " + MAX_POINTS
          + " examples, not " + d.size());
      for (int i = 0; i < d.size(); i++) {
        check(d.target(i) == 0 || d.target(i) == 1, imported.source() + ": labels are 0 or 1");
      }
    }
    check(validation >= 0 && validation <= MAX_VALIDATION, "validation is the fraction held out, from 0 to "
        + MAX_VALIDATION + ", was " + validation);
    int n = imported == null ? points : imported.dataset().size();
    int held = heldOut(n, validation);
    check(validation == 0 || (held >= 1 && n - held >= 2), "validation " + validation + " of " + n
        + " examples leaves " + held + " held out and " + (n - held) + " to train; both sides need examples");
    int weights = new NetLayout(hidden, activation).parameterCount();
    check(weightA >= 0 && weightA < weights && weightB >= 0 && weightB < weights && weightA != weightB,
        "the chosen weights must be two different weights between 0 and " + (weights - 1));
  }

  /**
   * The scene of one optimizer on a toy dataset with no validation split (the form before races,
   * validation and imported data).
   */
  public NetScene(ToyDatasets.Kind dataset, int points, double noise, long dataSeed, List<Integer> hidden,
      Activation activation, Initialization initialization, OptimizerKind optimizer,
      OptimizerSettings settings, double lambda, int batch, long seed, int steps, SliceMode slice,
      int weightA, int weightB, Set<NetPanel> panels) {
    this(dataset, points, noise, dataSeed, null, 0, hidden, activation, initialization, List.of(optimizer),
        settings, lambda, batch, seed, steps, slice, weightA, weightB, panels);
  }

  /** How many of n examples a validation fraction v holds out: round(n·v). */
  public static int heldOut(int n, double v) {
    return (int) Math.round(n * v);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The workspace's first picture: a 2-12-12-1 tanh net on the spirals, Adam at η = 0.02. */
  public static NetScene initial() {
    return new NetScene(ToyDatasets.Kind.SPIRALS, 200, 0.05, DEFAULT_DATA_SEED, null, 0, List.of(12, 12),
        Activation.TANH, Initialization.XAVIER, List.of(Adam.KIND), OptimizerCatalog.standard().defaults(0.02),
        0, 200, 1, 0, SliceMode.TRAJECTORY, 0, 1, EnumSet.allOf(NetPanel.class));
  }

  @Override
  public Workspace workspace() {
    return Workspace.NETS;
  }

  /** The leading optimizer: the first of the race. */
  public OptimizerKind optimizer() {
    return optimizers.get(0);
  }

  /** The leading optimizer with its own values. */
  public OptimizerConfig config() {
    return settings.config(optimizer());
  }

  /** {@code kind} with its own values. */
  public OptimizerConfig config(OptimizerKind kind) {
    return settings.config(kind);
  }

  public NetLayout layout() {
    return new NetLayout(hidden, activation);
  }

  /** All the examples, before any is held out. */
  public int exampleCount() {
    return imported == null ? points : imported.dataset().size();
  }

  /** How many examples train. */
  public int trainingCount() {
    return exampleCount() - heldOut(exampleCount(), validation);
  }

  /** The batch size actually used: at most the number of training examples. */
  public int effectiveBatch() {
    return Math.min(batch, trainingCount());
  }

  /** What the data are called: the toy dataset's label or the file's name. */
  public String dataName() {
    return imported == null ? dataset.label() : imported.describe();
  }

  public NetScene withSteps(int n) {
    return new NetScene(dataset, points, noise, dataSeed, imported, validation, hidden, activation,
        initialization, optimizers, settings, lambda, batch, seed, n, slice, weightA, weightB, panels);
  }

  /** The same scene with another race. */
  public NetScene withOptimizers(List<OptimizerKind> racing) {
    return new NetScene(dataset, points, noise, dataSeed, imported, validation, hidden, activation,
        initialization, racing, settings, lambda, batch, seed, steps, slice, weightA, weightB, panels);
  }
}
