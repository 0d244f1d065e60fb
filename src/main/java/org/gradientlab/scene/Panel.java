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
  SURFACE
}
