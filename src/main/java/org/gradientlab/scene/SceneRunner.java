package org.gradientlab.scene;

import java.util.List;
import java.util.Optional;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Tolerances;
import org.gradientlab.run.Trajectory;
import org.gradientlab.stability.Stability;
import org.gradientlab.stability.StabilityEdges;

/**
 * Runs a {@link Scene}: builds its objective (keeping the last one, so that dragging η reuses the
 * same objective instance and its cached minima), runs the race, finds the stability edges. Used
 * by the lab's worker thread, the command line and the lesson checks alike. Not thread-safe: one
 * per thread.
 */
public final class SceneRunner {

  private final LandscapeCatalog catalog;
  private LandscapeSpec cachedSpec;
  private org.gradientlab.data.ImportedData cachedData;
  /** The landscape without λ's term: rebuilt only when the landscape or its data change. */
  private Objective cachedBase;
  private double cachedLambda = Double.NaN;
  private Objective cachedObjective;

  public SceneRunner(LandscapeCatalog catalog) {
    this.catalog = catalog;
  }

  /** The objective of {@code scene}: its landscape plus (λ/2)‖θ‖². */
  public Objective objective(Scene scene) {
    double lambda = scene.lambda();
    if (!scene.landscape().equals(cachedSpec) || scene.data() != cachedData) {
      // One's own data replace the landscape's preset dataset. A λ drag keeps the base: a data
      // fit (its sums, logistic regression's separability test and Newton solve) is not redone.
      cachedBase = scene.data() != null
          ? catalog.fit(scene.landscape(), scene.data().dataset())
          : catalog.build(scene.landscape());
      cachedSpec = scene.landscape();
      cachedData = scene.data();
      cachedObjective = null;
    }
    if (cachedObjective == null || lambda != cachedLambda) {
      cachedObjective = RegularizedObjective.of(cachedBase, lambda);
      cachedLambda = lambda;
    }
    return cachedObjective;
  }

  /** The start point: the scene's own or the landscape's default. */
  public Point start(Scene scene) {
    return scene.start() != null
        ? scene.start()
        : Point.of(catalog.entry(scene.landscape().id()).defaultStart());
  }

  public SceneResult run(Scene scene) {
    long t0 = System.nanoTime();
    Objective f = objective(scene);
    double[] start = start(scene).toArray(f.dimension());
    RunSettings settings = new RunSettings(start, scene.steps(), scene.seed(), Tolerances.DEFAULT);
    List<Trajectory> trajectories = Runner.race(f, scene.racingConfigs(), settings, scene.schedule());
    Optional<StabilityEdges> edges = Stability.atMinimumNearest(f, start);
    boolean atMinimum = edges.isPresent();
    if (edges.isEmpty()) {
      edges = Optional.of(Stability.at(f, start));
    }
    return new SceneResult(scene, f, settings, trajectories, edges.get(), atMinimum,
        System.nanoTime() - t0);
  }
}
