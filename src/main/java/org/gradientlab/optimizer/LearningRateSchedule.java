package org.gradientlab.optimizer;

import java.util.Locale;

/**
 * How η changes with the step t = 0, 1, … of a run of N steps, with the semantics of
 * {@code torch.optim.lr_scheduler} so that a run can be reproduced there (η is each optimizer's own):
 * <ul>
 *   <li>constant: η;
 *   <li>step: η·G^⌊t/K⌋ (StepLR with step_size K, gamma G);
 *   <li>exponential: η·Gᵗ (ExponentialLR);
 *   <li>inverse-time: η/(1 + G·t);
 *   <li>cosine: η_min + (η − η_min)(1 + cos(πt/N))/2 (CosineAnnealingLR with T_max = N);
 * </ul>
 * and an optional linear warm-up that multiplies by (t + 1)/W for t &lt; W.
 *
 * @param decay G of step, exponential and inverse-time
 * @param every K of step
 * @param etaMin η_min of cosine
 * @param warmup W, steps of linear warm-up (0: none)
 */
public record LearningRateSchedule(Kind kind, double decay, int every, double etaMin, int warmup) {

  public enum Kind {
    CONSTANT, STEP, EXPONENTIAL, INVERSE_TIME, COSINE;

    /** The word scene files use: constant, step, exponential, inverse-time, cosine. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Kind byKey(String s) {
      for (Kind k : values()) {
        if (k.key().equalsIgnoreCase(s.trim())) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown schedule '" + s.trim()
          + "'; known: constant, step, exponential, inverse-time, cosine");
    }
  }

  public static final LearningRateSchedule CONSTANT = new LearningRateSchedule(Kind.CONSTANT, 0.5, 100, 0, 0);

  public LearningRateSchedule {
    if (!(decay > 0) || !Double.isFinite(decay)) {
      throw new IllegalArgumentException("decay G must be finite and > 0, was " + decay);
    }
    if ((kind == Kind.STEP || kind == Kind.EXPONENTIAL) && decay > 1) {
      throw new IllegalArgumentException("decay G of a " + kind.key() + " schedule must be ≤ 1, was " + decay);
    }
    if (every < 1) {
      throw new IllegalArgumentException("every K must be ≥ 1, was " + every);
    }
    if (!(etaMin >= 0) || !Double.isFinite(etaMin)) {
      throw new IllegalArgumentException("η_min must be finite and ≥ 0, was " + etaMin);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warm-up W must be ≥ 0, was " + warmup);
    }
  }

  /** Whether η never changes (then optimizers run exactly as without a schedule). */
  public boolean isConstant() {
    return kind == Kind.CONSTANT && warmup == 0;
  }

  /** η at step t of a run of {@code steps} steps, for an optimizer whose own η is {@code eta}. */
  public double at(double eta, int t, int steps) {
    double e = switch (kind) {
      case CONSTANT -> eta;
      case STEP -> eta * Math.pow(decay, Math.floorDiv(t, every));
      case EXPONENTIAL -> eta * Math.pow(decay, t);
      case INVERSE_TIME -> eta / (1 + decay * t);
      case COSINE -> etaMin + (eta - etaMin) * (1 + Math.cos(Math.PI * Math.min(t, steps) / Math.max(1, steps))) / 2;
    };
    return t < warmup ? e * (t + 1) / warmup : e;
  }

  /** In words, for status lines and slides: "cosine to 1e-4, warm-up 10". */
  public String describe() {
    String s = switch (kind) {
      case CONSTANT -> "constant";
      case STEP -> "×" + org.gradientlab.format.Numbers.compact(decay) + " every " + every + " steps";
      case EXPONENTIAL -> "×" + org.gradientlab.format.Numbers.compact(decay) + " per step";
      case INVERSE_TIME -> "η/(1 + " + org.gradientlab.format.Numbers.compact(decay) + "·t)";
      case COSINE -> "cosine to " + org.gradientlab.format.Numbers.compact(etaMin);
    };
    return warmup > 0 ? s + ", warm-up " + warmup : s;
  }
}
