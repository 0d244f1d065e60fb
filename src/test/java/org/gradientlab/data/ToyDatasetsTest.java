package org.gradientlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToyDatasetsTest {

  @ParameterizedTest
  @EnumSource(ToyDatasets.Kind.class)
  void balancedSeededAndInsideTheBox(ToyDatasets.Kind kind) {
    Dataset d = ToyDatasets.make(kind, 200, 0.05, 3);
    assertThat(d.size()).isEqualTo(200);
    assertThat(d.featureCount()).isEqualTo(2);
    int ones = 0;
    for (int i = 0; i < d.size(); i++) {
      assertThat(d.target(i)).isIn(0.0, 1.0);
      ones += (int) d.target(i);
      assertThat(Math.abs(d.feature(i, 0))).isLessThan(ToyDatasets.EXTENT + 0.2);
      assertThat(Math.abs(d.feature(i, 1))).isLessThan(ToyDatasets.EXTENT + 0.2);
    }
    assertThat(ones).isEqualTo(100);
    assertThat(ToyDatasets.make(kind, 200, 0.05, 3)).isEqualTo(d);
    assertThat(ToyDatasets.make(kind, 200, 0.05, 4)).isNotEqualTo(d);
  }
}
