package org.gradientlab.run;

/**
 * How a run ended, as data: a diverging run is a result to show, never an exception.
 *
 * <ul>
 *   <li>{@link Converged}: ‖∇f‖ fell below tolerance at {@code step} and stayed there;
 *   <li>{@link Oscillating}: the path flips back and forth without settling; {@code growthPerStep}
 *       is the factor by which the step length changes per step (1 = steady, as for η = 1 on x²;
 *       above 1 = growing, on its way to divergence);
 *   <li>{@link Diverged}: an iterate left the bound or became non-finite at {@code step}; the run
 *       stopped there;
 *   <li>{@link Running}: none of these yet: still moving after the last step.
 * </ul>
 */
public sealed interface Outcome {

  record Converged(int step) implements Outcome {}

  record Oscillating(double growthPerStep) implements Outcome {
    /** Amplitude neither shrinks nor grows (within rounding). */
    public boolean isSteady() {
      return Math.abs(growthPerStep - 1) <= OutcomeClassifier.STEADY_GROWTH;
    }

    public boolean isGrowing() {
      return growthPerStep > 1 + OutcomeClassifier.STEADY_GROWTH;
    }
  }

  record Diverged(int step, Reason reason) implements Outcome {}

  record Running() implements Outcome {}

  /** Why a run was declared diverged. */
  enum Reason {
    NON_FINITE("a value became ∞ or NaN"),
    OUT_OF_BOUNDS("the iterate ran far outside the landscape"),
    VALUE_TOO_LARGE("f grew past 1e150");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
