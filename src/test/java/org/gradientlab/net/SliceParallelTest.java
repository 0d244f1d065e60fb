package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.plot.Heatmap;
import org.junit.jupiter.api.Test;

/** The slice picture on both cores is the one-core picture bit for bit: rows are independent. */
class SliceParallelTest {

  @Test
  void theSliceRenderedInParallelEqualsTheSerialOneBitForBit() {
    NetLayout layout = new NetLayout(List.of(5, 5), Activation.TANH);
    NetObjective loss = new NetObjective(layout, ToyDatasets.spirals(80, 0.05, 7), 0.01);
    double[] theta = layout.initialWeights(Initialization.XAVIER, 4);
    SliceObjective f = new SliceObjective(loss, WeightSlice.filterNormalised(layout, theta, 3), 1);
    Heatmap serial = Heatmap.render(f, f.domain(), 150, 150, () -> false, false);
    Heatmap parallel = Heatmap.render(f, f.domain(), 150, 150, () -> false, true);
    assertThat(parallel.argb()).isEqualTo(serial.argb());
    assertThat(parallel.scale()).isEqualTo(serial.scale());
    assertThat(parallel.contours()).isEqualTo(serial.contours());
  }
}
