package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Backpropagation against central differences of the loss, for every activation and layout. */
class BackpropagationTest {

  private static final List<List<Integer>> LAYOUTS = List.of(List.of(3), List.of(4, 3), List.of(5, 4, 4, 3, 3));

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theGradientIsTheDerivativeOfTheLoss(Activation activation) {
    Dataset data = ToyDatasets.moons(40, 0.1, 3);
    for (List<Integer> hidden : LAYOUTS) {
      for (double lambda : new double[] {0, 0.05}) {
        NetLayout layout = new NetLayout(hidden, activation);
        NetObjective f = new NetObjective(layout, data, lambda);
        // Not too small: the loss must not be flat, or the check would pass trivially.
        double[] theta = layout.initialWeights(Initialization.XAVIER, 17);
        for (int j = 0; j < theta.length; j++) {
          theta[j] += 0.1 * Math.sin(7 * j);
        }
        double[] exact = new double[theta.length];
        f.valueAndGradient(theta, exact);
        double[] numeric = FiniteDifferences.gradient(f, theta, 1e-6);
        double norm = 0;
        for (int j = 0; j < theta.length; j++) {
          assertThat(exact[j]).as("%s %s λ=%s: ∂L/∂%s", activation, hidden, lambda, layout.parameterName(j))
              .isCloseTo(numeric[j], within(2e-6 * (1 + Math.abs(numeric[j]))));
          norm += exact[j] * exact[j];
        }
        assertThat(norm).isPositive();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void aMiniBatchGradientIsTheDerivativeOfTheMiniBatchLoss(Activation activation) {
    Dataset data = ToyDatasets.spirals(30, 0.05, 5);
    NetLayout layout = new NetLayout(List.of(6, 5), activation);
    NetObjective full = new NetObjective(layout, data, 0.02);
    int[] idx = {3, 7, 11, 19, 28};
    NetObjective batchOnly = new NetObjective(layout, data.subset("batch", idx), 0.02);
    double[] theta = layout.initialWeights(Initialization.HE, 2);
    double[] viaIndices = new double[theta.length];
    double[] viaSubset = new double[theta.length];
    double l1 = full.batchValueAndGradient(theta, idx, idx.length, viaIndices);
    double l2 = batchOnly.valueAndGradient(theta, viaSubset);
    assertThat(l1).isCloseTo(l2, within(1e-12));
    for (int j = 0; j < theta.length; j++) {
      assertThat(viaIndices[j]).isCloseTo(viaSubset[j], within(1e-12));
    }
    double[] numeric = FiniteDifferences.gradient(batchOnly, theta, 1e-6);
    for (int j = 0; j < theta.length; j++) {
      assertThat(viaIndices[j]).isCloseTo(numeric[j], within(2e-6 * (1 + Math.abs(numeric[j]))));
    }
  }
}
