package org.gradientlab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.math.Vectors;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.plot.GridEvaluable;
import org.junit.jupiter.api.Test;

/** The plane through a training path (Li et al. 2018 §7) against what it is defined to be. */
class TrajectoryPlaneTest {

  private final NetLayout layout = new NetLayout(List.of(5, 4), Activation.TANH);
  private final int n = layout.parameterCount();
  private final SplittableRandom random = new SplittableRandom(11);

  @Test
  void aPathLyingInAPlaneIsReproducedExactlyByItsCoordinatesOnThatPlane() {
    // θᵢ = θ_c + αᵢ·u + βᵢ·w with u, w orthonormal: start at α = −D, current at α = 0, β = 0 at both ends.
    double[] current = gaussian(1);
    double[] u = unit(gaussian(1));
    double[] w = orthonormalTo(gaussian(1), u);
    double distance = 2.5;
    List<double[]> path = new ArrayList<>();
    List<double[]> coordinates = new ArrayList<>();
    for (int i = 0; i <= 40; i++) {
      double t = i / 40.0;
      double alpha = -distance * (1 - t);
      double beta = 0.8 * Math.sin(Math.PI * t) + 0.3 * Math.sin(3 * Math.PI * t);
      path.add(combine(current, alpha, u, beta, w));
      coordinates.add(new double[] {alpha, beta});
    }
    WeightSlice s = TrajectoryPlane.through(layout, path, 1).slice();

    assertThat(s.origin()).containsExactly(path.get(path.size() - 1)); // where training stands
    double[] p = new double[n];
    for (int i = 0; i < path.size(); i++) {
      double[] ab = s.project(path.get(i));
      // The path bulges to positive β here (Σβ > 0), which is the sign the plane chooses.
      assertThat(ab[0]).isCloseTo(coordinates.get(i)[0], within(1e-12));
      assertThat(ab[1]).isCloseTo(coordinates.get(i)[1], within(1e-12));
      s.point(ab[0], ab[1], p);
      for (int k = 0; k < n; k++) {
        assertThat(p[k]).isCloseTo(path.get(i)[k], within(1e-12));
      }
    }
    assertThat(s.shareInPlane(path)).isCloseTo(1, within(1e-12));
  }

  @Test
  void theSecondDirectionOfAPathDeviatingAlongAKnownLineIsThatLine() {
    // Deviations from the chord all along one line w (with either sign): d₂ = ±w, signed so Σ d₂·rᵢ ≥ 0.
    double[] start = gaussian(1);
    double[] chord = gaussian(0.5);
    double[] w = orthonormalTo(gaussian(1), unit(chord.clone()));
    List<double[]> path = new ArrayList<>();
    double[] s = {0, 0.4, -0.1, 0.9, 0.2, -0.3, 0.6, 0};
    for (int i = 0; i < s.length; i++) {
      double t = (double) i / (s.length - 1);
      path.add(combine(start, t, chord, s[i], w));
    }
    TrajectoryPlane plane = TrajectoryPlane.through(layout, path, 1);
    assertThat(plane.straight()).isFalse();
    for (int k = 0; k < n; k++) {
      assertThat(plane.slice().d2()[k]).isCloseTo(w[k], within(1e-12));
    }
  }

  @Test
  void theTopPrincipalDirectionOfRowsIsTheAxisOfLargestSecondMoment() {
    // Rows aᵢv + bᵢw with v ⟂ w, Σaᵢbᵢ = 0 and Σa² > Σb²: the scatter is Σa²·vvᵀ + Σb²·wwᵀ, whose
    // top eigenvector is v.
    double[] v = unit(gaussian(1));
    double[] w = orthonormalTo(gaussian(1), v);
    double[] a = {1, -2, 1.5, -0.5}; // Σa² = 7.5
    double[] b = {0.5, 0.25, 0.5, 1.5}; // Σb² = 2.8125; Σab = 0.5 − 0.5 + 0.75 − 0.75 = 0
    double[][] rows = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      rows[i] = combine(new double[n], a[i], v, b[i], w);
    }
    double[] top = TrajectoryPlane.topPrincipalDirection(rows);
    double sign = Math.signum(Vectors.dot(top, v));
    for (int k = 0; k < n; k++) {
      assertThat(sign * top[k]).isCloseTo(v[k], within(1e-12));
    }
  }

  @Test
  void theDirectionsOfARealTrainingPathAreOrthonormalAndTheFirstRunsFromStartToNow() {
    List<double[]> path = trainingPath(300);
    WeightSlice s = TrajectoryPlane.through(layout, path, 1).slice();
    assertThat(Vectors.norm(s.d1())).isCloseTo(1, within(1e-12));
    assertThat(Vectors.norm(s.d2())).isCloseTo(1, within(1e-12));
    assertThat(Vectors.dot(s.d1(), s.d2())).isCloseTo(0, within(1e-12));
    double[] start = path.get(0);
    double[] now = path.get(path.size() - 1);
    double distance = Vectors.distance(start, now);
    double[] ab = s.project(start);
    assertThat(ab[0]).isCloseTo(-distance, within(1e-12 * Math.max(1, distance)));
    assertThat(ab[1]).isCloseTo(0, within(1e-12 * Math.max(1, distance)));
  }

  @Test
  void noOtherPlaneThroughStartAndNowHoldsMoreOfThePath() {
    // The principal direction maximises Σ (d₂·rᵢ)² over unit d₂ ⟂ d₁: every other choice holds less
    // (a path of at most MAX_POINTS points, so the plane is computed from all of them).
    List<double[]> path = trainingPath(TrajectoryPlane.MAX_POINTS - 1);
    WeightSlice best = TrajectoryPlane.through(layout, path, 1).slice();
    double share = best.shareInPlane(path);
    for (int trial = 0; trial < 20; trial++) {
      double[] other = orthonormalTo(gaussian(1), best.d1());
      WeightSlice alternative = new WeightSlice(best.origin(), best.d1(), other, "a", "b");
      assertThat(alternative.shareInPlane(path)).isLessThanOrEqualTo(share + 1e-12);
    }
  }

  @Test
  void aStraightPathTakesARandomSecondDirectionOrthonormalToTheFirst() {
    double[] start = gaussian(1);
    double[] chord = gaussian(1);
    List<double[]> path = List.of(start, combine(start, 0.3, chord, 0, chord),
        combine(start, 1, chord, 0, chord));
    TrajectoryPlane plane = TrajectoryPlane.through(layout, path, 4);
    assertThat(plane.straight()).isTrue();
    assertThat(Vectors.norm(plane.slice().d2())).isCloseTo(1, within(1e-12));
    assertThat(Vectors.dot(plane.slice().d1(), plane.slice().d2())).isCloseTo(0, within(1e-12));
  }

  @Test
  void aPathThatHasNotMovedHasNoPlane() {
    double[] start = gaussian(1);
    assertThat(TrajectoryPlane.isDefined(List.of(start))).isFalse();
    assertThat(TrajectoryPlane.isDefined(List.of(start, start.clone()))).isFalse();
    assertThatThrownBy(() -> TrajectoryPlane.through(layout, List.of(start, start.clone()), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRowByRowPictureOfAPathSliceEqualsThePixelByPixelLoss() {
    // The plane's directions move biases too (unlike filter-normalised ones): the first-layer
    // factorisation must hold for them.
    List<double[]> path = trainingPath(100);
    NetObjective loss = new NetObjective(layout, ToyDatasets.moons(80, 0.1, 3), 0);
    SliceObjective slice = new SliceObjective(loss, TrajectoryPlane.through(layout, path, 1).slice(), 3);
    double[] as = {-2.5, -0.4, 0, 1.1};
    GridEvaluable.RowEvaluator rows = slice.onColumns(as);
    for (double b : new double[] {-1, 0, 0.6}) {
      double[] out = new double[as.length];
      rows.row(b, out);
      for (int i = 0; i < as.length; i++) {
        double direct = slice.value(new double[] {as[i], b});
        assertThat(out[i]).isCloseTo(direct, within(1e-12 * Math.max(1, Math.abs(direct))));
      }
    }
  }

  private List<double[]> trainingPath(int updates) {
    NetObjective loss = new NetObjective(layout, ToyDatasets.spirals(100, 0.05, 2), 0);
    TrainingSession session = new TrainingSession(loss, Adam.withDefaults(0.02), 20,
        layout.initialWeights(Initialization.XAVIER, 3), 3);
    List<double[]> path = new ArrayList<>();
    path.add(session.advance(0).theta());
    for (int i = 0; i < updates; i++) {
      path.add(session.advance(1).theta());
    }
    return path;
  }

  private double[] gaussian(double scale) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = scale * random.nextGaussian();
    }
    return v;
  }

  private static double[] unit(double[] v) {
    double norm = Vectors.norm(v);
    for (int k = 0; k < v.length; k++) {
      v[k] /= norm;
    }
    return v;
  }

  private static double[] orthonormalTo(double[] v, double[] u) {
    double c = Vectors.dot(v, u);
    for (int k = 0; k < v.length; k++) {
      v[k] -= c * u[k];
    }
    return unit(v);
  }

  /** base + a·u + b·w. */
  private static double[] combine(double[] base, double a, double[] u, double b, double[] w) {
    double[] out = base.clone();
    for (int k = 0; k < out.length; k++) {
      out[k] += a * u[k] + b * w[k];
    }
    return out;
  }
}
