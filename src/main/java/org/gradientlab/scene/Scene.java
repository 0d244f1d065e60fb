package org.gradientlab.scene;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * Everything that decides what the lab computes and shows, as one value: the landscape and its
 * parameters, the racing optimizers and hyperparameters, start, steps, seed, view and panels. A
 * lesson step, "save the current setup", the command line and an export's metadata are all this.
 *
 * @param start where every optimizer starts; null for the landscape's default
 * @param view the visible part of the plane; null for the landscape's own domain
 */
public record Scene(
    LandscapeSpec landscape,
    List<OptimizerKind> optimizers,
    Hyperparameters hyperparameters,
    Point start,
    int steps,
    long seed,
    Domain view,
    Set<Panel> panels) {

  public static final int MAX_STEPS = 100_000;

  public Scene {
    optimizers = List.copyOf(optimizers);
    panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
    if (steps < 0 || steps > MAX_STEPS) {
      throw new IllegalArgumentException("steps must be between 0 and " + MAX_STEPS + ", was " + steps);
    }
  }

  /** GD alone on f(x) = x² from x = 1 with η = 0.1: the app's first picture. */
  public static Scene initial() {
    return new Scene(
        LandscapeSpec.of("parabola"),
        List.of(OptimizerKind.GD),
        Hyperparameters.DEFAULT,
        null,
        100,
        org.gradientlab.run.RunSettings.DEFAULT_SEED,
        null,
        EnumSet.of(Panel.CONTROLS, Panel.CHART, Panel.STATUS));
  }

  public Scene withHyperparameters(Hyperparameters h) {
    return new Scene(landscape, optimizers, h, start, steps, seed, view, panels);
  }

  public Scene withStart(Point p) {
    return new Scene(landscape, optimizers, hyperparameters, p, steps, seed, view, panels);
  }

  public Scene withOptimizers(List<OptimizerKind> kinds) {
    return new Scene(landscape, kinds, hyperparameters, start, steps, seed, view, panels);
  }

  public Scene withSteps(int n) {
    return new Scene(landscape, optimizers, hyperparameters, start, n, seed, view, panels);
  }

  public Scene withLandscape(LandscapeSpec spec) {
    return new Scene(spec, optimizers, hyperparameters, start, steps, seed, view, panels);
  }

  public Scene withView(Domain d) {
    return new Scene(landscape, optimizers, hyperparameters, start, steps, seed, d, panels);
  }
}
