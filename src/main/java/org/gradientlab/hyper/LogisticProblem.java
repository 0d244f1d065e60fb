package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.gradientlab.data.Dataset;
import org.gradientlab.math.Vectors;

/**
 * L2-regularised logistic regression on standardised features plus an intercept (the last weight,
 * not penalised): with zᵢ = xᵢᵀw and labels yᵢ ∈ {0, 1},
 * <pre>  L(w) = (1/n) Σᵢ [softplus(zᵢ) − yᵢ zᵢ],   ∇L = (1/n) Σᵢ (σ(zᵢ) − yᵢ) xᵢ,
 *   ∇²L = (1/n) Σᵢ σ(zᵢ)(1 − σ(zᵢ)) xᵢxᵢᵀ.</pre>
 */
public final class LogisticProblem extends SplitProblem {

  private final int p;

  public LogisticProblem(String name, Dataset train, Dataset validation) {
    super(name, withIntercept(train), train.targetVector(), withIntercept(validation),
        validation.targetVector());
    this.p = train.featureCount() + 1;
  }

  private static double[][] withIntercept(Dataset d) {
    double[][] x = new double[d.size()][];
    for (int i = 0; i < d.size(); i++) {
      double[] row = d.row(i);
      x[i] = java.util.Arrays.copyOf(row, row.length + 1);
      x[i][row.length] = 1;
    }
    return x;
  }

  @Override
  public int dimension() {
    return p;
  }

  @Override
  public double[] penaltyMask() {
    double[] m = new double[p];
    java.util.Arrays.fill(m, 1);
    m[p - 1] = 0;
    return m;
  }

  private static double softplus(double z) {
    return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  protected double loss(double[][] x, double[] y, double[] w, double[] gradient) {
    int n = y.length;
    if (gradient != null) {
      java.util.Arrays.fill(gradient, 0);
    }
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double z = Vectors.dot(x[i], w);
      loss += softplus(z) - y[i] * z;
      if (gradient != null) {
        double r = (sigmoid(z) - y[i]) / n;
        for (int j = 0; j < w.length; j++) {
          gradient[j] += r * x[i][j];
        }
      }
    }
    return loss / n;
  }

  @Override
  public void trainHessianVector(double[] w, double[] v, double[] out) {
    java.util.Arrays.fill(out, 0);
    int n = yTrain.length;
    for (int i = 0; i < n; i++) {
      double s = sigmoid(Vectors.dot(xTrain[i], w));
      double c = s * (1 - s) * Vectors.dot(xTrain[i], v) / n;
      for (int j = 0; j < p; j++) {
        out[j] += c * xTrain[i][j];
      }
    }
  }

  @Override
  public DMatrixRMaj trainHessian(double[] w) {
    DMatrixRMaj h = new DMatrixRMaj(p, p);
    int n = yTrain.length;
    for (int i = 0; i < n; i++) {
      double s = sigmoid(Vectors.dot(xTrain[i], w));
      double c = s * (1 - s) / n;
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          h.add(a, b, c * xTrain[i][a] * xTrain[i][b]);
        }
      }
    }
    return h;
  }

  @Override
  public double validationAccuracy(double[] w) {
    int right = 0;
    for (int i = 0; i < yVal.length; i++) {
      if ((Vectors.dot(xVal[i], w) >= 0) == (yVal[i] >= 0.5)) {
        right++;
      }
    }
    return (double) right / yVal.length;
  }
}
