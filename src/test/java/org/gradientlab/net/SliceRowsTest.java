package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.plot.GridEvaluable;
import org.junit.jupiter.api.Test;

/**
 * A slice's picture computed a row at a time (first-layer exponentials as products of a column
 * and a row factor) agrees with the loss evaluated pixel by pixel, for every activation.
 */
class SliceRowsTest {

  @Test
  void rowsEqualThePixelByPixelLossForEveryActivationAndLayout() {
    for (Activation g : Activation.values()) {
      for (List<Integer> hidden : List.of(List.of(5, 5), List.of(8), List.of(4, 4, 4))) {
        NetLayout layout = new NetLayout(hidden, g);
        NetObjective loss = new NetObjective(layout, ToyDatasets.moons(120, 0.1, 3), 0.01);
        double[] theta = layout.initialWeights(Initialization.XAVIER, 5);
        SliceObjective slice = new SliceObjective(loss, WeightSlice.filterNormalised(layout, theta, 2), 2);
        double[] as = {-2, -1.3, -0.01, 0, 0.7, 1.99};
        GridEvaluable.RowEvaluator rows = slice.onColumns(as);
        for (double b : new double[] {-1.8, -0.5, 0, 0.25, 1.9}) {
          double[] out = new double[as.length];
          rows.row(b, out);
          for (int i = 0; i < as.length; i++) {
            double direct = slice.value(new double[] {as[i], b});
            assertThat(Math.abs(out[i] - direct)).as("%s %s at (%s, %s)", g, hidden, as[i], b)
                .isLessThanOrEqualTo(1e-12 * Math.abs(direct));
          }
        }
      }
    }
  }

  @Test
  void aFarOutSliceWhereExponentialsOverflowStillAgrees() {
    NetLayout layout = new NetLayout(List.of(6), Activation.TANH);
    NetObjective loss = new NetObjective(layout, ToyDatasets.circles(80, 0.05, 1), 0);
    double[] theta = layout.initialWeights(Initialization.HE, 8);
    // Directions this long push e^{2z} past the double range at the picture's edges.
    SliceObjective slice = new SliceObjective(loss, WeightSlice.filterNormalised(layout, theta, 4), 400);
    double[] as = {-390, -200, -3, 0, 150, 399};
    GridEvaluable.RowEvaluator rows = slice.onColumns(as);
    for (double b : new double[] {-395, -120, 0, 2.5, 260, 398}) {
      double[] out = new double[as.length];
      rows.row(b, out);
      for (int i = 0; i < as.length; i++) {
        double direct = slice.value(new double[] {as[i], b});
        assertThat(direct).isFinite();
        assertThat(Math.abs(out[i] - direct)).as("at (%s, %s)", as[i], b)
            .isLessThanOrEqualTo(1e-9 * Math.abs(direct));
      }
    }
  }
}
