package org.gradientlab.export;

/**
 * How much a quantised picture bands: the error of its local means. The eye averages a few pixels,
 * so a dithered pattern reads as the colour it mixes, while a band is a step it sees. Both pictures
 * are blurred by a (2r + 1)² box and compared channel by channel in 8-bit levels.
 */
final class Banding {

  /** The blur radius the measures use: about what the eye averages on a screen. */
  static final int RADIUS = 3;

  private Banding() {}

  /** Mean and 99th percentile of the blurred difference, and the mean raw difference (the noise). */
  record Figures(double meanBand, double p99Band, double meanNoise) {
    @Override
    public String toString() {
      return String.format("band error mean %.2f, 99th percentile %.2f levels; pixel noise %.2f levels",
          meanBand, p99Band, meanNoise);
    }
  }

  static Figures measure(int[] original, int[] quantised, int w, int h, int r) {
    double[][] o = blurred(original, w, h, r);
    double[][] q = blurred(quantised, w, h, r);
    int n = 0;
    double sum = 0;
    double noise = 0;
    int[] histogram = new int[2561];
    for (int y = r; y < h - r; y++) {
      for (int x = r; x < w - r; x++) {
        int at = y * w + x;
        double worst = 0;
        for (int c = 0; c < 3; c++) {
          worst = Math.max(worst, Math.abs(o[c][at] - q[c][at]));
          noise += Math.abs(channel(original[at], c) - channel(quantised[at], c)) / 3.0;
        }
        sum += worst;
        histogram[(int) Math.min(2560, Math.round(worst * 10))]++;
        n++;
      }
    }
    int seen = 0;
    double p99 = 0;
    for (int i = 0; i < histogram.length; i++) {
      seen += histogram[i];
      if (seen >= 0.99 * n) {
        p99 = i / 10.0;
        break;
      }
    }
    return new Figures(sum / n, p99, noise / n);
  }

  private static int channel(int rgb, int c) {
    return rgb >> (16 - 8 * c) & 0xFF;
  }

  private static double[][] blurred(int[] px, int w, int h, int r) {
    double[][] out = new double[3][w * h];
    for (int c = 0; c < 3; c++) {
      double[] row = new double[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double s = 0;
          int k = 0;
          for (int d = -r; d <= r; d++) {
            int xx = Math.max(0, Math.min(w - 1, x + d));
            s += channel(px[y * w + xx], c);
            k++;
          }
          row[y * w + x] = s / k;
        }
      }
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double s = 0;
          int k = 0;
          for (int d = -r; d <= r; d++) {
            int yy = Math.max(0, Math.min(h - 1, y + d));
            s += row[yy * w + x];
            k++;
          }
          out[c][y * w + x] = s / k;
        }
      }
    }
    return out;
  }

  /** {@code px} drawn through {@code palette}: each pixel the palette colour it is shown as. */
  static int[] through(GifPalette palette, int[] px, int w, int h) {
    int[] colours = palette.colours();
    int[] out = new int[px.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = colours[palette.index(x, y, px[y * w + x] & 0xFFFFFF)];
      }
    }
    return out;
  }
}
