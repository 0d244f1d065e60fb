package org.gradientlab.app.session;

/** Where the window was and how large: restored when it still fits on a screen. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

  public static final double MIN_WIDTH = 640;
  public static final double MIN_HEIGHT = 400;

  /** True when every number is finite and the size is at least {@link #MIN_WIDTH} × {@link #MIN_HEIGHT}. */
  public boolean sane() {
    return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
        && width >= MIN_WIDTH && height >= MIN_HEIGHT;
  }
}
