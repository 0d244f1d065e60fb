package org.gradientlab.scene;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * What the neural-net workspace trains and shows: the data, the net, the optimizer with its own
 * hyperparameters, λ and the batch size, how many updates to train before the picture is shown,
 * the slice of weight space and the panels.
 *
 * @param dataset which toy dataset
 * @param points how many examples (n)
 * @param noise the dataset's noise level
 * @param dataSeed the seed the examples are drawn from
 * @param hidden the widths of the hidden layers
 * @param seed the seed of the initial weights and of the mini-batches
 * @param steps updates to train when the scene is applied (0: untrained)
 * @param weightA, weightB the two weights of the "two chosen weights" slice
 */
public record NetScene(
    ToyDatasets.Kind dataset,
    int points,
    double noise,
    long dataSeed,
    List<Integer> hidden,
    Activation activation,
    Initialization initialization,
    OptimizerKind optimizer,
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

  /** The panels of the net workspace. */
  public enum NetPanel {
    CONTROLS, DECISION, SLICE, CURVES, GRADIENTS
  }

  public NetScene {
    hidden = List.copyOf(hidden);
    panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
    new NetLayout(hidden, activation); // checks widths and depth
    check(points >= 4 && points <= MAX_POINTS, "points must be between 4 and " + MAX_POINTS + ", was " + points);
    check(noise >= 0 && noise <= 2, "noise must be between 0 and 2, was " + noise);
    check(lambda >= 0 && Double.isFinite(lambda), "λ must be finite and ≥ 0, was " + lambda);
    check(batch >= 1, "batch must be ≥ 1, was " + batch);
    check(steps >= 0 && steps <= MAX_STEPS, "steps must be between 0 and " + MAX_STEPS + ", was " + steps);
    check(!optimizer.needsHessian(), optimizer.label() + " needs the Hessian, which nets do not provide");
    int weights = new NetLayout(hidden, activation).parameterCount();
    check(weightA >= 0 && weightA < weights && weightB >= 0 && weightB < weights && weightA != weightB,
        "the chosen weights must be two different weights between 0 and " + (weights - 1));
    settings.config(optimizer);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The workspace's first picture: a 2-12-12-1 tanh net on the spirals, Adam at η = 0.02. */
  public static NetScene initial() {
    return new NetScene(ToyDatasets.Kind.SPIRALS, 200, 0.05, DEFAULT_DATA_SEED, List.of(12, 12),
        Activation.TANH, Initialization.XAVIER, Adam.KIND, OptimizerCatalog.standard().defaults(0.02),
        0, 200, 1, 0, SliceMode.TRAJECTORY, 0, 1, EnumSet.allOf(NetPanel.class));
  }

  @Override
  public Workspace workspace() {
    return Workspace.NETS;
  }

  /** The optimizer with its own values. */
  public OptimizerConfig config() {
    return settings.config(optimizer);
  }

  public NetLayout layout() {
    return new NetLayout(hidden, activation);
  }

  /** The batch size actually used: at most the number of examples. */
  public int effectiveBatch() {
    return Math.min(batch, points);
  }

  public NetScene withSteps(int n) {
    return new NetScene(dataset, points, noise, dataSeed, hidden, activation, initialization,
        optimizer, settings, lambda, batch, seed, n, slice, weightA, weightB, panels);
  }
}
