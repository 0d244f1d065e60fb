package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContourTracerTest {

  @Test
  void theLevelSetsOfAParaboloidAreCircles() {
    // f = x² + y² on [−2, 2]², 81 × 81 samples: the level r² is the circle of radius r.
    int n = 81;
    double h = 4.0 / (n - 1);
    float[] v = new float[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        double x = -2 + i * h;
        double y = -2 + j * h;
        v[j * n + i] = (float) (x * x + y * y);
      }
    }
    List<ContourSegment> segs = ContourTracer.trace(v, n, n, -2, -2, h, h, new double[] {1, 2.25});
    assertThat(segs).isNotEmpty();
    double length = 0;
    for (ContourSegment s : segs) {
      double r = Math.sqrt(s.level());
      // Linear interpolation on a convex function errs by at most O(h²).
      assertThat(Math.hypot(s.x0(), s.y0())).isCloseTo(r, within(h * h));
      assertThat(Math.hypot(s.x1(), s.y1())).isCloseTo(r, within(h * h));
      if (s.level() == 1) {
        length += Math.hypot(s.x1() - s.x0(), s.y1() - s.y0());
      }
    }
    assertThat(length).isCloseTo(2 * Math.PI, within(0.01));
  }

  @Test
  void skipsCellsWithANonFiniteCorner() {
    float[] v = {0, 1, Float.NaN, 1};
    assertThat(ContourTracer.trace(v, 2, 2, 0, 0, 1, 1, new double[] {0.5})).isEmpty();
  }

  @Test
  void niceLevelsHaveTwoSignificantDigitsAndSpreadGeometricallyOnALogScale() {
    ValueScale log = new ValueScale(0, 1e4, true, 1e-2);
    double[] levels = ContourTracer.niceLevels(log, 6);
    assertThat(levels.length).isBetween(5, 6);
    for (double l : levels) {
      assertThat(ContourTracer.roundToSignificant(l, 2)).isEqualTo(l);
    }
    assertThat(levels[levels.length - 1] / levels[levels.length - 2])
        .isCloseTo(levels[2] / levels[1], within(1.0));
  }
}
