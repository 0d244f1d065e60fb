package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.objective.Domain;
import org.junit.jupiter.api.Test;

/** The decision picture covers a frame that fits the data, whatever the dataset and its noise. */
class DecisionPictureTest {

  private final NetLayout layout = new NetLayout(List.of(6), Activation.TANH);

  @Test
  void everyPointOfEveryDatasetLiesInsideTheInputFrameWithAMargin() {
    for (ToyDatasets.Kind kind : ToyDatasets.Kind.values()) {
      for (double noise : new double[] {0, 0.05, 0.5}) {
        Dataset d = ToyDatasets.make(kind, 300, noise, 7);
        Domain f = new NetObjective(layout, d, 0).inputFrame();
        assertThat(f.width()).isCloseTo(f.height(), within(1e-12));
        // The margin is a fraction of the larger span, and the side is that span plus two margins.
        double gap = NetObjective.INPUT_MARGIN * f.width() / (1 + 2 * NetObjective.INPUT_MARGIN);
        for (int i = 0; i < d.size(); i++) {
          double x = d.feature(i, 0);
          double y = d.feature(i, 1);
          assertThat(x).as("%s, noise %s", kind, noise).isBetween(f.xMin() + gap - 1e-12, f.xMax() - gap + 1e-12);
          assertThat(y).as("%s, noise %s", kind, noise).isBetween(f.yMin() + gap - 1e-12, f.yMax() - gap + 1e-12);
        }
      }
    }
  }

  @Test
  void theProbabilityGridSamplesTheCentresOfItsCellsOverTheFrame() {
    NetObjective loss = new NetObjective(layout, ToyDatasets.moons(50, 0.1, 1), 0);
    double[] theta = layout.initialWeights(Initialization.XAVIER, 2);
    Domain frame = new Domain(-2, 1, 0.5, 3.5);
    int w = 6;
    int h = 4;
    float[] grid = loss.probabilityGrid(theta, frame, w, h);
    Network net = new Network(layout);
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        double x = -2 + (col + 0.5) * 3.0 / w;
        double y = 3.5 - (row + 0.5) * 3.0 / h; // row 0 at the top
        assertThat((double) grid[row * w + col]).isCloseTo(net.probability(theta, x, y), within(1e-7));
      }
    }
  }
}
