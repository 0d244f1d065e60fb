package org.gradientlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A validation split is a seeded partition: disjoint, complete, replayable. */
class SplitTest {

  /** Examples 0 … n−1 whose only feature is their number, so each is recognised in a split. */
  private static Dataset numbered(int n) {
    double[][] x = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {i};
      y[i] = i % 2;
    }
    return new Dataset("numbered", x, y, List.of("i"));
  }

  private static List<Integer> numbers(Dataset d) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      out.add((int) d.feature(i, 0));
      assertThat(d.target(i)).isEqualTo((int) d.feature(i, 0) % 2); // each row keeps its own label
    }
    return out;
  }

  @Test
  void theHeldOutExamplesAreDisjointFromTheTrainingOnesAndTogetherEveryExampleOnce() {
    Split s = Split.holdingOut(numbered(50), 15, 3);
    List<Integer> train = numbers(s.train());
    List<Integer> held = numbers(s.validation());
    assertThat(train).hasSize(35).doesNotHaveDuplicates();
    assertThat(held).hasSize(15).doesNotHaveDuplicates().doesNotContainAnyElementsOf(train);
    List<Integer> all = new ArrayList<>(train);
    all.addAll(held);
    Integer[] sorted = all.toArray(new Integer[0]);
    Arrays.sort(sorted);
    for (int i = 0; i < 50; i++) {
      assertThat(sorted[i]).isEqualTo(i);
    }
  }

  @Test
  void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
    Dataset d = numbered(40);
    assertThat(Split.holdingOut(d, 10, 7)).isEqualTo(Split.holdingOut(d, 10, 7));
    assertThat(numbers(Split.holdingOut(d, 10, 8).validation()))
        .isNotEqualTo(numbers(Split.holdingOut(d, 10, 7).validation()));
    // The old form by training fraction is the same partition: 0.75 of 40 trains, 10 are held out.
    assertThat(Split.of(d, 0.75, 7)).isEqualTo(Split.holdingOut(d, 10, 7));
  }
}
