package org.gradientlab.maps;

import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.Outcome;

/**
 * How one optimizer's runs ended over a plane of (η, one hyperparameter), measured by running
 * them: one {@link Outcome} per cell. Row 0 is the lowest value of y.
 *
 * @param kind the optimizer
 * @param eta the η axis
 * @param y the other axis; null for a strip over η alone (one row)
 * @param varies whether {@code kind} takes y's hyperparameter: when it does not, every row is the
 *     same runs (computed once)
 * @param outcomes per cell, {@code outcomes[j * eta.cells() + i]}
 * @param steps the budget N of every run
 */
public record OutcomeMap(OptimizerKind kind, Axis eta, Axis y, boolean varies, Outcome[] outcomes,
    int steps) {

  /** Rows: y's cells, or 1 for a strip. */
  public int rows() {
    return y == null ? 1 : y.cells();
  }

  public Outcome outcome(int i, int j) {
    return outcomes[j * eta.cells() + i];
  }

  /** The picture: one opaque ARGB pixel per cell, row 0 at the top (the highest y). */
  public int[] argb() {
    int w = eta.cells();
    int h = rows();
    int[] out = new int[w * h];
    for (int j = 0; j < h; j++) {
      for (int i = 0; i < w; i++) {
        out[(h - 1 - j) * w + i] = MapPalette.outcome(outcomes[j * w + i], steps);
      }
    }
    return out;
  }
}
