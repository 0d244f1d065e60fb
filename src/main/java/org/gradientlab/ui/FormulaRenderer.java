package org.gradientlab.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into images at the screen's own pixel density: one image pixel per
 * physical pixel. (Rendering larger and letting the image view shrink it loses strokes about one
 * pixel thick, such as the bars of "=", because that shrink samples rather than averages.) Results
 * are cached per (formula, size, colour); the cache is bounded.
 */
final class FormulaRenderer {

  /** Computer Modern has a smaller x-height than the UI font: this makes inline maths match it. */
  static final double MATCH_TEXT = 1.12;
  private static final int CACHE_SIZE = 300;

  /** A typeset formula: the image, its size on screen, and how far it reaches below the baseline. */
  record Formula(Image image, double width, double height, double depth) {}

  private final Map<String, Formula> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Formula> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /** Physical pixels per logical pixel of the main screen: 1 usually, 2 on HiDPI displays. */
  private static double outputScale() {
    javafx.stage.Screen screen = javafx.stage.Screen.getPrimary();
    return screen == null ? 1 : Math.max(1, Math.round(screen.getOutputScaleX()));
  }

  /** Throws {@link org.scilab.forge.jlatexmath.ParseException} for LaTeX it cannot read. */
  Formula render(String latex, double fontSize, Color color, boolean display) {
    double density = outputScale();
    String key = latex + '\u0000' + density + '\u0000' + fontSize + '\u0000' + color + '\u0000' + display;
    Formula cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    TeXFormula formula = new TeXFormula(latex);
    TeXIcon icon = formula.createTeXIcon(
        display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, (float) (fontSize * MATCH_TEXT * density));
    icon.setForeground(new java.awt.Color((float) color.getRed(), (float) color.getGreen(),
        (float) color.getBlue(), (float) color.getOpacity()));
    int w = Math.max(1, icon.getIconWidth());
    int h = Math.max(1, icon.getIconHeight());
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    icon.paintIcon(null, g, 0, 0);
    g.dispose();
    Formula f = new Formula(SwingFXUtils.toFXImage(img, null), w / density, h / density,
        icon.getIconDepth() / density);
    cache.put(key, f);
    return f;
  }
}
