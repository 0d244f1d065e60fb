package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation multiplies by W_lᵀ and by g'(z) once per layer. For the sigmoid g' ≤ ¼, so with
 * Xavier-sized weights the gradient shrinks by a roughly constant factor per layer on its way to
 * the input; ReLU with He initialisation keeps the per-layer factor near 1.
 */
class VanishingGradientTest {

  private static double[] meanLayerNorms(Activation g, Initialization init) {
    Dataset data = ToyDatasets.circles(200, 0.05, 4);
    NetLayout layout = new NetLayout(List.of(8, 8, 8, 8, 8), g);
    NetObjective f = new NetObjective(layout, data, 0);
    double[] mean = new double[layout.layerCount()];
    int seeds = 10;
    for (int seed = 0; seed < seeds; seed++) {
      double[] theta = layout.initialWeights(init, seed);
      double[] grad = new double[theta.length];
      f.valueAndGradient(theta, grad);
      double[] norms = f.layerGradientNorms(grad);
      for (int l = 0; l < norms.length; l++) {
        mean[l] += norms[l] / seeds;
      }
    }
    return mean;
  }

  @Test
  void inADeepSigmoidNetTheGradientShrinksTowardTheInput() {
    double[] sigmoid = meanLayerNorms(Activation.SIGMOID, Initialization.XAVIER);
    for (int l = 0; l + 1 < sigmoid.length - 1; l++) {
      assertThat(sigmoid[l]).as("layer %d vs %d", l + 1, l + 2).isLessThan(sigmoid[l + 1]);
    }
    // five sigmoid layers between the first weights and the output: a factor 4⁴ at least
    assertThat(sigmoid[0] / sigmoid[sigmoid.length - 2]).isLessThan(1.0 / 100);

    double[] relu = meanLayerNorms(Activation.RELU, Initialization.HE);
    assertThat(relu[0] / relu[relu.length - 2]).isGreaterThan(10 * sigmoid[0] / sigmoid[sigmoid.length - 2]);
  }
}
