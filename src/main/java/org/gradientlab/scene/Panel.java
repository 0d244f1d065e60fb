package org.gradientlab.scene;

/** Parts of the lab window a scene can show or hide (the landscape itself is always shown). */
public enum Panel {
  CONTROLS,
  CHART,
  STATUS,
  GRADIENT_ARROW,
  /** Inside each optimizer: its velocity, moments, look-ahead and per-coordinate steps, and its rule with numbers. */
  INSIDE,
  /** The convergence maps beside the landscape ("rate-map" in scene files). */
  RATE_MAP,
  /** The landscape as a 3-D surface beside the map, with the same paths and colours ("surface"). */
  SURFACE,
  /** The 3-D surface takes the map's place instead of standing beside it ("surface-instead"). */
  SURFACE_INSTEAD;

  /** The panel's name in scene files: "rate-map", "surface-instead"; the arrow is "gradient". */
  public String key() {
    return this == GRADIENT_ARROW ? "gradient" : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Every panel's key, in order, for messages. */
  public static String keys() {
    StringBuilder b = new StringBuilder();
    for (Panel p : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(p.key());
    }
    return b.toString();
  }
}
