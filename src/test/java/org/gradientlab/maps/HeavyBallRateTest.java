package org.gradientlab.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.Optimizer;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Heavy ball's rate against EJML's eigenvalues, against real runs, and against Polyak's optimum. */
class HeavyBallRateTest {

  /** The lab's bowl: eigenvalues 1 and 1/κ. */
  private static final double L = 1;

  /** The largest modulus of the eigenvalues of M, by EJML's general (non-symmetric) decomposition. */
  private static double ejmlRadius(double[] m) {
    DMatrixRMaj matrix = new DMatrixRMaj(2, 2, true, m);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, false);
    assertThat(eig.decompose(matrix)).isTrue();
    double max = 0;
    for (int i = 0; i < 2; i++) {
      Complex_F64 z = eig.getEigenvalue(i);
      max = Math.max(max, z.getMagnitude());
    }
    return max;
  }

  @Test
  void theSpectralRadiusIsTheLargestEigenvalueModulusOfTheIterationMatrix() {
    Random random = new Random(17);
    for (int n = 0; n < 5000; n++) {
      double eta = random.nextDouble() * 5;
      double alpha = random.nextDouble();
      double h = Math.pow(10, -3 + 3 * random.nextDouble());
      double expected = ejmlRadius(HeavyBallRate.iterationMatrix(eta, alpha, h));
      assertThat(HeavyBallRate.along(eta, alpha, h).rate())
          .as("η = %s, α = %s, h = %s", eta, alpha, h)
          .isCloseTo(expected, within(1e-7 * Math.max(1, expected)));
    }
  }

  @Test
  void theIterationMatrixIsOneStepOfTheLabsMomentumOptimizer() {
    // f(x) = h x²/2 in 1-D: after one step from (x, v = 0) and a second one, (e, v) must be M (e, v).
    double eta = 0.7;
    double alpha = 0.6;
    double h = 2.5;
    Optimizer opt = new Momentum(eta, alpha).create(1);
    double[] x = {1.3};
    opt.step(x, (theta, g) -> g[0] = h * theta[0]);
    double e1 = x[0];
    double v1 = (1.3 - e1) / eta; // θ₁ = θ₀ − ηv₁
    opt.step(x, (theta, g) -> g[0] = h * theta[0]);
    double[] m = HeavyBallRate.iterationMatrix(eta, alpha, h);
    assertThat(x[0]).isCloseTo(m[0] * e1 + m[1] * v1, within(1e-12));
    assertThat((e1 - x[0]) / eta).isCloseTo(m[2] * e1 + m[3] * v1, within(1e-12));
  }

  /**
   * The per-step contraction of ‖θ_k − θ*‖ over a long run: the ratio of the error's envelope (its
   * largest value over 40 steps, longer than the ringing's period) at two late windows.
   */
  private static double measuredContraction(Trajectory t) {
    int last = t.lastStep();
    // Stay far above underflow: the error must still be a normal double.
    while (last > 0 && Math.hypot(t.theta(last, 0), t.theta(last, 1)) < 1e-200) {
      last--;
    }
    int window = 40;
    int late = last - window;
    int early = Math.max(100, late / 3);
    assertThat(late - early).as("a long enough run").isGreaterThan(200);
    return Math.pow(envelope(t, late, window) / envelope(t, early, window), 1.0 / (late - early));
  }

  private static double envelope(Trajectory t, int from, int window) {
    double max = 0;
    for (int k = from; k < from + window; k++) {
      max = Math.max(max, Math.hypot(t.theta(k, 0), t.theta(k, 1)));
    }
    return max;
  }

  @ParameterizedTest(name = "κ = {0}, η = {1}, α = {2}")
  @CsvSource({
      "10, 1.0, 0.9",    // both modes complex: ρ = √α
      "10, 2.0, 0.1",    // real roots, the L-mode flips sign
      "10, 0.5, 0.3",    // monotone: the μ-mode decides
      "10, 3.7, 0.9",    // just inside the edge 3.8
      "100, 1.0, 0.9",   // lesson 3's stretched bowl
      "100, 3.0, 0.5",
      "10, 0.8, 0.0"})   // gradient descent
  void theMeasuredContractionOfARealRunApproachesThePredictedRadius(double kappa, double eta,
      double alpha) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, 30);
    double predicted = HeavyBallRate.worst(eta, alpha, L / kappa, L).rate();
    Trajectory t = Runner.run(bowl, new Momentum(eta, alpha), new RunSettings(new double[] {-2.5, 2}, 6000));
    assertThat(measuredContraction(t)).isCloseTo(predicted, within(0.004));
  }

  @ParameterizedTest(name = "κ = {0}")
  @ValueSource(doubles = {1, 4, 10, 100, 1000})
  void polyaksOptimumInThisFormIsTheSquaredRatioAndItsRateIsItsRoot(double kappa) {
    double mu = L / kappa;
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(mu, L);
    double q = Math.sqrt(kappa);
    assertThat(best.alpha()).isCloseTo(Math.pow((q - 1) / (q + 1), 2), within(1e-15));
    // η* = (1 + √α*)²/L = (1 − √α*)²/μ = 4/(√L + √μ)²: Polyak's step, since θ' − θ = α(θ − θ₋) − η∇f.
    assertThat(best.eta()).isCloseTo(4 / Math.pow(Math.sqrt(L) + Math.sqrt(mu), 2), within(1e-12));
    assertThat(best.eta()).isCloseTo(Math.pow(1 - Math.sqrt(best.alpha()), 2) / mu, within(1e-9));
    // There both modes have a double root: ρ = √α* exactly, up to the √ of rounding in the discriminant.
    assertThat(HeavyBallRate.worst(best.eta(), best.alpha(), mu, L).rate())
        .isCloseTo(Math.sqrt(best.alpha()), within(1e-6));
    assertThat(best.rate()).isCloseTo((q - 1) / (q + 1), within(1e-15));
  }

  @ParameterizedTest(name = "κ = {0}")
  @ValueSource(doubles = {10, 100})
  void theSmallestRadiusOnAFineGridSitsAtTheClosedFormOptimum(double kappa) {
    double mu = L / kappa;
    RateMap map = RateMap.momentum(mu, L, 600, () -> false);
    int[] at = map.argmin();
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(mu, L);
    double alphaCell = map.y().max() / map.y().cells();
    // Just above α* every η of a narrow band has ρ = √α (both modes complex): the grid's first
    // such cell is within 1 % of η*, and the band shrinks onto η* as the grid gets finer.
    assertThat(map.x().value(at[0])).isCloseTo(best.eta(), within(0.01 * best.eta()));
    assertThat(map.y().value(at[1])).isCloseTo(best.alpha(), within(2 * alphaCell));
    // No cell beats the theory's optimum (ρ ≥ √α ≥ √α* near it, and more elsewhere).
    assertThat(map.rate(at[0], at[1])).isGreaterThanOrEqualTo(best.rate() - 1e-9);
    assertThat(map.rate(at[0], at[1])).isLessThan(best.rate() + 0.01);
  }

  @ParameterizedTest(name = "α = {0}")
  @ValueSource(doubles = {0, 0.1, 0.5, 0.9, 0.99})
  void theRunDivergesExactlyPastTwoTimesOnePlusAlphaOverL(double alpha) {
    double mu = 0.1;
    double edge = HeavyBallRate.divergenceEdge(alpha, L);
    assertThat(edge).isEqualTo(2 * (1 + alpha) / L);
    assertThat(HeavyBallRate.worst(edge * (1 - 1e-9), alpha, mu, L).regime()).isNotEqualTo(Regime.DIVERGING);
    assertThat(HeavyBallRate.worst(edge * (1 + 1e-9), alpha, mu, L).regime()).isEqualTo(Regime.DIVERGING);
  }

  @ParameterizedTest(name = "κ = {0}, α = {1}")
  @CsvSource({"10, 0", "10, 0.1", "10, 0.25", "10, 0.3", "10, 0.6", "10, 0.9",
      "100, 0.3", "100, 0.66", "100, 0.68", "100, 0.95"})
  void theRunIsMonotoneExactlyUpToTheClosedFormEdge(double kappa, double alpha) {
    double mu = L / kappa;
    double edge = HeavyBallRate.monotoneEdge(alpha, mu, L);
    double alphaStar = HeavyBallRate.optimum(mu, L).alpha();
    assertThat(edge).isEqualTo(alpha <= alphaStar
        ? 2 * (1 + alpha) / (L + mu)
        : Math.pow(1 - Math.sqrt(alpha), 2) / mu);
    assertThat(HeavyBallRate.worst(edge * (1 - 1e-6), alpha, mu, L).regime()).isEqualTo(Regime.MONOTONE);
    assertThat(HeavyBallRate.worst(edge * (1 + 1e-6), alpha, mu, L).regime()).isEqualTo(Regime.OSCILLATING);
  }

  @Test
  void theMapsCellsChangeRegionWhereTheClosedFormEdgesLie() {
    double mu = 0.1;
    RateMap map = RateMap.momentum(mu, L, 200, () -> false);
    for (int j = 0; j < map.y().cells(); j++) {
      double alpha = map.y().value(j);
      double diverging = HeavyBallRate.divergenceEdge(alpha, L);
      double monotone = HeavyBallRate.monotoneEdge(alpha, mu, L);
      for (int i = 0; i < map.x().cells(); i++) {
        double eta = map.x().value(i);
        if (Math.abs(eta - diverging) < 1e-9 || Math.abs(eta - monotone) < 1e-9) {
          continue; // on an edge itself rounding decides
        }
        Regime expected = eta >= diverging ? Regime.DIVERGING
            : eta <= monotone ? Regime.MONOTONE : Regime.OSCILLATING;
        assertThat(map.regime(i, j)).as("η = %s, α = %s", eta, alpha).isEqualTo(expected);
      }
    }
  }

  @Test
  void theOptimumIsTheCornerOfTheMonotoneRegion() {
    double mu = 0.01;
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(mu, L);
    assertThat(HeavyBallRate.monotoneEdge(best.alpha(), mu, L)).isCloseTo(best.eta(), within(1e-12));
    assertThat(2 * (1 + best.alpha()) / (L + mu)).isCloseTo(best.eta(), within(1e-12));
  }
}
