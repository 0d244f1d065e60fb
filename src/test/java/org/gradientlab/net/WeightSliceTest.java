package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;

class WeightSliceTest {

  private final NetLayout layout = new NetLayout(List.of(5, 4), Activation.TANH);
  private final double[] theta = layout.initialWeights(Initialization.XAVIER, 9);

  @Test
  void filterNormalisedDirectionsMatchEachUnitsWeightNormAndLeaveBiasesAlone() {
    WeightSlice s = WeightSlice.filterNormalised(layout, theta, 4);
    for (double[] d : List.of(s.d1(), s.d2())) {
      for (int l = 1; l <= layout.layerCount(); l++) {
        int in = layout.fanIn(l);
        for (int unit = 0; unit < layout.width(l); unit++) {
          int row = layout.weightOffset(l) + unit * in;
          double dn = 0;
          double tn = 0;
          for (int i = 0; i < in; i++) {
            dn += d[row + i] * d[row + i];
            tn += theta[row + i] * theta[row + i];
          }
          assertThat(Math.sqrt(dn)).isCloseTo(Math.sqrt(tn), within(1e-12));
        }
        for (int i = layout.biasOffset(l); i < layout.weightOffset(l + 1); i++) {
          assertThat(d[i]).isZero();
        }
      }
    }
  }

  @Test
  void theSliceIsTheLossOnThePlaneWithAnExactGradient() {
    NetObjective loss = new NetObjective(layout, ToyDatasets.moons(60, 0.1, 1), 0.01);
    WeightSlice s = WeightSlice.filterNormalised(layout, theta, 4);
    SliceObjective f = new SliceObjective(loss, s, 1);
    assertThat(f.value(new double[] {0, 0})).isEqualTo(loss.value(theta));
    for (double[] ab : new double[][] {{0.3, -0.2}, {-0.7, 0.5}}) {
      double[] g = f.gradient(ab);
      double[] fd = FiniteDifferences.gradient(f, ab, 1e-6);
      assertThat(g[0]).isCloseTo(fd[0], within(1e-6));
      assertThat(g[1]).isCloseTo(fd[1], within(1e-6));
    }
  }

  @Test
  void projectionRecoversTheCoordinatesOfPointsInThePlane() {
    WeightSlice s = WeightSlice.filterNormalised(layout, theta, 4);
    double[] p = new double[theta.length];
    s.point(0.37, -1.2, p);
    double[] ab = s.project(p);
    assertThat(ab[0]).isCloseTo(0.37, within(1e-10));
    assertThat(ab[1]).isCloseTo(-1.2, within(1e-10));
    WeightSlice chosen = WeightSlice.chosenWeights(layout, theta, 3, 10);
    assertThat(chosen.name1()).isEqualTo("W1[1,1]");
    double[] moved = theta.clone();
    moved[3] += 0.5;
    moved[10] -= 0.25;
    assertThat(chosen.project(moved)[0]).isCloseTo(0.5, within(1e-15));
    assertThat(chosen.project(moved)[1]).isCloseTo(-0.25, within(1e-15));
  }
}
