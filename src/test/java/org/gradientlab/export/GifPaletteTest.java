package org.gradientlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.plot.ColorMap;
import org.junit.jupiter.api.Test;

/** The GIF palette against banding, measured on smooth heat maps. */
class GifPaletteTest {

  static final int W = 480;
  static final int H = 240;

  /**
   * A smooth heat map in 24-bit colour — viridis interpolated between its 256 entries over the
   * whole width, brightened down the height — beside a flat background and two flat "text"
   * colours: far more colours than a GIF holds.
   */
  static int[] smoothHeatMap() {
    int[] px = new int[W * H];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int c;
        if (x < 40) {
          c = y % 20 < 4 ? 0xd5dae3 : 0x16181d;
        } else {
          double u = (x - 40) / (double) (W - 41) * 255;
          int i = (int) Math.floor(u);
          int a = ColorMap.viridis(i / 255.0);
          int b = ColorMap.viridis(Math.min(255, i + 1) / 255.0);
          double t = u - i;
          double light = 0.8 + 0.2 * y / (H - 1.0);
          c = 0;
          for (int ch = 16; ch >= 0; ch -= 8) {
            double v = ((a >> ch & 0xFF) * (1 - t) + (b >> ch & 0xFF) * t) * light;
            c |= (int) Math.round(v) << ch;
          }
        }
        px[y * W + x] = c;
      }
    }
    return px;
  }

  @Test
  void aDitheredSmoothHeatMapShowsNoBandsWhereTheNearestColoursDo() {
    int[] px = smoothHeatMap();
    GifPalette dithered = GifPalette.of(List.of(px), true);
    GifPalette nearest = GifPalette.of(List.of(px), false);
    assertThat(dithered.size()).isLessThanOrEqualTo(255);
    Banding.Figures d = Banding.measure(px, Banding.through(dithered, px, W, H), W, H, Banding.RADIUS);
    Banding.Figures n = Banding.measure(px, Banding.through(nearest, px, W, H), W, H, Banding.RADIUS);
    // Seen from a few pixels away the dithered picture is the true one to about half a level …
    assertThat(d.meanBand()).as(d.toString()).isLessThan(0.7);
    assertThat(d.p99Band()).as(d.toString()).isLessThan(3);
    // … while the same palette without dithering steps visibly (the measure can tell bands).
    assertThat(n.meanBand()).as(n.toString()).isGreaterThan(2 * d.meanBand());
  }

  @Test
  void coloursThePaletteHoldsAreDrawnExactlyWithoutDither() {
    int[] px = smoothHeatMap();
    GifPalette p = GifPalette.of(List.of(px), true);
    int[] shown = Banding.through(p, px, W, H);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < 40; x++) {
        assertThat(shown[y * W + x]).isEqualTo(px[y * W + x]); // background and text stay crisp
      }
    }
  }

  @Test
  void aPictureOfFewColoursIsKeptExactly() {
    int[] px = new int[100];
    for (int i = 0; i < px.length; i++) {
      px[i] = i % 3 == 0 ? 0xff0000 : i % 3 == 1 ? 0x00ff00 : 0x123456;
    }
    GifPalette p = GifPalette.of(List.of(px), true);
    assertThat(p.size()).isEqualTo(3);
    assertThat(Banding.through(p, px, 10, 10)).containsExactly(px);
  }
}
