package org.gradientlab.optimizer;

/**
 * The shape that marks an optimizer's iterates, legend entry and chart series, so that runs stay
 * apart in greyscale prints and for viewers who cannot tell the colours apart.
 */
public enum Marker {
  CIRCLE,
  SQUARE,
  DIAMOND,
  TRIANGLE_UP,
  TRIANGLE_DOWN,
  CROSS,
  PLUS,
  STAR,
  HOURGLASS,
  TRIANGLE_RIGHT,
  TRIANGLE_LEFT
}
