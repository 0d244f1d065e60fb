package org.gradientlab.run;

/**
 * When a run counts as converged, and when as diverged.
 *
 * @param gradient converged once ‖∇f(θₖ)‖ ≤ this for every later k
 * @param step ... and the last step ‖θ_N − θ_{N−1}‖ ≤ this (it has stopped moving)
 * @param divergenceRadius diverged once ‖θₖ‖ exceeds this many domain radii
 * @param valueBound diverged once |f(θₖ)| exceeds this
 */
public record Tolerances(double gradient, double step, double divergenceRadius, double valueBound) {

  public static final Tolerances DEFAULT = new Tolerances(1e-6, 1e-6, 1e6, 1e150);

  public Tolerances {
    if (!(gradient > 0 && step > 0 && divergenceRadius > 0 && valueBound > 0)) {
      throw new IllegalArgumentException("tolerances must be > 0");
    }
  }
}
