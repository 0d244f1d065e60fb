package org.gradientlab.scene;

import java.util.EnumSet;
import java.util.Set;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;

/**
 * What the hypergradient workspace computes and shows: the bilevel problem, the outer objective and
 * method with its tolerance schedule, how far the outer loop has run when the picture is shown
 * (whole iterations, then phases of the next one), the unrolled training behind the C_T(λ, η) map
 * and the joint descent's start, and the panels.
 *
 * @param problem the problem's id: sine, diabetes or breast-cancer
 * @param epsilon0 HOAG's first tolerance ε₀; NaN for the method's default
 * @param iterations whole outer iterations to run when the scene is applied
 * @param phase phases of the following iteration to run after them (0 … 3)
 * @param unrolledSteps T, the training steps the map differentiates through
 * @param jointLogLambda0 where the joint (λ, η) descent starts in log λ; NaN for the problem's λ₀
 * @param jointEtaFraction0 where it starts in η, as a fraction of the map's η range
 * @param panels the panels of the outer loop's tab shown
 * @param tab the tab the workspace shows
 * @param horizon what the "η through training" tab differentiates
 * @param bayes what Bayesian optimisation minimises and how far it has run
 * @param many the budget and seed of the many-λ comparison
 */
public record HyperScene(
    String problem,
    OuterObjective objective,
    OuterLoop.Mode method,
    ToleranceSchedule schedule,
    double epsilon0,
    int iterations,
    int phase,
    UnrolledMethod unrolledMethod,
    int unrolledSteps,
    double jointLogLambda0,
    double jointEtaFraction0,
    Set<HyperPanel> panels,
    Tab tab,
    Horizon horizon,
    Bayes bayes,
    Many many) implements WorkspaceScene {

  public static final int MAX_ITERATIONS = 500;
  public static final int MAX_UNROLLED_STEPS = 10_000;
  public static final java.util.List<String> PROBLEMS = java.util.List.of("sine", "diabetes", "breast-cancer");

  /** The panels of the hypergradient workspace. */
  public enum HyperPanel {
    CONTROLS, CURVE, FIT, PHASES, MAP
  }

  /** The workspace's tabs: the outer loop (HOAG), η through training, Bayesian optimisation, many λ. */
  public enum Tab {
    HOAG, UNROLLED, BAYES, MANY
  }

  /** What Bayesian optimisation minimises: C(λ) over log λ, or C_T(λ, η) of unrolled GD over (log λ, η). */
  public enum BayesTarget {
    VALIDATION, UNROLLED
  }

  public static final int MAX_CHECKPOINT = 1000;
  public static final int MAX_SEED = 50;
  /** Evaluations a scene may pre-run for BO (every one a training run, the GP fit grows with them). */
  public static final int MAX_BAYES_EVALUATIONS = 100;
  public static final int MIN_BUDGET = 2;
  public static final int MAX_BUDGET = 80;
  /** η shares of the edge the unrolled tab accepts (past 1 training diverges; the slider ends at 1.2). */
  public static final double MAX_ETA_FRACTION = 1.2;

  /**
   * The "η through training" tab: T steps of GD or momentum at (log λ, η), η as a share of the
   * training loop's edge 2/(L + λ), and k of checkpointed reverse mode.
   *
   * @param logLambda NaN for the problem's λ₀
   * @param checkpointEvery 0 for about √T
   */
  public record Horizon(UnrolledMethod method, int steps, double logLambda, double etaFraction,
      int checkpointEvery) {
    public Horizon {
      if (steps < 1 || steps > MAX_UNROLLED_STEPS) {
        throw new IllegalArgumentException("horizon-steps must be between 1 and " + MAX_UNROLLED_STEPS
            + ", was " + steps);
      }
      if (!(Double.isNaN(logLambda) || Double.isFinite(logLambda))) {
        throw new IllegalArgumentException("the horizon's log λ must be finite, was " + logLambda);
      }
      if (!(etaFraction > 0 && etaFraction <= MAX_ETA_FRACTION)) {
        throw new IllegalArgumentException("the horizon's η share of the edge must be in (0, "
            + MAX_ETA_FRACTION + "], was " + etaFraction);
      }
      if (checkpointEvery < 0 || checkpointEvery > MAX_CHECKPOINT) {
        throw new IllegalArgumentException("checkpoint-every must be between 0 and " + MAX_CHECKPOINT
            + ", was " + checkpointEvery);
      }
    }

    public static final Horizon DEFAULT = new Horizon(UnrolledMethod.GD, 100, Double.NaN, 0.5, 0);
  }

  /**
   * Bayesian optimisation as a lesson shows it: its target and seed, the evaluations run before
   * the picture is shown, then phases of the next iteration (0 … 2).
   */
  public record Bayes(BayesTarget target, int seed, int evaluations, int phase) {
    public Bayes {
      if (seed < 1 || seed > MAX_SEED) {
        throw new IllegalArgumentException("bayes-seed must be between 1 and " + MAX_SEED + ", was " + seed);
      }
      if (evaluations < 0 || evaluations > MAX_BAYES_EVALUATIONS) {
        throw new IllegalArgumentException("bayes-evaluations must be between 0 and " + MAX_BAYES_EVALUATIONS
            + ", was " + evaluations);
      }
      if (phase < 0 || phase > 2) {
        throw new IllegalArgumentException("bayes-phase must be between 0 and 2, was " + phase);
      }
    }

    public static final Bayes DEFAULT = new Bayes(BayesTarget.VALIDATION, 1, 0, 0);
  }

  /** Ridge with one λ per feature: evaluations per method, and the first seed of random search and BO. */
  public record Many(int budget, int seed) {
    public Many {
      if (budget < MIN_BUDGET || budget > MAX_BUDGET) {
        throw new IllegalArgumentException("many-budget must be between " + MIN_BUDGET + " and " + MAX_BUDGET
            + ", was " + budget);
      }
      if (seed < 1 || seed > MAX_SEED) {
        throw new IllegalArgumentException("many-seed must be between 1 and " + MAX_SEED + ", was " + seed);
      }
    }

    public static final Many DEFAULT = new Many(20, 1);
  }

  /** A scene of the outer loop's tab, the other tabs at their defaults. */
  public HyperScene(String problem, OuterObjective objective, OuterLoop.Mode method, ToleranceSchedule schedule,
      double epsilon0, int iterations, int phase, UnrolledMethod unrolledMethod, int unrolledSteps,
      double jointLogLambda0, double jointEtaFraction0, Set<HyperPanel> panels) {
    this(problem, objective, method, schedule, epsilon0, iterations, phase, unrolledMethod, unrolledSteps,
        jointLogLambda0, jointEtaFraction0, panels, Tab.HOAG, Horizon.DEFAULT, Bayes.DEFAULT, Many.DEFAULT);
  }

  public HyperScene {
    java.util.Objects.requireNonNull(tab, "tab");
    java.util.Objects.requireNonNull(horizon, "horizon");
    java.util.Objects.requireNonNull(bayes, "bayes");
    java.util.Objects.requireNonNull(many, "many");
    panels = panels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(panels));
    if (!PROBLEMS.contains(problem)) {
      throw new IllegalArgumentException("unknown problem '" + problem + "'; known: " + String.join(", ", PROBLEMS));
    }
    if (!(Double.isNaN(epsilon0) || epsilon0 > 0 && epsilon0 < 1)) {
      throw new IllegalArgumentException("ε₀ must be in (0, 1), was " + epsilon0);
    }
    if (iterations < 0 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations must be between 0 and " + MAX_ITERATIONS + ", was " + iterations);
    }
    if (phase < 0 || phase >= OuterLoop.Phase.values().length) {
      throw new IllegalArgumentException("phase must be between 0 and " + (OuterLoop.Phase.values().length - 1)
          + " (phases of the next iteration already run), was " + phase);
    }
    if (unrolledSteps < 1 || unrolledSteps > MAX_UNROLLED_STEPS) {
      throw new IllegalArgumentException("T must be between 1 and " + MAX_UNROLLED_STEPS + ", was " + unrolledSteps);
    }
    if (!(jointEtaFraction0 > 0 && jointEtaFraction0 < 1)) {
      throw new IllegalArgumentException("the joint start's η fraction must be in (0, 1), was " + jointEtaFraction0);
    }
  }

  /** The workspace's first picture: HOAG on the noisy sine, nothing run yet. */
  public static HyperScene initial() {
    return new HyperScene("sine", OuterObjective.VALIDATION, OuterLoop.Mode.HOAG,
        ToleranceSchedule.QUADRATIC, Double.NaN, 0, 0, UnrolledMethod.GD, 60, Double.NaN, 0.35,
        EnumSet.allOf(HyperPanel.class));
  }

  /** This scene showing {@code t}. */
  public HyperScene withTab(Tab t) {
    return new HyperScene(problem, objective, method, schedule, epsilon0, iterations, phase, unrolledMethod,
        unrolledSteps, jointLogLambda0, jointEtaFraction0, panels, t, horizon, bayes, many);
  }

  /** This scene with the three further tabs' settings replaced. */
  public HyperScene withTabs(Tab t, Horizon h, Bayes b, Many m) {
    return new HyperScene(problem, objective, method, schedule, epsilon0, iterations, phase, unrolledMethod,
        unrolledSteps, jointLogLambda0, jointEtaFraction0, panels, t, h, b, m);
  }

  @Override
  public Workspace workspace() {
    return Workspace.HYPER;
  }
}
