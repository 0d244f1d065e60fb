package org.gradientlab.run;

import org.gradientlab.format.Numbers;
import org.gradientlab.objective.Domain;

/**
 * The words a student reads for how a run ended: the one source for the app's status list, the
 * slides' legend, the command line and the exported files. Plain Java, so tests read the same
 * sentences.
 */
public final class OutcomeText {

  private OutcomeText() {}

  /**
   * A short verdict: "converged in 12 steps", "oscillating (bounded)", "diverging ×1.1 per step",
   * "not converged after 100 steps".
   */
  public static String verdict(Outcome outcome) {
    if (outcome instanceof Outcome.Converged c) {
      return "converged in " + steps(c.step());
    }
    if (outcome instanceof Outcome.Oscillating) {
      return "oscillating (bounded)";
    }
    if (outcome instanceof Outcome.Diverging d) {
      return Double.isNaN(d.growthPerStep()) || d.growthPerStep() <= 1
          ? "diverged at step " + d.stoppedAt().orElse(d.fromStep())
          : "diverging " + factor(d.growthPerStep()) + " per step";
    }
    if (outcome instanceof Outcome.NotConverged n) {
      return "not converged after " + steps(n.steps());
    }
    if (outcome instanceof Outcome.Undefined u) {
      return u.quantity() + " is undefined at the start: " + u.why();
    }
    throw unknown(outcome);
  }

  /** The whole sentence without facts about a view, e.g. for a run nobody looks at. */
  public static String summary(Trajectory t) {
    return summary(t, null);
  }

  /**
   * The whole sentence, e.g. "converged in 1 step · f = 0", "diverging ×1.1 per step from step 1 ·
   * left the view at step 5 · stopped at step 150: far outside the landscape". {@code view} (may be
   * null) is the box the student sees, for "left the view".
   */
  public static String summary(Trajectory t, Domain view) {
    Outcome o = t.outcome();
    if (o instanceof Outcome.Undefined) {
      return verdict(o);
    }
    if (o instanceof Outcome.Converged) {
      return verdict(o) + " · f = " + Numbers.compact(t.finalValue());
    }
    if (o instanceof Outcome.Oscillating s) {
      String where = t.dimension() == 1
          ? "between " + Numbers.compact(s.centre().x() - s.amplitude()) + " and "
              + Numbers.compact(s.centre().x() + s.amplitude())
          : "around (" + near(s.centre().x(), s.amplitude()) + ", " + near(s.centre().y(), s.amplitude())
              + ")";
      return "oscillating (bounded): amplitude " + Numbers.compact(s.amplitude()) + " " + where
          + " · f = " + Numbers.compact(t.finalValue());
    }
    if (o instanceof Outcome.Diverging d) {
      return diverging(t, d, view);
    }
    if (!(o instanceof Outcome.NotConverged n)) {
      throw unknown(o);
    }
    StringBuilder b = new StringBuilder(verdict(o));
    b.append(" · f = ").append(Numbers.compact(t.finalValue()));
    b.append(", ‖∇f‖ = ").append(Numbers.compact(t.gradientNorm(t.lastStep())));
    if (n.hasEstimate()) {
      b.append(" · ≈ ").append(twoDigits(n.stepsToGo())).append(" more steps at this rate");
    }
    return b.toString();
  }

  /**
   * While a view plays the run back and shows step {@code frame} of it: "running · step 37 of 300 ·
   * f = 0.4", or "paused at step 37 of 300 · f = 0.4" when the playback stands still.
   */
  public static String playback(Trajectory t, int frame, boolean playing) {
    int k = Math.max(0, Math.min(frame, t.lastStep()));
    return (playing ? "running · step " : "paused at step ") + k + " of " + t.lastStep() + " · f = "
        + Numbers.compact(t.value(k));
  }

  /** The broad category, for styling: "converged", "oscillating", "diverged" or "not-converged". */
  public static String category(Outcome outcome) {
    if (outcome instanceof Outcome.Converged) {
      return "converged";
    }
    if (outcome instanceof Outcome.Oscillating) {
      return "oscillating";
    }
    if (outcome instanceof Outcome.Diverging || outcome instanceof Outcome.Undefined) {
      return "diverged";
    }
    if (outcome instanceof Outcome.NotConverged) {
      return "not-converged";
    }
    throw unknown(outcome);
  }

  /** A new kind of outcome needs its words here: fail loudly rather than say something wrong. */
  private static IllegalArgumentException unknown(Outcome o) {
    return new IllegalArgumentException("no words for the outcome " + o);
  }

  /** The first step k ≥ 1 with θₖ outside {@code view}, or −1 (also when θ₀ was outside already). */
  public static int leftView(Trajectory t, Domain view) {
    if (view == null || !inside(t, 0, view)) {
      return -1;
    }
    for (int k = 1; k < t.length(); k++) {
      if (!inside(t, k, view)) {
        return k;
      }
    }
    return -1;
  }

  private static String diverging(Trajectory t, Outcome.Diverging d, Domain view) {
    StringBuilder b = new StringBuilder();
    boolean grows = d.growthPerStep() > 1;
    if (grows) {
      b.append("diverging ").append(change(d.growthPerStep())).append(" per step from step ")
          .append(d.fromStep());
    } else {
      b.append("diverged");
    }
    int left = leftView(t, view);
    if (left >= 0) {
      b.append(" · left the view at step ").append(left);
    }
    if (d.exit().isPresent()) {
      Outcome.Exit e = d.exit().get();
      b.append(grows || left >= 0 ? " · stopped" : ": stopped").append(" at step ").append(e.step())
          .append(": ").append(e.reason().description());
    } else {
      b.append(" · f = ").append(Numbers.compact(t.finalValue()));
    }
    return b.toString();
  }

  private static boolean inside(Trajectory t, int k, Domain view) {
    return view.contains(t.theta(k, 0), t.dimension() > 1 ? t.theta(k, 1) : view.yMin());
  }

  /** "×1.1" for clear factors, "+0.2 %" for factors within 1 % of 1 (×1 would hide them). */
  private static String change(double q) {
    double percent = Math.abs(q - 1) * 100;
    if (percent >= 1) {
      return factor(q);
    }
    double digits = Math.pow(10, 1 - Math.floor(Math.log10(percent)));
    return (q > 1 ? "+" : "−") + Numbers.compact(Math.round(percent * digits) / digits) + " %";
  }

  /**
   * A coordinate of an oscillation's centre to a hundredth of the amplitude: the centre is only
   * known that well, and (−1.4e-5, 6.2e-6) for an amplitude of 0.07 is the origin.
   */
  private static String near(double c, double amplitude) {
    if (!(amplitude > 0)) {
      return Numbers.compact(c);
    }
    double resolution = Math.pow(10, Math.floor(Math.log10(amplitude / 100)));
    double rounded = Math.round(c / resolution) * resolution;
    return Numbers.compact(rounded == 0 ? 0 : rounded);
  }

  private static String factor(double q) {
    return "×" + Numbers.compact(q);
  }

  private static String steps(int n) {
    return n + (n == 1 ? " step" : " steps");
  }

  /** 7148 → "7100", 123456 → "120000": an estimate, so no more digits than it has. */
  private static String twoDigits(long n) {
    if (n < 100) {
      return Long.toString(n);
    }
    double scale = Math.pow(10, Math.floor(Math.log10(n)) - 1);
    return Numbers.compact(Math.round(n / scale) * scale);
  }
}
