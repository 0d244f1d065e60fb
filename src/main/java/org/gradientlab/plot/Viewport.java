package org.gradientlab.plot;

import org.gradientlab.objective.Domain;

/**
 * Maps a box of the (x, y) plane onto a pixel rectangle of the given size, y pointing up on screen.
 * Plain arithmetic, so views and headless exports share it and tests check it without a window.
 *
 * @param view the part of the plane that is shown
 * @param left pixel x of the plot area's left edge
 * @param top pixel y of the plot area's top edge
 * @param width plot area width in pixels
 * @param height plot area height in pixels
 */
public record Viewport(Domain view, double left, double top, double width, double height) {

  public double toPixelX(double x) {
    return left + (x - view.xMin()) / view.width() * width;
  }

  public double toPixelY(double y) {
    return top + (view.yMax() - y) / view.height() * height;
  }

  public double fromPixelX(double px) {
    return view.xMin() + (px - left) / width * view.width();
  }

  public double fromPixelY(double py) {
    return view.yMax() - (py - top) / height * view.height();
  }

  public double right() {
    return left + width;
  }

  public double bottom() {
    return top + height;
  }

  /** True when the pixel lies inside the plot area. */
  public boolean containsPixel(double px, double py) {
    return px >= left && px <= right() && py >= top && py <= bottom();
  }
}
