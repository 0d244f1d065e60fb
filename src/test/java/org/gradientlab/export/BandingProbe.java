package org.gradientlab.export;

import java.util.List;

/** Banding figures of the GIF palettes for the developer tool {@code tools.GifFigures}. */
public final class BandingProbe {

  static final int RADIUS = 3;

  private BandingProbe() {}

  public static String measure(int[] original, int[] quantised, int w, int h) {
    return Banding.measure(original, quantised, w, h, RADIUS).toString();
  }

  public static String nearest(int[] px, int w, int h) {
    GifPalette p = GifPalette.of(List.of(px), false);
    return measure(px, Banding.through(p, px, w, h), w, h);
  }

  public static String dithered(int[] px, int w, int h) {
    GifPalette p = GifPalette.of(List.of(px), true);
    return measure(px, Banding.through(p, px, w, h), w, h);
  }
}
