package org.gradientlab.testing;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Where a colour is drawn in a snapshot, for the UI tests that check pixels. */
public final class PixelDistance {

  private PixelDistance() {}

  /** The smallest RGB distance to {@code c} within {@code r} px of scene point (x, y). */
  public static double distanceToNearest(WritableImage img, double x, double y, Color c, int r) {
    PixelReader p = img.getPixelReader();
    double best = Double.POSITIVE_INFINITY;
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        int px = (int) Math.round(x) + dx;
        int py = (int) Math.round(y) + dy;
        if (px < 0 || py < 0 || px >= img.getWidth() || py >= img.getHeight()) {
          continue;
        }
        Color q = p.getColor(px, py);
        best = Math.min(best, Math.sqrt(Math.pow(q.getRed() - c.getRed(), 2)
            + Math.pow(q.getGreen() - c.getGreen(), 2) + Math.pow(q.getBlue() - c.getBlue(), 2)));
      }
    }
    return best;
  }
}
