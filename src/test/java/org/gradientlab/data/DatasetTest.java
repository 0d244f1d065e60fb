package org.gradientlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

  @Test
  void isNotChangedByChangingTheArraysItWasBuiltFrom() {
    double[][] x = {{1, 2}, {3, 4}};
    double[] y = {0, 1};
    Dataset d = new Dataset("d", x, y, List.of("a", "b"));
    x[0][0] = 99;
    y[1] = 99;
    d.row(1)[0] = 99;
    assertThat(d.feature(0, 0)).isEqualTo(1);
    assertThat(d.target(1)).isEqualTo(1);
    assertThat(d.feature(1, 0)).isEqualTo(3);
  }

  @Test
  void subsetsKeepTheRequestedRowsInOrder() {
    Dataset d = new Dataset("d", new double[][] {{1}, {2}, {3}}, new double[] {10, 20, 30}, List.of("x"));
    Dataset s = d.subset("s", new int[] {2, 0});
    assertThat(s.targetVector()).containsExactly(30, 10);
    assertThat(s.feature(0, 0)).isEqualTo(3);
  }

  @Test
  void rejectsMismatchedShapesWithTheirSizes() {
    assertThatThrownBy(() -> new Dataset("d", new double[][] {{1}}, new double[] {1, 2}, List.of("x")))
        .hasMessageContaining("1 rows of features but 2 targets");
  }
}
