package org.gradientlab.ui;

import javafx.scene.paint.Color;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * Each optimizer's colour as its catalog entry declares it ({@code SeriesStyle}): paths, chart
 * series, status lines, legends and slides all ask here, so they cannot disagree.
 */
public final class OptimizerColors {

  private OptimizerColors() {}

  /** The colour on the dark theme. */
  public static Color of(OptimizerKind kind) {
    return Color.web(kind.style().onDark());
  }

  /** The colour on light backgrounds (projectors, printed slides). */
  public static Color onLight(OptimizerKind kind) {
    return Color.web(kind.style().onLight());
  }

  /** The colour for a plot drawn in style {@code s}. */
  public static Color forStyle(OptimizerKind kind, PlotStyle s) {
    return s.isDark() ? of(kind) : onLight(kind);
  }

  /** CSS hex, e.g. "#56b4e9", for styling labels. */
  public static String css(Color c) {
    return String.format(
        "#%02x%02x%02x",
        (int) Math.round(c.getRed() * 255),
        (int) Math.round(c.getGreen() * 255),
        (int) Math.round(c.getBlue() * 255));
  }
}
