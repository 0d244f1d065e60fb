package org.gradientlab.run;

/**
 * Reads how a finished run ended from its numbers alone (the divergence bound is checked while it
 * runs), so the words a student reads are a function of the run.
 *
 * <p>Growth is judged on the envelope of the step length over the last half of the run, two
 * windows of a quarter of the run each ({@link LateWindows}), never on a few steps: bounded jitter
 * (Adam rattling in a minimum for 20 000 steps) has envelopes that wander by some per cent from
 * window to window but not more, while a run past its stability edge grows geometrically, ×q per
 * step, so its envelope grows by q^W between windows W steps apart. A change counts only beyond
 * {@link #MARGIN}, or beyond {@link #MONOTONE_MARGIN} when the step lengths are monotone over both
 * windows, as for GD on a quadratic (on x² at η = 1.0001, ×1.0002 per step, the envelope grows by
 * 1.5 % between the windows of a 300-step run: diverging).
 *
 * <ul>
 *   <li>stopped at the bound or at a non-finite value: diverging, from the step where the steps
 *       were shortest;
 *   <li>‖∇f‖ below tolerance from some step on (deterministic runs): converged;
 *   <li>step envelope grows beyond the margin and the lowest f of the last window is above the one
 *       before (f got worse, unlike a run speeding up towards a minimum): diverging;
 *   <li>envelope steady, f level, the path going back and forth (deterministic runs): oscillating;
 *   <li>anything else: not converged, with the rate of ‖∇f‖'s envelope where it shrinks steadily.
 * </ul>
 *
 * The envelopes are only read where the windows are long against the oscillation of the sequence
 * (several local maxima in each) or the sequence is monotone; a window shorter than one swing of a
 * slow ringing could show growth that is only its phase.
 */
final class OutcomeClassifier {

  /** The envelope must change by more than this between the two late windows to count. */
  static final double MARGIN = 0.1;
  /**
   * ... or by more than this when the sequence is monotone over both windows: then it is its own
   * envelope, and jitter cannot fake a trend (rounding moves it by ~1e-16 a step, not 1e-3).
   */
  static final double MONOTONE_MARGIN = 1e-3;

  private OutcomeClassifier() {}

  static Outcome classify(
      double[] thetas,
      double[] values,
      double[] gradientNorms,
      int length,
      int dimension,
      Tolerances tolerances,
      boolean stochastic,
      Outcome.Exit exit) {
    int last = length - 1;
    LateWindows w = LateWindows.of(thetas, values, gradientNorms, length, dimension);
    if (exit != null) {
      int from = shortestStep(thetas, dimension, last);
      return new Outcome.Diverging(from, growth(w, thetas, dimension, from, last), exit);
    }
    if (!stochastic) {
      int convergedAt = convergedFrom(gradientNorms, length, tolerances.gradient());
      if (convergedAt >= 0
          && (last == 0 || LateWindows.distance(thetas, dimension, last - 1, last) <= tolerances.step())) {
        return new Outcome.Converged(convergedAt);
      }
    }
    if (w == null || w.pathLength == 0) {
      return new Outcome.NotConverged(last, Double.NaN, -1);
    }
    if (w.stepsReadable()) {
      double r = w.steps.ratio();
      double margin = margin(w.steps);
      if (r > 1 + margin && w.valueRose()) {
        int from = shortestStep(thetas, dimension, last);
        return new Outcome.Diverging(from, growth(w, thetas, dimension, from, last));
      }
      boolean steady = r <= 1 + margin && r >= 1 / (1 + margin);
      if (!stochastic && steady && w.valueLevel() && w.cycling()) {
        return new Outcome.Oscillating(w.centre, w.amplitude, w.steps.perStep());
      }
    }
    return notConverged(w, tolerances, stochastic);
  }

  /**
   * The budget ended first. Where ‖∇f‖'s envelope shrinks steadily (by more than the margin from
   * window to window, by q per step), the steps still needed at that rate: the envelope at the
   * last step, E, reaches the tolerance after log(tol / E) / log q more steps.
   */
  private static Outcome notConverged(LateWindows w, Tolerances tol, boolean stochastic) {
    LateWindows.Envelope g = w.gradients;
    if (stochastic || !g.readable() || !(g.ratio() < 1 / (1 + margin(g)))) {
      return new Outcome.NotConverged(w.lastStep, Double.NaN, -1);
    }
    double q = g.perStep();
    double atEnd = g.maxB() * Math.pow(q, w.lastStep - g.atB());
    long toGo = (long) Math.max(0, Math.ceil(Math.log(tol.gradient() / atEnd) / Math.log(q)));
    return new Outcome.NotConverged(w.lastStep, q, toGo);
  }

  private static double margin(LateWindows.Envelope e) {
    return e.monotone() ? MONOTONE_MARGIN : MARGIN;
  }

  /** The first k with ‖∇f(θⱼ)‖ ≤ tol for every j ≥ k, or −1. */
  private static int convergedFrom(double[] gradientNorms, int length, double tol) {
    int k = length;
    while (k > 0 && gradientNorms[k - 1] <= tol) {
      k--;
    }
    return k == length ? -1 : k;
  }

  /** The step k ∈ 1 … last with the shortest ‖θₖ − θₖ₋₁‖ (the first such): growth starts there. */
  private static int shortestStep(double[] t, int n, int last) {
    int best = 1;
    double shortest = Double.POSITIVE_INFINITY;
    for (int k = 1; k <= last; k++) {
      double s = LateWindows.distance(t, n, k - 1, k);
      if (s < shortest) {
        shortest = s;
        best = k;
      }
    }
    return best;
  }

  /**
   * The growth per step of the step length at the end of the run: read off the late windows'
   * envelopes where they can be read and both lie after {@code from} (the start-up of momentum
   * makes the first steps short, so a mean from there would overstate it), else the mean since
   * {@code from}.
   */
  private static double growth(LateWindows w, double[] t, int n, int from, int last) {
    if (w != null && w.stepsReadable() && w.steps.atA() >= from && w.steps.atB() > w.steps.atA()) {
      return w.steps.perStep();
    }
    return growthSince(t, n, from, last);
  }

  /**
   * Mean growth per step of the step length from step {@code from} to the longest step of the
   * last quarter: (s_max / s_from)^(1/(k_max − from)). NaN when there is no later step.
   */
  private static double growthSince(double[] t, int n, int from, int last) {
    int start = Math.max(from + 1, last - last / 4);
    int at = -1;
    double longest = 0;
    for (int k = start; k <= last; k++) {
      double s = LateWindows.distance(t, n, k - 1, k);
      if (at < 0 || s > longest) {
        longest = s;
        at = k;
      }
    }
    double first = from >= 1 && from <= last ? LateWindows.distance(t, n, from - 1, from) : 0;
    if (at < 0 || !(first > 0)) {
      return Double.NaN;
    }
    return Math.pow(longest / first, 1.0 / (at - from));
  }
}
