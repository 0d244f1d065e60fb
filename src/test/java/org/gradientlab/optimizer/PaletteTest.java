package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The optimizers' colours stay apart for viewers with each common colour-vision deficiency, on both
 * themes: simulated with the matrices of Machado, Oliveira and Fernandes (2009, severity 1) in linear
 * RGB, every pair is at least {@link #MIN_DELTA_E} apart in CIELAB (ΔE*ab; about 2.3 is a just
 * noticeable difference, 10 is clearly different at a glance).
 */
class PaletteTest {

  static final double MIN_DELTA_E = 15;

  private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  private static final double[][] PROTANOPIA = {
      {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
  private static final double[][] DEUTERANOPIA = {
      {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
  private static final double[][] TRITANOPIA = {
      {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};

  @Test
  void everyPairOfOptimizerColoursIsClearlyDifferentForEveryKindOfColourVision() {
    List<OptimizerKind> kinds = OptimizerCatalog.standard().kinds();
    for (Function<SeriesStyle, String> theme : List.<Function<SeriesStyle, String>>of(
        SeriesStyle::onDark, SeriesStyle::onLight)) {
      for (double[][] vision : List.of(NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA)) {
        for (int a = 0; a < kinds.size(); a++) {
          for (int b = a + 1; b < kinds.size(); b++) {
            String ca = theme.apply(kinds.get(a).style());
            String cb = theme.apply(kinds.get(b).style());
            double d = distance(lab(simulate(ca, vision)), lab(simulate(cb, vision)));
            assertThat(d).as("%s %s vs %s %s", kinds.get(a).label(), ca, kinds.get(b).label(), cb)
                .isGreaterThanOrEqualTo(MIN_DELTA_E);
          }
        }
      }
    }
  }

  /** Linear RGB of the colour as a viewer with {@code vision} sees it. */
  private static double[] simulate(String hex, double[][] vision) {
    double[] lin = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        out[i] += vision[i][j] * lin[j];
      }
      out[i] = Math.max(0, Math.min(1, out[i]));
    }
    return out;
  }

  /** CIELAB of linear sRGB, D65 white. */
  private static double[] lab(double[] rgb) {
    double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }
}
