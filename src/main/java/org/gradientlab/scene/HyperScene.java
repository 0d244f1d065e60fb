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
    Set<HyperPanel> panels) implements WorkspaceScene {

  public static final int MAX_ITERATIONS = 500;
  public static final int MAX_UNROLLED_STEPS = 10_000;
  public static final java.util.List<String> PROBLEMS = java.util.List.of("sine", "diabetes", "breast-cancer");

  /** The panels of the hypergradient workspace. */
  public enum HyperPanel {
    CONTROLS, CURVE, FIT, PHASES, MAP
  }

  public HyperScene {
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

  @Override
  public Workspace workspace() {
    return Workspace.HYPER;
  }
}
