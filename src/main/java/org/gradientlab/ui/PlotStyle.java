package org.gradientlab.ui;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Colours, line widths and fonts of the canvas plots. The dark theme is the default on screen; the
 * light one is for projectors and printed slides; {@code scale} thickens lines and enlarges text
 * for presentation mode.
 */
public record PlotStyle(
    Color background,
    Color plotBackground,
    Color axis,
    Color grid,
    Color text,
    Color curve,
    Color minimum,
    Color halo,
    double scale) {

  public static final PlotStyle DARK =
      new PlotStyle(
          Color.web("#16181d"),
          Color.web("#1d2027"),
          Color.web("#9aa3b2"),
          Color.web("#ffffff", 0.07),
          Color.web("#d5dae3"),
          Color.web("#e8ecf3"),
          Color.web("#ffffff"),
          Color.web("#000000", 0.55),
          1);

  public static final PlotStyle LIGHT =
      new PlotStyle(
          Color.web("#ffffff"),
          Color.web("#fbfbfd"),
          Color.web("#4a5160"),
          Color.web("#000000", 0.08),
          Color.web("#1f2430"),
          Color.web("#1f2430"),
          Color.web("#000000"),
          Color.web("#ffffff", 0.75),
          1);

  public PlotStyle withGrid(Color g) {
    return new PlotStyle(background, plotBackground, axis, g, text, curve, minimum, halo, scale);
  }

  public PlotStyle scaled(double factor) {
    return new PlotStyle(background, plotBackground, axis, grid, text, curve, minimum, halo, factor);
  }

  public boolean isDark() {
    return background.getBrightness() < 0.5;
  }

  public Font font() {
    return Font.font("DejaVu Sans", 12 * scale);
  }

  public Font smallFont() {
    return Font.font("DejaVu Sans", 10.5 * scale);
  }

  public double lineWidth() {
    return 2 * scale;
  }
}
