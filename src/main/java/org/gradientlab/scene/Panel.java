package org.gradientlab.scene;

/** Parts of the lab window a scene can show or hide (the landscape itself is always shown). */
public enum Panel {
  CONTROLS,
  CHART,
  STATUS,
  GRADIENT_ARROW
}
