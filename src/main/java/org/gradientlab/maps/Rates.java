package org.gradientlab.maps;

/** Shared by the rate formulas: which of two modes decides the late run. */
final class Rates {

  private Rates() {}

  /** The mode with the larger ρ; on a tie the worse regime (diverging, then oscillating). */
  static RatePoint worse(RatePoint a, RatePoint b) {
    if (a.rate() != b.rate()) {
      return a.rate() > b.rate() ? a : b;
    }
    return a.regime().ordinal() >= b.regime().ordinal() ? a : b;
  }
}
