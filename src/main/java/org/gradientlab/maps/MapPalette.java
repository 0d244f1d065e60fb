package org.gradientlab.maps;

import org.gradientlab.plot.ColorMap;
import org.gradientlab.run.Outcome;

/**
 * The colours of the convergence maps, as opaque ARGB, so a test can ask which colour a cell must
 * have. Rates and convergence steps use viridis, bright for fast; the outcomes that do not converge
 * get colours viridis never takes.
 */
public final class MapPalette {

  private MapPalette() {}

  /** Where ρ ≥ 1 (rate maps) or the run diverged (measured maps): red. */
  public static final int DIVERGING = 0xffd62728;
  /** A bounded run that neither settles nor grows: orange. */
  public static final int OSCILLATING = 0xffff7f0e;
  /** The step budget ended first: a dark slate, darker than any viridis entry but its first. */
  public static final int NOT_CONVERGED = 0xff3b3f4c;
  /** f or ∇f undefined at the start: the landscape's "no value" grey. */
  public static final int UNDEFINED = ColorMap.NO_VALUE;

  /** The rate scale spans this many decades of steps per tenfold shrink: 1 … 10⁴. */
  public static final double RATE_DECADES = 4;

  /** Viridis by steps per tenfold shrink, −1/log₁₀ ρ, on a log scale from 1 (bright) to 10⁴. */
  public static int rate(double rho) {
    if (!(rho < 1)) {
      return DIVERGING;
    }
    return ColorMap.viridis(rateShade(rho));
  }

  /** Where ρ sits on the colour bar: 1 for a tenfold shrink per step or better, 0 at 10⁴ steps. */
  public static double rateShade(double rho) {
    double steps = RatePoint.stepsPerDigit(rho);
    return 1 - Math.log10(Math.max(1, steps)) / RATE_DECADES;
  }

  /**
   * The colour of a measured run: viridis by the step it converged at (log scale, bright at step
   * 1, dim at the budget {@code steps}), or the colour of its kind of outcome.
   */
  public static int outcome(Outcome o, int steps) {
    if (o instanceof Outcome.Converged c) {
      return ColorMap.viridis(convergedShade(c.step(), steps));
    }
    if (o instanceof Outcome.Oscillating) {
      return OSCILLATING;
    }
    if (o instanceof Outcome.Diverging) {
      return DIVERGING;
    }
    if (o instanceof Outcome.NotConverged) {
      return NOT_CONVERGED;
    }
    return UNDEFINED;
  }

  /** 1 − 0.85 · log k / log N: converging at the last step is still brighter than not converging. */
  public static double convergedShade(int step, int steps) {
    double n = Math.max(2, steps);
    return 1 - 0.85 * Math.log(Math.max(1, step)) / Math.log(n);
  }
}
