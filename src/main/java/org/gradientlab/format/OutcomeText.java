package org.gradientlab.format;

import org.gradientlab.run.Outcome;
import org.gradientlab.run.Trajectory;

/** The words a student reads for how a run ended. Plain Java, so tests read the same sentences. */
public final class OutcomeText {

  private OutcomeText() {}

  /** A short verdict: "converged in 12 steps", "oscillating", "diverged at step 21", "running". */
  public static String verdict(Outcome outcome) {
    if (outcome instanceof Outcome.Converged c) {
      return "converged in " + c.step() + (c.step() == 1 ? " step" : " steps");
    }
    if (outcome instanceof Outcome.Oscillating o) {
      return o.isGrowing()
          ? "diverging: oscillation grows ×" + Numbers.compact(o.growthPerStep()) + " per step"
          : "oscillating";
    }
    if (outcome instanceof Outcome.Diverged d) {
      return "diverged at step " + d.step();
    }
    return "running";
  }

  /** The verdict with the final value, e.g. "converged in 1 step · f = 0". */
  public static String summary(Trajectory t) {
    String base = verdict(t.outcome());
    if (t.outcome() instanceof Outcome.Diverged d) {
      return base + " · " + d.reason().description();
    }
    if (t.outcome() instanceof Outcome.Oscillating && t.dimension() == 1 && t.length() >= 2) {
      return base + " between " + Numbers.compact(t.theta(t.lastStep() - 1, 0)) + " and "
          + Numbers.compact(t.theta(t.lastStep(), 0));
    }
    return base + " · f = " + Numbers.compact(t.finalValue());
  }

  /** The broad category, for styling: "converged", "oscillating", "diverged" or "running". */
  public static String category(Outcome outcome) {
    if (outcome instanceof Outcome.Converged) {
      return "converged";
    }
    if (outcome instanceof Outcome.Oscillating o) {
      return o.isGrowing() ? "diverged" : "oscillating";
    }
    if (outcome instanceof Outcome.Diverged) {
      return "diverged";
    }
    return "running";
  }
}
