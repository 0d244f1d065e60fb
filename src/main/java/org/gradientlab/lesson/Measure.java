package org.gradientlab.lesson;

import java.util.Locale;
import org.gradientlab.run.Trajectory;

/**
 * What a claim follows along a run: a coordinate of the iterate, its size, f (or |f|) there, or the
 * learning rate η_k of an optimizer that adapts it (written η or eta).
 */
public enum Measure {
  X("x", 0, false), Y("y", 1, false), ABS_X("|x|", 0, true), ABS_Y("|y|", 1, true),
  F("f", -1, false), ABS_F("|f|", -1, true), ETA("η", -2, false);

  private final String symbol;
  private final int coordinate;
  private final boolean absolute;

  Measure(String symbol, int coordinate, boolean absolute) {
    this.symbol = symbol;
    this.coordinate = coordinate;
    this.absolute = absolute;
  }

  public String symbol() {
    return symbol;
  }

  /** The coordinate it reads (0 for x, 1 for y), −1 for f, −2 for η. */
  int coordinate() {
    return coordinate;
  }

  /** Its value at step {@code k} of {@code t}. */
  /** Whether {@code t} has this measure: η only when the optimizer adapts its learning rate. */
  boolean readableIn(Trajectory t) {
    return this == ETA ? t.hasLearningRates() : t.dimension() > coordinate;
  }

  double of(Trajectory t, int k) {
    double v = this == ETA ? t.learningRate(k) : coordinate < 0 ? t.value(k) : t.theta(k, coordinate);
    return absolute ? Math.abs(v) : v;
  }

  static Measure parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("eta")) {
      return ETA;
    }
    for (Measure m : values()) {
      if (m.symbol.equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + text.trim() + "' is not a measure a claim can follow;"
        + " known: x, y, |x|, |y|, f, |f|, η");
  }
}
