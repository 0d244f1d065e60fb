package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole-batch forward and backward pass gives the loss and gradient of backpropagation example
 * by example bit for bit (the student reads these numbers; a faster loop must not move them), for
 * full batches and mini-batches of different sizes through one network's buffers.
 */
class BatchedBackpropagationTest {

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theBatchedPassesEqualExampleByExampleBackpropagationToTheLastBit(Activation activation) {
    Dataset data = ToyDatasets.spirals(57, 0.1, 4);
    int n = data.size();
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = data.feature(i, 0);
      x2[i] = data.feature(i, 1);
      y[i] = data.target(i);
    }
    for (List<Integer> hidden : List.of(List.of(3), List.of(5, 4), List.of(12, 12, 12, 12, 12, 12))) {
      NetLayout layout = new NetLayout(hidden, activation);
      double[] theta = layout.initialWeights(Initialization.XAVIER, 3);
      for (int j = 0; j < theta.length; j++) {
        theta[j] += 0.3 * Math.sin(5 * j);
      }
      Network net = new Network(layout);
      int[][] batches = {allIndices(n), {4, 9, 9, 30, 2}, {0}, allIndices(n)};
      for (int[] batch : batches) {
        double[] expected = new double[theta.length];
        double expectedLoss = 0;
        Network reference = new Network(layout);
        for (int i : batch) {
          expectedLoss += reference.accumulate(theta, x1[i], x2[i], y[i], expected);
        }
        double[] got = new double[theta.length];
        double loss = batch.length == n && batch[batch.length - 1] == n - 1
            ? net.lossAndGradientSum(theta, x1, x2, y, n, got)
            : net.lossAndGradientSum(theta, x1, x2, y, batch, batch.length, got);
        assertThat(Double.doubleToRawLongBits(loss)).as("%s %s loss", activation, hidden)
            .isEqualTo(Double.doubleToRawLongBits(expectedLoss));
        for (int j = 0; j < theta.length; j++) {
          assertThat(Double.doubleToRawLongBits(got[j]))
              .as("%s %s batch of %d: ∂/∂%s", activation, hidden, batch.length, layout.parameterName(j))
              .isEqualTo(Double.doubleToRawLongBits(expected[j]));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void accuracyCountsTheExamplesWhoseLogitHasTheSideOfTheirLabel(Activation activation) {
    Dataset data = ToyDatasets.moons(80, 0.2, 9);
    NetLayout layout = new NetLayout(List.of(6, 5), activation);
    NetObjective f = new NetObjective(layout, data, 0);
    Network one = new Network(layout);
    double[] gradient = new double[layout.parameterCount()];
    for (long seed = 1; seed <= 5; seed++) {
      double[] theta = layout.initialWeights(Initialization.XAVIER, seed);
      double[] other = layout.initialWeights(Initialization.XAVIER, seed + 10);
      // Right after the gradient at θ (its logits reused), then at other weights (not reused).
      f.valueAndGradient(theta, gradient);
      assertThat(f.accuracy(theta)).isEqualTo(countRight(one, theta, data));
      assertThat(f.accuracy(other)).isEqualTo(countRight(one, other, data));
      f.valueAndGradient(theta, gradient);
      theta[3] += 0.5; // the same array, moved
      assertThat(f.accuracy(theta)).isEqualTo(countRight(one, theta, data));
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theDecisionPictureHoldsEachCellsProbabilityPointByPointToTheLastBit(Activation activation) {
    Dataset data = ToyDatasets.circles(60, 0.1, 2);
    NetLayout layout = new NetLayout(List.of(7, 6, 5), activation);
    NetObjective f = new NetObjective(layout, data, 0);
    double[] theta = layout.initialWeights(Initialization.HE, 8);
    org.gradientlab.objective.Domain frame = f.inputFrame();
    int w = 37;
    int h = 23;
    f.valueAndGradient(theta, new double[theta.length]); // the data's pass first: buffers in use
    float[] grid = f.probabilityGrid(theta, frame, w, h);
    Network one = new Network(layout);
    for (int row = 0; row < h; row++) {
      double y = frame.yMax() - (row + 0.5) / h * frame.height();
      for (int col = 0; col < w; col++) {
        double x = frame.xMin() + (col + 0.5) / w * frame.width();
        assertThat(grid[row * w + col]).as("cell %d, %d", col, row).isEqualTo((float) one.probability(theta, x, y));
      }
    }
    // The data's logits are not mistaken for the picture's afterwards.
    assertThat(f.accuracy(theta)).isEqualTo(countRight(one, theta, data));
  }

  private static double countRight(Network one, double[] theta, Dataset data) {
    int right = 0;
    for (int i = 0; i < data.size(); i++) {
      boolean one1 = one.logit(theta, data.feature(i, 0), data.feature(i, 1)) >= 0;
      if (one1 == (data.target(i) >= 0.5)) {
        right++;
      }
    }
    return (double) right / data.size();
  }

  private static int[] allIndices(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
