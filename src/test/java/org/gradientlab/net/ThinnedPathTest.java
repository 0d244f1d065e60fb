package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThinnedPathTest {

  @Test
  void aLongPathIsHeldInBoundedMemoryWithItsFirstAndLatestPointsAndEvenSpacing() {
    ThinnedPath<Long> path = new ThinnedPath<>(100);
    for (long k = 0; k < 100_000; k++) {
      path.add(k);
      List<Long> points = path.points();
      assertThat(points.size()).isLessThanOrEqualTo(101);
      assertThat(points.get(0)).isZero();
      assertThat(points.get(points.size() - 1)).isEqualTo(k);
    }
    // 100 000 points into 100: the stride doubled until 100 000 / s ≤ 100, s = 1024.
    assertThat(path.stride()).isEqualTo(1024);
    List<Long> points = path.points();
    for (int i = 0; i < points.size() - 1; i++) {
      assertThat(points.get(i)).isEqualTo(i * path.stride());
    }
    assertThat(points.size()).isGreaterThanOrEqualTo(50); // never thinned below half its capacity
  }

  @Test
  void aShortPathIsKeptWhole() {
    ThinnedPath<Integer> path = new ThinnedPath<>(10);
    for (int k = 0; k < 10; k++) {
      path.add(k);
    }
    assertThat(path.points()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    path.add(10);
    assertThat(path.points()).containsExactly(0, 2, 4, 6, 8, 10);
  }

  @Test
  void aMappedPathHoldsTheSamePointsAndThinsAlikeFromThenOn() {
    ThinnedPath<Integer> path = new ThinnedPath<>(7);
    for (int k = 0; k < 23; k++) {
      path.add(k);
    }
    ThinnedPath<Integer> doubled = path.map(k -> 2 * k);
    assertThat(doubled.points()).containsExactlyElementsOf(path.points().stream().map(k -> 2 * k).toList());
    for (int k = 23; k < 200; k++) {
      path.add(k);
      doubled.add(2 * k);
      assertThat(doubled.points()).containsExactlyElementsOf(path.points().stream().map(i -> 2 * i).toList());
    }
  }
}
