package org.gradientlab.maps;

/**
 * How the error of a linear iteration behaves late in a run, read off the root of largest modulus
 * (the slowest mode, which is all that is left after many steps).
 *
 * <ul>
 *   <li>{@link #MONOTONE}: that root is real and positive, so the error shrinks without changing
 *       sign;
 *   <li>{@link #OSCILLATING}: it is complex (the error rings, turning by an angle each step) or real
 *       and negative (it flips sign every step), and its modulus is below 1;
 *   <li>{@link #DIVERGING}: its modulus is 1 or more.
 * </ul>
 */
public enum Regime {
  MONOTONE("monotone"),
  OSCILLATING("oscillating"),
  DIVERGING("diverging");

  private final String word;

  Regime(String word) {
    this.word = word;
  }

  /** The word the maps print: "monotone", "oscillating", "diverging". */
  public String word() {
    return word;
  }
}
