package org.gradientlab.ui;

import javafx.scene.paint.Color;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * One colour per optimizer, from the Okabe–Ito palette (readable with every common colour-vision
 * deficiency), in the same order everywhere: paths, chart series, status lines, legend.
 */
public final class OptimizerColors {

  private OptimizerColors() {}

  public static Color of(OptimizerKind kind) {
    return switch (kind) {
      case GD -> Color.web("#56B4E9"); // sky blue
      case SGD -> Color.web("#BBBBBB"); // grey: noise
      case MOMENTUM -> Color.web("#E69F00"); // orange
      case NESTEROV -> Color.web("#D55E00"); // vermillion
      case ADAGRAD -> Color.web("#009E73"); // bluish green
      case RMSPROP -> Color.web("#CC79A7"); // reddish purple
      case ADAM -> Color.web("#F0E442"); // yellow
    };
  }

  /** The colour darkened for light backgrounds, where yellow and grey would vanish. */
  public static Color onLight(OptimizerKind kind) {
    return switch (kind) {
      case ADAM -> Color.web("#B8A800");
      case SGD -> Color.web("#707070");
      case GD -> Color.web("#0072B2");
      default -> of(kind);
    };
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
