package org.gradientlab.app;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** What a node shows, read pixel by pixel from a snapshot: for tests that look at the screen. */
final class Pixels {

  /** Per-channel difference (0 … 1) below which a pixel counts as a given colour. */
  static final double SAME = 0.04;

  private final WritableImage image;

  private Pixels(WritableImage image) {
    this.image = image;
  }

  /** A snapshot of {@code node} as it is drawn now (taken on the FX thread). */
  static Pixels of(Node node) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return new Pixels(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get());
  }

  WritableImage image() {
    return image;
  }

  Color at(int x, int y) {
    return image.getPixelReader().getColor(x, y);
  }

  boolean is(int x, int y, Color c) {
    if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
      return false;
    }
    Color p = at(x, y);
    return Math.abs(p.getRed() - c.getRed()) < SAME && Math.abs(p.getGreen() - c.getGreen()) < SAME
        && Math.abs(p.getBlue() - c.getBlue()) < SAME;
  }

  /** How many pixels have colour {@code c}. */
  int count(Color c) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (is(x, y, c)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Whether a pixel of colour {@code c} lies within {@code r} pixels of (x, y). */
  boolean near(double x, double y, Color c, int r) {
    int cx = (int) Math.round(x);
    int cy = (int) Math.round(y);
    for (int dx = -r; dx <= r; dx++) {
      for (int dy = -r; dy <= r; dy++) {
        if (is(cx + dx, cy + dy, c)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The centre of the filled discs of colour {@code c}: the mean of the pixels whose whole
   * (2·half + 1)² neighbourhood has that colour, which a disc of radius ≥ half·√2 has and a thin
   * line does not. Null when there is none.
   */
  double[] discCentre(Color c, int half) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    PixelReader reader = image.getPixelReader();
    boolean[] same = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        same[y * w + x] = is(x, y, c);
      }
    }
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int y = half; y < h - half; y++) {
      for (int x = half; x < w - half; x++) {
        boolean all = true;
        for (int dy = -half; dy <= half && all; dy++) {
          for (int dx = -half; dx <= half && all; dx++) {
            all = same[(y + dy) * w + x + dx];
          }
        }
        if (all) {
          sx += x;
          sy += y;
          n++;
        }
      }
    }
    return n == 0 ? null : new double[] {sx / n, sy / n};
  }

  /** The lowest luminance within r pixels of (x, y): the heat map's own, under any contour line. */
  double darkestNear(double x, double y, int r) {
    double best = Double.MAX_VALUE;
    for (int dx = -r; dx <= r; dx++) {
      for (int dy = -r; dy <= r; dy++) {
        best = Math.min(best, luminance(x + dx, y + dy));
      }
    }
    return best;
  }

  /** Relative luminance of the pixel nearest (x, y). */
  double luminance(double x, double y) {
    Color c = at((int) Math.round(x), (int) Math.round(y));
    return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
  }
}
