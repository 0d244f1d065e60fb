package org.gradientlab.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.StochasticGradientDescent;
import org.gradientlab.run.RunSettings;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;

class LineFitObjectiveTest {

  private final Dataset data = LineData.Preset.FIFTY.dataset();
  private final LineFitObjective f = new LineFitObjective(data);

  /** (XᵀX/n + λI) θ = Xᵀy/n with rows (xᵢ, 1), solved by EJML: the ridge closed form. */
  private double[] ridge(double lambda) {
    int n = data.size();
    DMatrixRMaj x = new DMatrixRMaj(n, 2);
    DMatrixRMaj y = new DMatrixRMaj(n, 1);
    for (int i = 0; i < n; i++) {
      x.set(i, 0, data.feature(i, 0));
      x.set(i, 1, 1);
      y.set(i, 0, data.target(i));
    }
    DMatrixRMaj a = new DMatrixRMaj(2, 2);
    CommonOps_DDRM.multTransA(x, x, a);
    CommonOps_DDRM.scale(1.0 / n, a);
    a.add(0, 0, lambda);
    a.add(1, 1, lambda);
    DMatrixRMaj b = new DMatrixRMaj(2, 1);
    CommonOps_DDRM.multTransA(x, y, b);
    CommonOps_DDRM.scale(1.0 / n, b);
    DMatrixRMaj theta = new DMatrixRMaj(2, 1);
    CommonOps_DDRM.solve(a, b, theta);
    return new double[] {theta.get(0), theta.get(1)};
  }

  @Test
  void gradientAndHessianAgreeWithFiniteDifferencesAndTheDirectSum() {
    Random r = new Random(1);
    for (int t = 0; t < 20; t++) {
      double[] theta = {r.nextDouble() * 6 - 2, r.nextDouble() * 6 - 4};
      double[] g = f.gradient(theta);
      double[] fd = FiniteDifferences.gradient(f, theta, 1e-5);
      assertThat(g[0]).isCloseTo(fd[0], within(1e-6));
      assertThat(g[1]).isCloseTo(fd[1], within(1e-6));
      DMatrixRMaj h = FiniteDifferences.hessian(f, theta, 1e-5);
      assertThat(f.hessian(theta).get(0, 1)).isCloseTo(h.get(0, 1), within(1e-6));
      // The sum over all examples, written out, is the same function.
      double direct = 0;
      for (int i = 0; i < data.size(); i++) {
        double res = theta[0] * data.feature(i, 0) + theta[1] - data.target(i);
        direct += 0.5 * res * res;
      }
      assertThat(f.value(theta)).isCloseTo(direct / data.size(), within(1e-10));
    }
  }

  @Test
  void theMinimumIsTheLeastSquaresLineAndWithLambdaTheRidgeSolution() {
    double[] ls = ridge(0);
    Minimum m = f.knownMinima().get(0);
    assertThat(m.coordinate(0)).isCloseTo(ls[0], within(1e-10));
    assertThat(m.coordinate(1)).isCloseTo(ls[1], within(1e-10));
    // The data were drawn from y = 1.5x − 1: with 50 points the fit is close to that line.
    assertThat(m.coordinate(0)).isCloseTo(1.5, within(0.15));
    double[] rr = ridge(0.3);
    Minimum withLambda = RegularizedObjective.of(f, 0.3).knownMinima().get(0);
    assertThat(withLambda.coordinate(0)).isCloseTo(rr[0], within(1e-9));
    assertThat(withLambda.coordinate(1)).isCloseTo(rr[1], within(1e-9));
  }

  @Test
  void aBatchOfEveryExampleIsTheFullGradientAndAFullBatchRunIsGradientDescent() {
    int[] all = new int[data.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    double[] theta = {0.5, 2};
    double[] batch = new double[2];
    f.batchValueAndGradient(theta, all, all.length, batch);
    double[] full = f.gradient(theta);
    assertThat(batch[0]).isCloseTo(full[0], within(1e-12));
    assertThat(batch[1]).isCloseTo(full[1], within(1e-12));
    RunSettings s = new RunSettings(new double[] {-1.5, 2.5}, 100);
    Trajectory gd = Runner.run(f, new GradientDescent(0.1), s);
    Trajectory sgd = Runner.run(f, new StochasticGradientDescent(0.1, 0, data.size()), s);
    for (int k = 0; k < gd.length(); k++) {
      assertThat(sgd.theta(k)).containsExactly(gd.theta(k));
    }
  }

  @Test
  void miniBatchNoiseShrinksWithTheBatchSizeAsSamplingWithoutReplacementSays() {
    // Var[ĝ_b] = (σ²/b)·(n − b)/(n − 1), σ² the population variance of the per-example gradients.
    int n = data.size();
    double[] theta = {0, 0};
    double[] perExample = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      perExample[i] = theta[0] * data.feature(i, 0) + theta[1] - data.target(i); // ∂/∂b
      mean += perExample[i] / n;
    }
    double sigma2 = 0;
    for (double g : perExample) {
      sigma2 += (g - mean) * (g - mean) / n;
    }
    double[] grad = new double[2];
    for (int b : new int[] {1, 5, 25}) {
      int samples = 20_000;
      double sum = 0;
      double sumSq = 0;
      for (int seed = 0; seed < samples; seed++) {
        int[] batch = org.gradientlab.run.MiniBatchSampler.batchOfUpdate(n, b, seed, 1);
        f.batchValueAndGradient(theta, batch, batch.length, grad);
        sum += grad[1];
        sumSq += grad[1] * grad[1];
      }
      double m = sum / samples;
      double var = sumSq / samples - m * m;
      double theory = sigma2 / b * (n - b) / (n - 1.0);
      assertThat(m).as("unbiased, b = %d", b).isCloseTo(mean, within(4 * Math.sqrt(theory / samples)));
      assertThat(var).as("variance, b = %d", b).isCloseTo(theory, within(0.05 * theory));
    }
  }

  @Test
  void largerBatchesHoverCloserToTheMinimum() {
    double[] spread = new double[3];
    int[] sizes = {1, 10, 50};
    double[] min = f.knownMinima().get(0).location();
    for (int s = 0; s < sizes.length; s++) {
      Trajectory t = Runner.run(f, new StochasticGradientDescent(0.05, 0, sizes[s]),
          new RunSettings(new double[] {-1.5, 2.5}, 3000));
      double d = 0;
      for (int k = t.lastStep() - 100; k <= t.lastStep(); k++) {
        d += Math.hypot(t.theta(k, 0) - min[0], t.theta(k, 1) - min[1]) / 101;
      }
      spread[s] = d;
    }
    assertThat(spread[0]).isGreaterThan(spread[1]);
    assertThat(spread[1]).isGreaterThan(spread[2]);
    assertThat(spread[2]).isLessThan(1e-3); // b = n is GD: it converges
  }
}
