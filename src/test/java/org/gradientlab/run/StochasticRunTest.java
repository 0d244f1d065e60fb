package org.gradientlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.QuadraticBowl;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.StochasticGradientDescent;
import org.junit.jupiter.api.Test;

class StochasticRunTest {

  /** f(θ) = (1/n) Σ ½(θ − xᵢ)², minimised at the mean of the xᵢ. */
  static final class MeanOfSquares implements FiniteSumObjective {
    final double[] xs;
    int batchCalls;

    MeanOfSquares(double... xs) {
      this.xs = xs;
    }

    @Override public String name() { return "mean of squares"; }
    @Override public String formula() { return "f(θ) = (1/n) Σ ½(θ − xᵢ)²"; }
    @Override public int dimension() { return 1; }
    @Override public int exampleCount() { return xs.length; }

    @Override
    public double value(double[] t) {
      double s = 0;
      for (double x : xs) {
        s += 0.5 * (t[0] - x) * (t[0] - x);
      }
      return s / xs.length;
    }

    @Override
    public double valueAndGradient(double[] t, double[] g) {
      double mean = 0;
      for (double x : xs) {
        mean += x;
      }
      g[0] = t[0] - mean / xs.length;
      return value(t);
    }

    @Override
    public double batchValueAndGradient(double[] t, int[] idx, int count, double[] g) {
      batchCalls++;
      double s = 0;
      double loss = 0;
      for (int j = 0; j < count; j++) {
        s += t[0] - xs[idx[j]];
        loss += 0.5 * (t[0] - xs[idx[j]]) * (t[0] - xs[idx[j]]);
      }
      g[0] = s / count;
      return loss / count;
    }

    @Override public void hessian(double[] t, DMatrixRMaj h) {
      h.reshape(1, 1);
      h.set(0, 0, 1);
    }
    @Override public Domain domain() { return Domain.interval(-5, 5); }
    @Override public List<Minimum> knownMinima() { return List.of(); }
  }

  @Test
  void theSameSeedReplaysTheSamePathAndAnotherSeedDoesNot() {
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    StochasticGradientDescent sgd = new StochasticGradientDescent(0.2, 0.5, 1);
    RunSettings settings = new RunSettings(new double[] {2, 2}, 200, 7, Tolerances.DEFAULT);
    Trajectory a = Runner.run(bowl, sgd, settings);
    Trajectory b = Runner.run(bowl, sgd, settings);
    Trajectory c = Runner.run(bowl, sgd, settings.withSeed(8));
    for (int k = 0; k < a.length(); k++) {
      assertThat(a.theta(k)).containsExactly(b.theta(k));
    }
    assertThat(c.theta(50)).isNotEqualTo(a.theta(50));
  }

  @Test
  void gaussianNoiseIsUnbiasedWithVarianceEtaSigmaSquared() {
    // One SGD step from θ₀: θ₁ = θ₀ − η(∇f + σξ), so over seeds mean θ₁ = GD step, sd = ησ.
    QuadraticBowl bowl = new QuadraticBowl(4, 0);
    double eta = 0.1;
    double sigma = 2;
    double gdStep = Runner.run(bowl, new GradientDescent(eta), new RunSettings(new double[] {1, 1}, 1))
        .theta(1, 0);
    int runs = 4000;
    double sum = 0;
    double sumSq = 0;
    for (int seed = 0; seed < runs; seed++) {
      double x = Runner.run(bowl, new StochasticGradientDescent(eta, sigma, 1),
          new RunSettings(new double[] {1, 1}, 1, seed, Tolerances.DEFAULT)).theta(1, 0);
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / runs;
    double sd = Math.sqrt(sumSq / runs - mean * mean);
    assertThat(mean).isCloseTo(gdStep, within(4 * eta * sigma / Math.sqrt(runs)));
    assertThat(sd).isCloseTo(eta * sigma, within(0.05 * eta * sigma));
  }

  @Test
  void aFullBatchIsExactlyGradientDescent() {
    MeanOfSquares data = new MeanOfSquares(1, 2, 3, 4, 10);
    RunSettings settings = new RunSettings(new double[] {-3}, 40);
    Trajectory gd = Runner.run(data, new GradientDescent(0.3), settings);
    Trajectory batch = Runner.run(data, new StochasticGradientDescent(0.3, 0, 5), settings);
    for (int k = 0; k < gd.length(); k++) {
      assertThat(batch.theta(k, 0)).isEqualTo(gd.theta(k, 0));
    }
  }

  @Test
  void miniBatchesVisitEveryExampleOnceAnEpoch() {
    // With batch size 1 and η = 1, θ₁ = x_{i₁}: each update jumps onto one example. Over one
    // epoch of n updates every example is visited exactly once.
    MeanOfSquares data = new MeanOfSquares(1, 2, 3, 4, 10);
    Trajectory t = Runner.run(data, new StochasticGradientDescent(1.0, 0, 1),
        new RunSettings(new double[] {0}, 5, 3, Tolerances.DEFAULT));
    double[] visited = new double[5];
    for (int k = 1; k <= 5; k++) {
      visited[k - 1] = t.theta(k, 0);
    }
    java.util.Arrays.sort(visited);
    assertThat(visited).containsExactly(1, 2, 3, 4, 10);
  }

  @Test
  void theL2TermIsAddedToEveryMiniBatchGradient() {
    // With λ, one batch-1 step from θ = 0 with η = 1 lands at −(0 − xᵢ) − λ·0 = xᵢ; from θ = 1 at
    // 1 − ((1 − xᵢ) + λ·1) = xᵢ − λ.
    MeanOfSquares data = new MeanOfSquares(5, 5, 5);
    Trajectory t = Runner.run(RegularizedObjective.of(data, 0.25),
        new StochasticGradientDescent(1.0, 0, 1), new RunSettings(new double[] {1}, 1));
    assertThat(t.theta(1, 0)).isCloseTo(5 - 0.25, within(1e-15));
  }

  @Test
  void sgdNearTheMinimumIsReportedNotConvergedWithoutARateEstimate() {
    Trajectory t = Runner.run(new QuadraticBowl(1, 0), new StochasticGradientDescent(0.1, 0.5, 1),
        new RunSettings(new double[] {1, 1}, 500));
    // Noise keeps ‖∇f‖ away from 0: no "steps still needed" can be read off a noise ball.
    assertThat(t.outcome()).isEqualTo(new Outcome.NotConverged(500, Double.NaN, -1));
  }
}
