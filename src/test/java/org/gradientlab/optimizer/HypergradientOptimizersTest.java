package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.objective.Objective;
import org.gradientlab.objective.Parabola;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.Rosenbrock;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Online hypergradient descent on η (Baydin et al., ICLR 2018): the first steps on f = x² by hand,
 * whole runs against the paper's algorithms written out here in its own variables, and η_t on
 * quadratics moving into the stable range.
 */
class HypergradientOptimizersTest {

  private static final GradientOracle SQUARE = (theta, out) -> out[0] = 2 * theta[0];

  @Test
  void gdHdOnXSquaredFromOneTakesTheHandComputedFirstSteps() {
    // η₀ = 0.1, β = 0.01, g₀ = 0 by convention.
    // t = 1: g = 2,   η₁ = 0.1 + 0.01·2·0 = 0.1,        x₁ = 1 − 0.1·2 = 0.8
    // t = 2: g = 1.6, η₂ = 0.1 + 0.01·1.6·2 = 0.132,     x₂ = 0.8 − 0.132·1.6 = 0.5888
    // t = 3: g = 1.1776, η₃ = 0.132 + 0.01·1.1776·1.6 = 0.1508416, x₃ = 0.5888 − 0.1508416·1.1776
    Optimizer o = new GradientDescentHd(0.1, 0.01).create(1);
    assertThat(o.learningRate()).isEqualTo(0.1);
    double[] x = {1};
    o.step(x, SQUARE);
    assertThat(x[0]).isCloseTo(0.8, within(1e-15));
    assertThat(o.learningRate()).isCloseTo(0.1, within(1e-15));
    o.step(x, SQUARE);
    assertThat(o.learningRate()).isCloseTo(0.132, within(1e-15));
    assertThat(x[0]).isCloseTo(0.5888, within(1e-15));
    o.step(x, SQUARE);
    assertThat(o.learningRate()).isCloseTo(0.1508416, within(1e-15));
    assertThat(x[0]).isCloseTo(0.5888 - 0.1508416 * 1.1776, within(1e-15));
  }

  @Test
  void momentumHdOnXSquaredFromOneTakesTheHandComputedFirstSteps() {
    // α = 0.9, η₀ = 0.1, β = 0.01.
    // t = 1: g = 2, η₁ = 0.1, v = 2, d = 2 + 0.9·2 = 3.8, x₁ = 1 − 0.1·3.8 = 0.62
    // t = 2: g = 1.24, η₂ = 0.1 + 0.01·1.24·3.8 = 0.14712, v = 0.9·2 + 1.24 = 3.04,
    //        d = 1.24 + 0.9·3.04 = 3.976, x₂ = 0.62 − 0.14712·3.976
    Optimizer o = new MomentumHd(0.1, 0.9, 0.01).create(1);
    double[] x = {1};
    o.step(x, SQUARE);
    assertThat(x[0]).isCloseTo(0.62, within(1e-15));
    o.step(x, SQUARE);
    assertThat(o.learningRate()).isCloseTo(0.14712, within(1e-15));
    assertThat(x[0]).isCloseTo(0.62 - 0.14712 * 3.976, within(1e-15));
  }

  @Test
  void adamHdOnXSquaredFromOneTakesTheHandComputedFirstSteps() {
    // t = 1: g = 2, m = 0.2, s = 0.004, m̂ = 2, ŝ = 4, d = 2/(2 + 1e-8), x₁ = 1 − 0.1·d
    // t = 2: g = 2x₁, η₂ = 0.1 + β·g·d₁
    double beta = 0.01;
    Optimizer o = new AdamHd(0.1, 0.9, 0.999, beta).create(1);
    double[] x = {1};
    o.step(x, SQUARE);
    double d1 = 2 / (2 + 1e-8);
    assertThat(x[0]).isCloseTo(1 - 0.1 * d1, within(1e-15));
    double g = 2 * x[0];
    o.step(x, SQUARE);
    assertThat(o.learningRate()).isCloseTo(0.1 + beta * g * d1, within(1e-15));
  }

  @Test
  void withBetaZeroEachIsItsBaseOptimizer() {
    Objective f = new Rosenbrock();
    RunSettings s = new RunSettings(new double[] {-1.2, 1}, 300);
    assertSamePath(Runner.run(f, new GradientDescentHd(0.001, 0), s), Runner.run(f, new GradientDescent(0.001), s), 0);
    assertSamePath(Runner.run(f, new AdamHd(0.01, 0.9, 0.999, 0), s), Runner.run(f, Adam.withDefaults(0.01), s), 0);
    // SGDN-HD's base is Nesterov in PyTorch's form: its iterate is the lab Nesterov's look-ahead
    // point θ − ηαv, with ηv_k = θ_{k−1} − θ_k.
    Trajectory hd = Runner.run(f, new MomentumHd(0.0005, 0.9, 0), s);
    Trajectory nag = Runner.run(f, new Nesterov(0.0005, 0.9), s);
    for (int k = 1; k <= 300; k++) {
      for (int i = 0; i < 2; i++) {
        double lookAhead = nag.theta(k, i) - 0.9 * (nag.theta(k - 1, i) - nag.theta(k, i));
        assertThat(hd.theta(k, i)).as("step %d", k).isCloseTo(lookAhead, within(1e-12));
      }
    }
  }

  /** The paper's Algorithms (SGD-HD, SGDN-HD, Adam-HD), in its variables α, u, ∇_α u. */
  @Test
  void wholeRunsAgreeWithThePapersAlgorithmsToRounding() {
    Objective f = new Rosenbrock();
    double[] start = {-1.2, 1};
    int steps = 400;
    RunSettings s = new RunSettings(start, steps);
    double[][] paper = paper("sgd", f, start, steps, 0.001, 1e-7, 0);
    assertSamePath(Runner.run(f, new GradientDescentHd(0.001, 1e-7), s), paper);
    assertSamePath(Runner.run(f, new MomentumHd(0.0005, 0.9, 1e-8), s),
        paper("sgdn", f, start, steps, 0.0005, 1e-8, 0.9));
    assertSamePath(Runner.run(f, new AdamHd(0.01, 0.9, 0.999, 1e-4), s),
        paper("adam", f, start, steps, 0.01, 1e-4, 0));
  }

  @Test
  void pastTheEdgeOnXSquaredGdHdBringsEtaBackIntoTheStableRangeAndConverges() {
    // f = x²: L = 2, GD's edge 2/L = 1. Plain GD at η = 1.2 diverges; GD-HD sees successive
    // gradients of opposite sign and lowers η below the edge.
    RunSettings s = new RunSettings(new double[] {1}, 400);
    assertThat(Runner.run(new Parabola(), new GradientDescent(1.2), s).outcome())
        .isInstanceOf(Outcome.Diverging.class);
    Trajectory t = Runner.run(new Parabola(), new GradientDescentHd(1.2, 0.01), s);
    assertThat(t.outcome()).isInstanceOf(Outcome.Converged.class);
    assertThat(t.hasLearningRates()).isTrue();
    double end = t.learningRate(t.lastStep());
    assertThat(end).isBetween(0.0, 1.0);
    // Every step taken above the edge was followed by a smaller η.
    for (int k = 2; k <= t.lastStep(); k++) {
      if (t.learningRate(k - 1) > 1) {
        assertThat(t.learningRate(k)).isLessThan(t.learningRate(k - 1));
      }
    }
  }

  @Test
  void fromATinyEtaGdHdGrowsEtaTowardTheBestRateAndBeatsGd() {
    // f = x²: the best fixed rate is 1/L = 0.5 (one step to the minimum). While η < 0.5 every
    // step keeps the sign of x, successive gradients agree, and η only grows.
    RunSettings s = new RunSettings(new double[] {1}, 2000);
    Trajectory gd = Runner.run(new Parabola(), new GradientDescent(0.01), s);
    Trajectory hd = Runner.run(new Parabola(), new GradientDescentHd(0.01, 0.1), s);
    assertThat(hd.outcome()).isInstanceOf(Outcome.Converged.class);
    assertThat(((Outcome.Converged) hd.outcome()).step())
        .isLessThan(((Outcome.Converged) gd.outcome()).step() / 5);
    double highest = 0;
    for (int k = 1; k <= hd.lastStep(); k++) {
      assertThat(hd.learningRate(k)).isGreaterThanOrEqualTo(hd.learningRate(k - 1));
      highest = Math.max(highest, hd.learningRate(k));
    }
    assertThat(highest).isBetween(0.4, 0.5);
  }

  @Test
  void onAnIllConditionedBowlEveryHdOptimizerEndsWithItsEtaInsideTheStableRange() {
    // ½(x² + y²/κ) with κ = 10, L = 1: from past the edge of its base method (GD: 2/L = 2; SGDN,
    // like the lab's Nesterov: 2(1 + α)/((1 + 2α)L) = 1.357 at α = 0.9) η_t falls below it and the
    // run settles.
    Objective bowl = new QuadraticBowl(10, 0);
    RunSettings s = new RunSettings(new double[] {-2.5, 2}, 3000);
    Trajectory gd = Runner.run(bowl, new GradientDescentHd(2.5, 0.05), s);
    assertThat(gd.outcome()).isNotInstanceOf(Outcome.Diverging.class);
    assertThat(gd.learningRate(gd.lastStep())).isBetween(0.0, 2.0);
    Trajectory mom = Runner.run(bowl, new MomentumHd(1.5, 0.9, 0.02), s);
    assertThat(Runner.run(bowl, new Nesterov(1.5, 0.9), s).outcome()).isInstanceOf(Outcome.Diverging.class);
    assertThat(mom.outcome()).isNotInstanceOf(Outcome.Diverging.class);
    assertThat(mom.learningRate(mom.lastStep())).isBetween(0.0, 2 * 1.9 / 2.8);
  }

  @Test
  void fixedRateOptimizersReportNoLearningRateSeriesAndHdReportsTheEtaOfEachStep() {
    Trajectory t = Runner.run(new Parabola(), new GradientDescent(0.1), new RunSettings(new double[] {1}, 5));
    assertThat(t.hasLearningRates()).isFalse();
    assertThat(t.learningRate(3)).isEqualTo(0.1);
    Trajectory hd = Runner.run(new Parabola(), new GradientDescentHd(0.1, 0.01), new RunSettings(new double[] {1}, 5));
    // By hand on x² from 1: step 0 has no earlier gradient (η stays 0.1, x → 0.8); step 1:
    // h = ∇f(x₁)·(−∇f(x₀)) = 1.6·(−2) = −3.2, η = 0.1 − 0.01·(−3.2) = 0.132.
    assertThat(hd.learningRate(0)).isEqualTo(0.1);
    assertThat(hd.learningRate(1)).isCloseTo(0.132, within(1e-15));
    assertThat(hd.optimizerStatus()).startsWith("η_t: 0.1 → ");
  }

  /**
   * The paper's algorithms as printed (Baydin et al. 2018, Algorithms 1–3 with the additive
   * rule): α_t = α_{t−1} − β h_t, h_t = ∇f(θ_{t−1})·∇_α u_{t−1}.
   */
  private static double[][] paper(String which, Objective f, double[] start, int steps, double alpha0,
      double beta, double mu) {
    int n = start.length;
    double[][] path = new double[steps + 1][];
    double[] theta = start.clone();
    path[0] = theta.clone();
    double alpha = alpha0;
    double[] gradAlphaU = new double[n];
    double[] v = new double[n];
    double[] m = new double[n];
    double[] s = new double[n];
    double b1 = 0.9;
    double b2 = 0.999;
    double eps = 1e-8;
    for (int t = 1; t <= steps; t++) {
      double[] g = new double[n];
      f.valueAndGradient(theta, g);
      double h = 0;
      for (int i = 0; i < n; i++) {
        h += g[i] * gradAlphaU[i];
      }
      alpha = alpha - beta * h;
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        switch (which) {
          case "sgd" -> {
            u[i] = -alpha * g[i];
            gradAlphaU[i] = -g[i];
          }
          case "sgdn" -> {
            v[i] = mu * v[i] + g[i];
            u[i] = -alpha * (g[i] + mu * v[i]);
            gradAlphaU[i] = -g[i] - mu * v[i];
          }
          default -> {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            s[i] = b2 * s[i] + (1 - b2) * g[i] * g[i];
            double mHat = m[i] / (1 - Math.pow(b1, t));
            double sHat = s[i] / (1 - Math.pow(b2, t));
            u[i] = -alpha * mHat / (Math.sqrt(sHat) + eps);
            gradAlphaU[i] = -mHat / (Math.sqrt(sHat) + eps);
          }
        }
        theta[i] += u[i];
      }
      path[t] = theta.clone();
    }
    return path;
  }

  private static void assertSamePath(Trajectory t, double[][] path) {
    assertThat(t.lastStep()).isEqualTo(path.length - 1);
    for (int k = 0; k < path.length; k++) {
      for (int i = 0; i < path[k].length; i++) {
        assertThat(t.theta(k, i)).as("step %d", k)
            .isCloseTo(path[k][i], within(1e-12 * (1 + Math.abs(path[k][i]))));
      }
    }
  }

  private static void assertSamePath(Trajectory a, Trajectory b, double tolerance) {
    assertThat(a.lastStep()).isEqualTo(b.lastStep());
    for (int k = 0; k <= a.lastStep(); k++) {
      for (int i = 0; i < a.dimension(); i++) {
        assertThat(a.theta(k, i)).as("step %d", k).isCloseTo(b.theta(k, i), within(tolerance));
      }
    }
  }
}
