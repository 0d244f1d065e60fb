package org.gradientlab.plot;

/**
 * An objective that can evaluate a whole row of a picture's grid faster than pixel by pixel,
 * by sharing work between pixels (e.g. what depends on x only is computed once per column).
 * Row values must equal {@code value} at each pixel up to rounding.
 */
public interface GridEvaluable {

  /** Evaluates rows on the columns {@code xs}; the evaluator's rows may run on several threads at once. */
  RowEvaluator onColumns(double[] xs);

  /** Values of one row of the grid. */
  interface RowEvaluator {
    /** f(xs[i], y) into out[i] for every column i. */
    void row(double y, double[] out);
  }
}
