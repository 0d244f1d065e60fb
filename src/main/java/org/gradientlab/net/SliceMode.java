package org.gradientlab.net;

/** Which plane through weight space the net workspace slices its loss on. */
public enum SliceMode {
  TRAJECTORY("the plane through the training path", "path"),
  RANDOM("two random filter-normalised directions", "random"),
  CHOSEN("two chosen weights", "weights");

  private final String label;
  private final String key;

  SliceMode(String label, String key) {
    this.label = label;
    this.key = key;
  }

  /** The word scene files use: path, random or weights. */
  public String key() {
    return key;
  }

  /** The mode whose key or name is {@code s}, ignoring case. */
  public static SliceMode byKey(String s) {
    for (SliceMode m : values()) {
      if (m.key.equalsIgnoreCase(s.trim()) || m.name().equalsIgnoreCase(s.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown slice '" + s.trim() + "'; known: path, random, weights");
  }

  @Override
  public String toString() {
    return label;
  }
}
