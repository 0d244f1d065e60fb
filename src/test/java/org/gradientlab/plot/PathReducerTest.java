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
    // Steps of at least half a pixel, and those repeating a stroke within 2 px dropped: at most 20.
    assertThat(p.segments()).isBetween(5, 20);
    assertThat(p.xs()[0]).isEqualTo(10);
    assertThat(p.xs()[p.length() - 1]).isEqualTo(20);
    // No gap wider than the 2 px that a stroke's round ends cover.
    for (int i = 1; i < p.length(); i++) {
      if (p.moveTo()[i]) {
        assertThat(p.xs()[i] - p.xs()[i - 1]).isLessThanOrEqualTo(PathReducer.SAME_PIXELS);
      }
    }
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
    assertThat(reduce(xs, ys).segments()).as("once, and the step into the current iterate").isLessThanOrEqualTo(2);
  }

  @Test
  void aTangleOfManyDistinctLongSegmentsIsCutToItsBeginningAndEndWithinTheLengthBudget() {
    int n = 20_001;
    double[] xs = new double[n];
    double[] ys = new double[n];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < n; i++) {
      xs[i] = 1000 * random.nextDouble();
      ys[i] = 100 * random.nextDouble();
    }
    PathReducer.Path p = PathReducer.reduce(i -> xs[i], i -> ys[i], n, 0, 0, 1000, 100);
    // Strokes 4 px wide covering half the 1000 × 100 plot: 12 500 px of path at most.
    double budget = PathReducer.COVERAGE * 1000 * 100 / PathReducer.NOMINAL_WIDTH;
    double length = 0;
    for (int i = 1; i < p.length(); i++) {
      if (!p.moveTo()[i]) {
        length += Math.hypot(p.xs()[i] - p.xs()[i - 1], p.ys()[i] - p.ys()[i - 1]);
      }
    }
    assertThat(length).isLessThanOrEqualTo(budget).isGreaterThan(0.9 * budget);
    assertThat(p.segments()).isLessThan(n / 10);
    assertThat(p.xs()[0]).isEqualTo(xs[0]);
    assertThat(p.ys()[0]).isEqualTo(ys[0]);
    assertThat(p.xs()[p.length() - 1]).isEqualTo(xs[n - 1]);
    assertThat(p.ys()[p.length() - 1]).isEqualTo(ys[n - 1]);

    // One of four racing paths gets a quarter of the budget.
    PathReducer.Path quarter = PathReducer.reduce(i -> xs[i], i -> ys[i], n, 0, 0, 1000, 100, 0.25);
    assertThat(quarter.segments()).isLessThan(p.segments() / 3);
  }

  @Test
  void aLongPathOfShortVisibleStepsIsCutToTheSegmentCountFromBothEnds() {
    int n = 10_001;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 10 + (i % 2) * 2;
      ys[i] = 10 + i; // a zig-zag of short steps creeping down a tall plot: all distinct
    }
    PathReducer.Path p = PathReducer.reduce(i -> xs[i], i -> ys[i], n, 0, 0, 100, 20_000);
    assertThat(p.segments()).isEqualTo(PathReducer.MAX_SEGMENTS);
    assertThat(p.ys()[0]).isEqualTo(10);
    assertThat(p.ys()[p.length() - 1]).isEqualTo(ys[n - 1]);
  }
}
