package org.gradientlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

/** The 3-D surface's height field and paths, against f written out by hand. */
class SurfaceMeshTest {

  private static final double EPS = 1e-3; // the mesh holds floats

  /** Rosenbrock written out: (1 − x)² + 100 (y − x²)². */
  private static double rosenbrock(double x, double y) {
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
  }

  private final Domain view = new Domain(-2, 2, -1, 3);
  /** A linear scale from 0 to 3000: height −40·f/3000, inside the view's values. */
  private final ValueScale linear = new ValueScale(0, 3000, false, 1);

  @Test
  void everyMeshPointIsFAtItsGridPointOnTheMapsScale() {
    SurfaceFrame frame = SurfaceFrame.of(view, linear);
    SurfaceMesh m = SurfaceMesh.sample(new Rosenbrock(), frame, 9, 5, () -> false);
    assertThat(m.points()).hasSize(3 * 9 * 5);
    for (int j = 0; j < 5; j++) {
      for (int i = 0; i < 9; i++) {
        double x = -2 + 4.0 * i / 8;
        double y = 3 - 4.0 * j / 4;
        int k = j * 9 + i;
        // the 4 × 4 box is 100 units across, centred on (0, 1)
        assertThat((double) m.points()[3 * k]).isCloseTo(x * 25, within(EPS));
        assertThat((double) m.points()[3 * k + 2]).isCloseTo((y - 1) * 25, within(EPS));
        double expected = -40 * Math.min(1, rosenbrock(x, y) / 3000);
        assertThat((double) m.points()[3 * k + 1]).isCloseTo(expected, within(EPS));
      }
    }
    // (1, 1), the minimum, at the floor: column 6, row 2
    assertThat((double) m.points()[3 * (2 * 9 + 6) + 1]).isCloseTo(0, within(EPS));
  }

  @Test
  void texturePutsTheHeatMapsNorthWestCornerOnTheGridsFirstPoint() {
    SurfaceMesh m = SurfaceMesh.sample(new Rosenbrock(), SurfaceFrame.of(view, linear), 9, 5, () -> false);
    assertThat(m.texCoords()[0]).isEqualTo(0f); // u, west
    assertThat(m.texCoords()[1]).isEqualTo(0f); // v, north: the image's first row is y = yMax
    int last = 9 * 5 - 1;
    assertThat(m.texCoords()[2 * last]).isEqualTo(1f);
    assertThat(m.texCoords()[2 * last + 1]).isEqualTo(1f);
    assertThat(m.faces()).hasSize(6 * 2 * 8 * 4);
    for (int v : m.faces()) {
      assertThat(v).isBetween(0, last);
    }
  }

  @Test
  void aLogScaleGivesTheSameHeightAsItsColourPosition() {
    ValueScale log = new ValueScale(0, 3000, true, 0.1);
    SurfaceFrame frame = SurfaceFrame.of(view, log);
    double f = rosenbrock(0.5, 0.5);
    double n = (Math.log10(f + 0.1) - Math.log10(0.1)) / (Math.log10(3000.1) - Math.log10(0.1));
    assertThat(frame.y(f)).isCloseTo(-40 * n, within(1e-9));
    assertThat(frame.y(Double.NaN)).isEqualTo(0);
    assertThat(frame.y(1e9)).isEqualTo(-40);
  }

  @Test
  void aPathPassesThroughEveryIterateAtItsValue() {
    SurfaceFrame frame = SurfaceFrame.of(view, linear);
    Trajectory t = Runner.run(new Rosenbrock(), new GradientDescent(0.001), new RunSettings(new double[] {-1.5, 2}, 40));
    List<List<double[]>> lines = SurfacePath.polylines(frame, t, 40);
    assertThat(lines).hasSize(1);
    List<double[]> line = lines.get(0);
    assertThat(line).hasSize(41);
    for (int k = 0; k <= 40; k++) {
      double x = t.theta(k, 0);
      double y = t.theta(k, 1);
      assertThat(line.get(k)[0]).isCloseTo(x * 25, within(1e-9));
      assertThat(line.get(k)[1]).isCloseTo(-40 * Math.min(1, rosenbrock(x, y) / 3000), within(1e-6));
      assertThat(line.get(k)[2]).isCloseTo((y - 1) * 25, within(1e-9));
    }
    assertThat(SurfacePath.polylines(frame, t, 7).get(0)).hasSize(8);
  }

  @Test
  void aLongRunIsThinnedButKeepsItsStartAndItsLastIterate() {
    SurfaceFrame frame = SurfaceFrame.of(view, linear);
    Trajectory t = Runner.run(new Rosenbrock(), new GradientDescent(0.001), new RunSettings(new double[] {-1.5, 2}, 5000));
    List<double[]> line = SurfacePath.polylines(frame, t, t.lastStep()).get(0);
    assertThat(line.size()).isLessThanOrEqualTo(SurfacePath.MAX_POINTS + 1);
    assertThat(line.get(0)).containsExactly(SurfacePath.point(frame, t, 0));
    assertThat(line.get(line.size() - 1)).containsExactly(SurfacePath.point(frame, t, t.lastStep()));
  }

  @Test
  void aPathThatLeavesTheViewIsCutWhereItIsOutside() {
    Domain small = new Domain(-1.6, -1.4, 1.5, 2.5);
    SurfaceFrame frame = SurfaceFrame.of(small, linear);
    Trajectory t = Runner.run(new Rosenbrock(), new GradientDescent(0.001), new RunSettings(new double[] {-1.5, 2}, 200));
    List<List<double[]>> lines = SurfacePath.polylines(frame, t, 200);
    int drawn = lines.stream().mapToInt(List::size).sum();
    int inside = 0;
    for (int k = 0; k <= t.lastStep(); k++) {
      inside += small.contains(t.theta(k, 0), t.theta(k, 1)) ? 1 : 0;
    }
    assertThat(inside).isBetween(1, t.lastStep()); // the run does leave the box
    assertThat(drawn).isEqualTo(inside);
    for (List<double[]> line : lines) {
      for (double[] p : line) {
        assertThat(Math.abs(p[0])).isLessThanOrEqualTo(frame.halfWidth() + 1e-9);
        assertThat(Math.abs(p[2])).isLessThanOrEqualTo(frame.halfDepth() + 1e-9);
      }
    }
  }
}
