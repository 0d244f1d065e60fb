package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownsamplerTest {

  @Test
  void keepsEveryPointOfAShortSeries() {
    assertThat(Downsampler.minMax(new double[] {3, 1, 2}, 3, 10)).containsExactly(0, 1, 2);
  }

  @Test
  void keepsTheEndsAndEveryExtremeOfALongOscillatingSeries() {
    int n = 10_000;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (i % 2 == 0 ? 1 : -1) * (1 + i * 1e-4);
    }
    v[7777] = 50; // one spike
    int[] keep = Downsampler.minMax(v, n, 400);
    assertThat(keep.length).isLessThanOrEqualTo(402);
    assertThat(keep[0]).isZero();
    assertThat(keep[keep.length - 1]).isEqualTo(n - 1);
    assertThat(keep).contains(7777);
    for (int i = 1; i < keep.length; i++) {
      assertThat(keep[i]).isGreaterThan(keep[i - 1]);
    }
    // the envelope survives: both signs appear among the kept points
    boolean up = false;
    boolean down = false;
    for (int k : keep) {
      up |= v[k] > 0;
      down |= v[k] < 0;
    }
    assertThat(up && down).isTrue();
  }
}
