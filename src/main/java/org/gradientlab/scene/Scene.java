package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradientlab.data.ImportedData;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;

/**
 * Everything that decides what the lab computes and shows, as one value: the landscape and its
 * parameters, the L2 weight λ, the racing optimizers and every optimizer's own hyperparameters,
 * start, steps, seed, view and panels. A lesson step, "save the current setup", the command line
 * and an export's metadata are all this.
 *
 * @param optimizers the racing optimizers, in race order
 * @param settings each optimizer's hyperparameters, racing or not (switching one on brings its own)
 * @param lambda L2 weight λ ≥ 0 added to the landscape as (λ/2)‖θ‖²
 * @param schedule how every optimizer's own η changes with the step
 * @param start where every optimizer starts; null for the landscape's default
 * @param view the visible part of the plane; null for the landscape's own domain
 * @param data a student's own data for a landscape that is a loss on data (the catalog's
 *     {@code OwnData}: (x, y) points for the line fit, (x₁, x₂, label) for logistic regression)
 *     instead of its preset dataset ({@code data: points.csv}); null for the preset
 */
public record Scene(
    LandscapeSpec landscape,
    List<OptimizerKind> optimizers,
    OptimizerSettings settings,
    double lambda,
    LearningRateSchedule schedule,
    Point start,
    int steps,
    long seed,
    Domain view,
    Set<Panel> panels,
    ImportedData data) implements WorkspaceScene {

  public static final int MAX_STEPS = 100_000;

  /** A scene on the landscape's own (preset) data. */
  public Scene(LandscapeSpec landscape, List<OptimizerKind> optimizers, OptimizerSettings settings,
      double lambda, LearningRateSchedule schedule, Point start, int steps, long seed, Domain view,
      Set<Panel> panels) {
    this(landscape, optimizers, settings, lambda, schedule, start, steps, seed, view, panels, null);
  }

  /** A scene whose η stays constant. */
  public Scene(LandscapeSpec landscape, List<OptimizerKind> optimizers, OptimizerSettings settings,
      double lambda, Point start, int steps, long seed, Domain view, Set<Panel> panels) {
    this(landscape, optimizers, settings, lambda, LearningRateSchedule.CONSTANT, start, steps, seed, view,
        panels);
  }

  @Override
  public Workspace workspace() {
    return Workspace.LAB;
  }

  public Scene {
    optimizers = List.copyOf(optimizers);
    panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
    if (steps < 0 || steps > MAX_STEPS) {
      throw new IllegalArgumentException("steps must be between 0 and " + MAX_STEPS + ", was " + steps);
    }
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("λ must be finite and ≥ 0, was " + lambda);
    }
    for (OptimizerKind k : optimizers) {
      settings.config(k);
    }
  }

  /** GD alone on f(x) = x² from x = 1 with η = 0.1: the app's first picture. */
  public static Scene initial() {
    return new Scene(
        LandscapeSpec.of("parabola"),
        List.of(GradientDescent.KIND),
        OptimizerCatalog.standard().defaults(Hyperparameter.LEARNING_RATE.defaultValue()),
        0,
        null,
        100,
        org.gradientlab.run.RunSettings.DEFAULT_SEED,
        null,
        EnumSet.of(Panel.CONTROLS, Panel.CHART, Panel.STATUS));
  }

  /** The configuration of each racing optimizer, in race order. */
  public List<OptimizerConfig> racingConfigs() {
    List<OptimizerConfig> configs = new ArrayList<>();
    for (OptimizerKind k : optimizers) {
      configs.add(settings.config(k));
    }
    return configs;
  }

  public Scene withSettings(OptimizerSettings s) {
    return new Scene(landscape, optimizers, s, lambda, schedule, start, steps, seed, view, panels, data);
  }

  /** η set for every optimizer (the linked η slider). */
  public Scene withEta(double eta) {
    return withSettings(settings.withEverywhere(Hyperparameter.LEARNING_RATE.key(), eta));
  }

  public Scene withSchedule(LearningRateSchedule s) {
    return new Scene(landscape, optimizers, settings, lambda, s, start, steps, seed, view, panels, data);
  }

  public Scene withLambda(double l) {
    return new Scene(landscape, optimizers, settings, l, schedule, start, steps, seed, view, panels, data);
  }

  public Scene withStart(Point p) {
    return new Scene(landscape, optimizers, settings, lambda, schedule, p, steps, seed, view, panels, data);
  }

  public Scene withOptimizers(List<OptimizerKind> kinds) {
    return new Scene(landscape, kinds, settings, lambda, schedule, start, steps, seed, view, panels, data);
  }

  public Scene withSteps(int n) {
    return new Scene(landscape, optimizers, settings, lambda, schedule, start, n, seed, view, panels, data);
  }

  public Scene withLandscape(LandscapeSpec spec) {
    return new Scene(spec, optimizers, settings, lambda, schedule, start, steps, seed, view, panels,
        spec.id().equals(landscape.id()) ? data : null); // one's own data belong to their landscape
  }

  /** The landscape fitted to {@code d} (null: back to its preset dataset). */
  public Scene withData(ImportedData d) {
    return new Scene(landscape, optimizers, settings, lambda, schedule, start, steps, seed, view, panels, d);
  }

  public Scene withView(Domain d) {
    return new Scene(landscape, optimizers, settings, lambda, schedule, start, steps, seed, d, panels, data);
  }
}
