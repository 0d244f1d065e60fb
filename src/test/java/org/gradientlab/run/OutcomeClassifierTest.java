package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Himmelblau;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.optimizer.RmsProp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outcome table: runs whose ending theory fixes, the verdicts expected from the factors
 * |1 − ηh| (GD) and the roots of z² − (1 + α − ηh)z + α (heavy ball), never from the classifier.
 */
class OutcomeClassifierTest {

  private static final double[] BOWL_START = {2.5, -1.5};

  private static Trajectory run(Objective f, OptimizerConfig c, double[] start, int steps) {
    return Runner.run(f, c, new RunSettings(start, steps));
  }

  /** The outcome of {@code t} as a {@code type}, failing with the outcome in the message. */
  private static <T extends Outcome> T as(Class<T> type, Trajectory t) {
    assertThat(t.outcome()).isInstanceOf(type);
    return type.cast(t.outcome());
  }

  private static Trajectory parabola(double eta, int steps) {
    return run(new Parabola(), new GradientDescent(eta), new double[] {1}, steps);
  }

  // ---- bounded jitter is not divergence ------------------------------------------------------

  @ParameterizedTest(name = "{0} steps")
  @ValueSource(ints = {1000, 2000, 5000, 20_000})
  void adamRattlingInTheRegularisedHimmelblauMinimumIsNeverCalledDiverging(int steps) {
    // --landscape himmelblau --eta 0.005 --lambda 1 --beta1 0.7 --beta2 0.95 --start 1,-1: f
    // stays at its minimum value for thousands of steps while Adam's steps stay about η long.
    Objective f = RegularizedObjective.of(new Himmelblau(), 1);
    Trajectory t = run(f, new Adam(0.005, 0.7, 0.95, 1e-8), new double[] {1, -1}, steps);
    assertThat(t.outcome()).isNotInstanceOf(Outcome.Diverging.class);
  }

  @Test
  void adamRattlingInTheRegularisedHimmelblauMinimumOscillatesAroundIt() {
    Objective f = RegularizedObjective.of(new Himmelblau(), 1);
    double eta = 0.005;
    Trajectory t = run(f, new Adam(eta, 0.7, 0.95, 1e-8), new double[] {1, -1}, 20_000);
    double[] min = newton(f, new double[] {3, 2});
    Outcome.Oscillating o = as(Outcome.Oscillating.class, t);
    // Within a few steps of length η of the true minimum, and no bigger than a few steps.
    assertThat(Math.hypot(o.centre().x() - min[0], o.centre().y() - min[1])).isLessThan(10 * eta);
    assertThat(o.amplitude()).isGreaterThan(0).isLessThan(10 * eta);
    assertThat(t.finalValue()).isCloseTo(f.value(min), within(1e-3));
  }

  @Test
  void rmsPropOnAnAxisAlignedKappaFiftyBowlAlternatesByHalfAStepInEachCoordinate() {
    // Near the minimum RMSProp's step is η·g/√v with v → g²: ±η per coordinate, so each
    // coordinate flips between ±η/2 and the iterate is η/√2 from the centre (δ = 1e-8 aside).
    double eta = 0.05;
    Trajectory t = run(new QuadraticBowl(50, 0), new RmsProp(eta, 0.9, 1e-8), BOWL_START, 1000);
    Outcome.Oscillating o = as(Outcome.Oscillating.class, t);
    assertThat(o.amplitude()).isCloseTo(eta / Math.sqrt(2), within(1e-5));
    assertThat(o.centre().x()).isCloseTo(0, within(1e-6));
    assertThat(o.centre().y()).isCloseTo(0, within(1e-6));
    assertThat(o.growthPerStep()).isCloseTo(1, within(1e-6));
  }

  @ParameterizedTest(name = "rotated {0}°")
  @ValueSource(doubles = {30, 45})
  void rmsPropOnARotatedKappaFiftyBowlStaysBoundedNearTheMinimum(double degrees) {
    double eta = 0.05;
    Trajectory t = run(new QuadraticBowl(50, degrees), new RmsProp(eta, 0.9, 1e-8), BOWL_START, 2000);
    Outcome.Oscillating o = as(Outcome.Oscillating.class, t);
    assertThat(Math.hypot(o.centre().x(), o.centre().y())).isLessThan(10 * eta);
    assertThat(o.amplitude()).isLessThan(10 * eta);
  }

  // ---- GD on x² from 1: x_k = (1 − 2η)^k ---------------------------------------------------

  @Test
  void gdOnXSquaredAtEtaOneOscillatesBetweenMinusOneAndOne() {
    assertThat(parabola(1, 100).outcome()).isEqualTo(new Outcome.Oscillating(new Point(0, 0), 1, 1));
  }

  @Test
  void gdOnXSquaredAtEtaJustBelowOneHasNotConvergedAfterItsBudget() {
    // Factor −0.998: |f'(x_k)| = 2 · 0.998^k reaches 1e-6 first at k* = ⌈ln(5e-7) / ln 0.998⌉.
    Outcome.NotConverged n = as(Outcome.NotConverged.class, parabola(0.999, 100));
    assertThat(n.steps()).isEqualTo(100);
    assertThat(n.ratePerStep()).isCloseTo(0.998, within(1e-12));
    long needed = (long) Math.ceil(Math.log(1e-6 / 2) / Math.log(0.998));
    assertThat(n.stepsToGo()).isBetween(needed - 100 - 1, needed - 100 + 1);
  }

  @Test
  void gdOnXSquaredAtEtaOnePointZeroFiveDivergesFromTheFirstStepAndIsStoppedAtTheBound() {
    // Factor −1.1: |x_k| = 1.1^k grows from step 1 and passes the bound B at k = ⌈ln B / ln 1.1⌉
    // (the bound, not the start of the divergence).
    Trajectory t = parabola(1.05, 1000);
    double bound = Runner.divergenceBound(new Parabola().domain(), Tolerances.DEFAULT);
    int stopped = (int) Math.ceil(Math.log(bound) / Math.log(1.1));
    Outcome.Diverging d = as(Outcome.Diverging.class, t);
    assertThat(d.fromStep()).isEqualTo(1);
    assertThat(d.growthPerStep()).isCloseTo(1.1, within(1e-9));
    assertThat(d.exit()).contains(new Outcome.Exit(stopped, Outcome.Reason.OUT_OF_BOUNDS));
  }

  @Test
  void gdOnXSquaredAtEtaJustAboveOneIsDivergingWhileInsideTheBound() {
    // Factor −1.0002: after 300 steps |x| = 1.06, yet it grows (monotonically) from step 1.
    Outcome.Diverging d = as(Outcome.Diverging.class, parabola(1.0001, 300));
    assertThat(d.growthPerStep()).isCloseTo(1.0002, within(1e-9));
    assertThat(d.exit()).isEmpty();
  }

  // ---- stability edges ± 0.5 % on bowls (largest curvature L = 1) ---------------------------

  @ParameterizedTest(name = "κ = {0}, rotated {1}°")
  @CsvSource({"10, 0", "10, 30", "50, 0", "50, -20", "200, 60"})
  void gdHalfAPercentInsideItsEdgeConvergesOrIsStillConverging(double kappa, double degrees) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, degrees);
    double eta = 0.995 * 2; // edge 2/L
    // Slowest factor max(|1 − η|, |1 − η/κ|): 0.99 for κ ≤ 199, 0.99005 for κ = 200.
    double rho = Math.max(Math.abs(1 - eta), Math.abs(1 - eta / kappa));
    Outcome.Converged done =
        as(Outcome.Converged.class, run(bowl, new GradientDescent(eta), BOWL_START, 4000));
    Outcome.NotConverged n =
        as(Outcome.NotConverged.class, run(bowl, new GradientDescent(eta), BOWL_START, 400));
    assertThat(n.ratePerStep()).isCloseTo(rho, within(1e-3));
    // The steps still needed at that rate say when the longer run gets there (to 2 %).
    assertThat(400 + n.stepsToGo()).isCloseTo(done.step(), within((long) (0.02 * done.step())));
  }

  @ParameterizedTest(name = "κ = {0}, rotated {1}°")
  @CsvSource({"10, 0", "10, 30", "50, 0", "50, -20", "200, 60"})
  void gdHalfAPercentPastItsEdgeDivergesAtTheFactorOnePointZeroOne(double kappa, double degrees) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, degrees);
    double eta = 1.005 * 2;
    // The steep factor 1 − η·1 = −1.01 grows ×1.01 per step: 1.01^400 ≈ 54, still inside the
    // bound; 1.01^4000 is far past it.
    Outcome.Diverging inside =
        as(Outcome.Diverging.class, run(bowl, new GradientDescent(eta), BOWL_START, 400));
    assertThat(inside.growthPerStep()).isCloseTo(1.01, within(1e-3));
    assertThat(inside.exit()).isEmpty();
    Outcome.Diverging stopped =
        as(Outcome.Diverging.class, run(bowl, new GradientDescent(eta), BOWL_START, 4000));
    assertThat(stopped.exit().map(Outcome.Exit::reason)).contains(Outcome.Reason.OUT_OF_BOUNDS);
    assertThat(stopped.growthPerStep()).isCloseTo(1.01, within(1e-3));
  }

  @ParameterizedTest(name = "α = {0}, κ = {1}")
  @CsvSource({"0.5, 10", "0.5, 50", "0.9, 10", "0.9, 50"})
  void momentumHalfAPercentInsideItsEdgeConverges(double alpha, double kappa) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, 30);
    double eta = 0.995 * 2 * (1 + alpha); // edge 2(1 + α)/L
    double rho = Math.max(heavyBallRadius(eta, alpha, 1), heavyBallRadius(eta, alpha, 1 / kappa));
    assertThat(rho).isLessThan(1);
    // ρ^N · ‖∇f(θ₀)‖ ≤ 1e-6 well within the budget (twice the steps theory needs).
    int budget = (int) Math.ceil(2 * Math.log(1e-6 / 10) / Math.log(rho));
    assertThat(run(bowl, new Momentum(eta, alpha), BOWL_START, budget).outcome())
        .isInstanceOf(Outcome.Converged.class);
  }

  @ParameterizedTest(name = "α = {0}, κ = {1}")
  @CsvSource({"0.5, 10", "0.5, 50", "0.9, 10", "0.9, 50"})
  void momentumHalfAPercentPastItsEdgeDivergesAtTheRateOfItsLargestRoot(double alpha, double kappa) {
    QuadraticBowl bowl = new QuadraticBowl(kappa, 30);
    double eta = 1.005 * 2 * (1 + alpha);
    double rho = heavyBallRadius(eta, alpha, 1);
    assertThat(rho).isGreaterThan(1);
    Outcome.Diverging d =
        as(Outcome.Diverging.class, run(bowl, new Momentum(eta, alpha), BOWL_START, 4000));
    assertThat(d.exit().map(Outcome.Exit::reason)).contains(Outcome.Reason.OUT_OF_BOUNDS);
    assertThat(d.growthPerStep()).isCloseTo(rho, within(0.01 * rho));
  }

  /** The largest |z| with z² − (1 + α − ηh)z + α = 0: heavy ball's factor along curvature h. */
  private static double heavyBallRadius(double eta, double alpha, double h) {
    double b = 1 + alpha - eta * h;
    double disc = b * b - 4 * alpha;
    if (disc < 0) {
      return Math.sqrt(alpha);
    }
    return Math.max(Math.abs((b + Math.sqrt(disc)) / 2), Math.abs((b - Math.sqrt(disc)) / 2));
  }

  /** Newton's method on a 2-D objective, to machine precision. */
  private static double[] newton(Objective f, double[] x) {
    double[] g = new double[2];
    DMatrixRMaj h = new DMatrixRMaj(2, 2);
    for (int i = 0; i < 50; i++) {
      f.valueAndGradient(x, g);
      f.hessian(x, h);
      double det = h.get(0, 0) * h.get(1, 1) - h.get(0, 1) * h.get(1, 0);
      double dx = (h.get(1, 1) * g[0] - h.get(0, 1) * g[1]) / det;
      double dy = (h.get(0, 0) * g[1] - h.get(1, 0) * g[0]) / det;
      x = new double[] {x[0] - dx, x[1] - dy};
    }
    f.valueAndGradient(x, g);
    assertThat(Math.hypot(g[0], g[1])).isLessThan(1e-10);
    return x;
  }
}
