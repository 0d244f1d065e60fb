package org.gradientlab.run;

import java.util.Optional;
import org.gradientlab.math.Point;

/**
 * How a finished run ended, as data: a diverging run is a result to show, never an exception.
 * Steps are numbered as the iterates: step k produces θₖ from θₖ₋₁.
 *
 * <ul>
 *   <li>{@link Converged}: ‖∇f‖ fell below tolerance at {@code step} and stayed there;
 *   <li>{@link Oscillating}: bounded back-and-forth that neither settles nor grows (η = 1 on x²:
 *       between −1 and 1 for ever);
 *   <li>{@link Diverging}: the steps grow about ×{@code growthPerStep} per step from {@code
 *       fromStep} on; when the iterate left the bound or a value became non-finite the run was
 *       stopped, and {@code exit} says when and why;
 *   <li>{@link NotConverged}: the step budget ended first, with the rate at which ‖∇f‖ still
 *       shrinks where it can be read off.
 *   <li>{@link Undefined}: f or ∇f is not a number at the start point, so no step was taken.
 * </ul>
 *
 * "Running" is not an outcome: a run in this engine is always finished; a view that plays the
 * iterates back one at a time says "running" while it does.
 */
public sealed interface Outcome {

  record Converged(int step) implements Outcome {}

  /**
   * @param centre the middle of the box the iterates occupy at the end (x only for 1-D)
   * @param amplitude the largest distance of a late iterate from the centre
   * @param growthPerStep how the size of the steps changed per step over the last half of the run
   *     (1 = steady; within {@link OutcomeClassifier#MARGIN} of 1 by definition)
   */
  record Oscillating(Point centre, double amplitude, double growthPerStep) implements Outcome {}

  /**
   * @param fromStep the step at which the steps were shortest: they grow from there on
   * @param growthPerStep mean growth of the step length per step since {@code fromStep}; NaN when
   *     too few steps were recorded to say
   * @param exit when and why the run was stopped, if it was; empty while still inside the bound
   */
  record Diverging(int fromStep, double growthPerStep, Optional<Exit> exit) implements Outcome {

    public Diverging(int fromStep, double growthPerStep, Exit exit) {
      this(fromStep, growthPerStep, Optional.of(exit));
    }

    public Diverging(int fromStep, double growthPerStep) {
      this(fromStep, growthPerStep, Optional.empty());
    }

    /** The step at which the run was stopped as diverged, if it was. */
    public Optional<Integer> stoppedAt() {
      return exit.map(Exit::step);
    }
  }

  /**
   * @param steps the budget that ended
   * @param ratePerStep the factor by which ‖∇f‖'s envelope shrank per step over the last half of the
   *     run; NaN when it did not shrink steadily
   * @param stepsToGo steps still needed at that rate until ‖∇f‖ reaches the tolerance; −1 when
   *     unknown
   */
  record NotConverged(int steps, double ratePerStep, long stepsToGo) implements Outcome {

    public boolean hasEstimate() {
      return stepsToGo >= 0;
    }
  }

  /**
   * The run could not start.
   *
   * @param quantity "f" when f(θ₀) is not finite, "∇f" when only the gradient is not
   * @param why which operation failed, e.g. "log of a negative number", "f overflows to ∞"
   */
  record Undefined(String quantity, String why) implements Outcome {}

  /** The run was stopped at {@code step} for {@code reason}. */
  record Exit(int step, Reason reason) {}

  /** Why a run was stopped as diverged. */
  enum Reason {
    NON_FINITE("a value became ∞ or NaN"),
    OUT_OF_BOUNDS("far outside the landscape"),
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
