package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Conjugate gradients against Apache Commons Math's Cholesky and the theory of Krylov methods. */
class ConjugateGradientTest {

  private static double[][] spd(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] b = new double[n][n];
    for (double[] row : b) {
      for (int j = 0; j < n; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < n; k++) {
          a[i][j] += b[k][i] * b[k][j];
        }
      }
      a[i][i] += 0.5;
    }
    return a;
  }

  private static ConjugateGradient.Operator times(double[][] a, int[] products) {
    return (v, out) -> {
      products[0]++;
      for (int i = 0; i < a.length; i++) {
        double s = 0;
        for (int j = 0; j < v.length; j++) {
          s += a[i][j] * v[j];
        }
        out[i] = s;
      }
    };
  }

  @Test
  void itSolvesASymmetricPositiveDefiniteSystemAsCholeskyDoes() {
    double[][] a = spd(12, 7);
    double[] b = new double[12];
    for (int i = 0; i < b.length; i++) {
      b[i] = Math.sin(i + 1);
    }
    int[] products = {0};
    ConjugateGradient.Result cg = ConjugateGradient.solve(times(a, products), b, new double[12], 1e-12, 1000);
    RealMatrix m = new Array2DRowRealMatrix(a);
    double[] referee = new CholeskyDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
    for (int i = 0; i < b.length; i++) {
      assertThat(cg.q()[i]).isCloseTo(referee[i], within(1e-9 * (1 + Math.abs(referee[i]))));
    }
    assertThat(cg.residual()).isLessThanOrEqualTo(1e-12);
    // From zero the first residual is b itself: one product per iteration, none more.
    assertThat(products[0]).isEqualTo(cg.iterations());
  }

  @Test
  void withTwoDistinctEigenvaluesItIsExactInTwoIterations() {
    // A = diag(1, 1, 1, 4, 4): the Krylov space has dimension 2, so CG ends in 2 steps.
    double[][] a = new double[5][5];
    for (int i = 0; i < 5; i++) {
      a[i][i] = i < 3 ? 1 : 4;
    }
    double[] b = {1, 2, 3, 4, 5};
    ConjugateGradient.Result cg = ConjugateGradient.solve(times(a, new int[1]), b, new double[5], 1e-13, 100);
    assertThat(cg.iterations()).isEqualTo(2);
    for (int i = 0; i < 5; i++) {
      assertThat(cg.q()[i]).isCloseTo(b[i] / a[i][i], within(1e-13));
    }
  }

  @Test
  void aWarmStartAtTheSolutionCostsOneProductAndNoIteration() {
    double[][] a = spd(6, 3);
    double[] b = {1, 0, -1, 2, 0.5, 3};
    ConjugateGradient.Result first = ConjugateGradient.solve(times(a, new int[1]), b, new double[6], 1e-12, 100);
    int[] products = {0};
    ConjugateGradient.Result again = ConjugateGradient.solve(times(a, products), b, first.q(), 1e-10, 100);
    assertThat(again.iterations()).isZero();
    assertThat(products[0]).isEqualTo(1);
  }
}
