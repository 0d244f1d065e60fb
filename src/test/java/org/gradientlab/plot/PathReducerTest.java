package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathReducerTest {

  private static PathReducer.Path reduce(double[] xs, double[] ys) {
    return PathReducer.reduce(i -> xs[i], i -> ys[i], xs.length, 0, 0, 100, 100);
  }

  @Test
  void aPathInsideIsOnePolylineThroughEveryPoint() {
    PathReducer.Path p = reduce(new double[] {10, 20, 30, 40}, new double[] {10, 50, 10, 50});
    assertThat(p.length()).isEqualTo(4);
    assertThat(p.segments()).isEqualTo(3);
    assertThat(p.moveTo()).containsExactly(true, false, false, false);
    assertThat(p.xs()).containsExactly(10, 20, 30, 40);
  }

  @Test
  void stepsBelowHalfAPixelAreMergedIntoTheNextAndTheLastPointIsKept() {
    int n = 1001;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 10 + 0.01 * i; // 1000 steps of a hundredth of a pixel: 10 px in all
      ys[i] = 50;
    }
    PathReducer.Path p = reduce(xs, ys);
    // Every kept step is at least half a pixel and at most half a pixel plus one step.
    assertThat(p.segments()).isBetween(19, 20);
    assertThat(p.xs()[p.length() - 1]).isEqualTo(20);
  }

  @Test
  void segmentsAreClippedToThePlotAndThoseOutsideItAreDropped() {
    PathReducer.Path p = reduce(new double[] {50, 1e300, 2e300, 50}, new double[] {50, 50, 50, 20});
    // 50 → 1e300 is cut at x = 100; 1e300 → 2e300 is invisible; 2e300 → (50, 20) enters at x = 100.
    assertThat(p.segments()).isEqualTo(2);
    assertThat(p.xs()).containsExactly(50, 100, 100, 50);
    assertThat(p.moveTo()).containsExactly(true, false, true, false);
  }

  @Test
  void anOscillationThatRepeatsItselfIsDrawnOnce() {
    int n = 100_001;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = i % 2 == 0 ? -1e6 : 1e6;
      ys[i] = i % 2 == 0 ? -1e6 + 3 : 1e6 + 3;
    }
    assertThat(reduce(xs, ys).segments()).isEqualTo(1);
  }

  @Test
  void aTangleOfManyDistinctLongSegmentsIsBoundedAndKeepsItsBeginningAndEnd() {
    int n = 20_001;
    double[] xs = new double[n];
    double[] ys = new double[n];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < n; i++) {
      xs[i] = 1000 * random.nextDouble();
      ys[i] = 100 * random.nextDouble();
    }
    PathReducer.Path p = PathReducer.reduce(i -> xs[i], i -> ys[i], n, 0, 0, 1000, 100);
    assertThat(p.segments()).isEqualTo(PathReducer.MAX_SEGMENTS);
    assertThat(p.xs()[0]).isEqualTo(xs[0]);
    assertThat(p.xs()[p.length() - 1]).isEqualTo(xs[n - 1]);
    assertThat(p.ys()[p.length() - 1]).isEqualTo(ys[n - 1]);
  }
}
