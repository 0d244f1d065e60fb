package org.gradientlab.net;

import java.util.SplittableRandom;

/**
 * How the weights start (biases start at 0):
 * <ul>
 *   <li>Xavier (Glorot and Bengio 2010, uniform): W ~ U(−√(6/(fan_in + fan_out)), +√(6/(fan_in + fan_out)))
 *   <li>He (He et al. 2015, normal): W ~ N(0, 2/fan_in), suited to ReLU
 *   <li>naive: W ~ N(0, 1), whatever the layer size — the one that makes deep nets stall
 * </ul>
 */
public enum Initialization {
  XAVIER("Xavier"),
  HE("He"),
  NAIVE("naive N(0,1)");

  private final String label;

  Initialization(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label: what menus show. */
  @Override
  public String toString() {
    return label;
  }

  public double sample(int fanIn, int fanOut, SplittableRandom r) {
    return switch (this) {
      case XAVIER -> {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        yield (2 * r.nextDouble() - 1) * limit;
      }
      case HE -> r.nextGaussian() * Math.sqrt(2.0 / fanIn);
      case NAIVE -> r.nextGaussian();
    };
  }

  public static Initialization byLabel(String s) {
    for (Initialization i : values()) {
      if (i.label.equalsIgnoreCase(s) || i.name().equalsIgnoreCase(s)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown initialisation '" + s + "'; known: Xavier, He, naive");
  }
}
