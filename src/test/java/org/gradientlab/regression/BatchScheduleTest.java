package org.gradientlab.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradientlab.run.MiniBatchSampler;
import org.junit.jupiter.api.Test;

class BatchScheduleTest {

  @Test
  void anEpochTakesTheCeilingOfNOverBUpdates() {
    BatchSchedule even = new BatchSchedule(50, 10);
    assertThat(even.updatesPerEpoch()).isEqualTo(5);
    assertThat(even.epochs(200)).isEqualTo(40);
    BatchSchedule ragged = new BatchSchedule(50, 8);
    assertThat(ragged.updatesPerEpoch()).isEqualTo(7); // six of 8 and one of 2
    assertThat(ragged.examplesSeen(7)).isEqualTo(50);
    assertThat(ragged.examplesSeen(8)).isEqualTo(58);
    assertThat(new BatchSchedule(50, 500).updatesPerEpoch()).isEqualTo(1);
  }

  @Test
  void theSamplerAgreesWithTheSchedule() {
    MiniBatchSampler s = new MiniBatchSampler(50, 8, 3);
    int[] buffer = new int[8];
    int seen = 0;
    for (int k = 0; k < 7; k++) {
      seen += s.next(buffer);
    }
    assertThat(seen).isEqualTo(50);
    assertThat(s.completedEpochs()).isEqualTo(1);
    assertThat(s.updates()).isEqualTo(7);
  }
}
