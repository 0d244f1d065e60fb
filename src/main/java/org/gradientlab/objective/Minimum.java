package org.gradientlab.objective;

import java.util.Arrays;

/** A known minimiser θ* with its value f(θ*). Immutable: the location is copied in and out. */
public record Minimum(double[] location, double value) {

  public Minimum {
    location = location.clone();
  }

  public static Minimum at(double value, double... location) {
    return new Minimum(location, value);
  }

  @Override
  public double[] location() {
    return location.clone();
  }

  public double coordinate(int i) {
    return location[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Minimum m && m.value == value && Arrays.equals(m.location, location);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(location) + Double.hashCode(value);
  }

  @Override
  public String toString() {
    return "Minimum" + Arrays.toString(location) + " f=" + value;
  }
}
