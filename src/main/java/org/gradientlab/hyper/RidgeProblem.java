package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradientlab.data.Dataset;

/**
 * Ridge regression: L(w) = (1/2n) ‖Xw − y‖² on standardised features and a target centred by its
 * training mean (so no intercept is needed and every weight is penalised, m = 1). With the L2
 * term the inner solution is the closed form
 * <pre>  w(λ) = (XᵀX/n + λI)⁻¹ Xᵀy/n,   dw/dλ = −(XᵀX/n + λI)⁻¹ w(λ).</pre>
 * (In "sum" scaling, ½‖Xw − y‖² + (λ'/2)‖w‖², this is λ' = nλ.)
 */
public final class RidgeProblem extends SplitProblem {

  private final DMatrixRMaj gram;
  private final DMatrixRMaj xty;
  private final double yOffset;

  /** Features already standardised; targets as given (centred here by the training mean). */
  public RidgeProblem(String name, Dataset train, Dataset validation) {
    this(name, train, validation, trainingMean(train));
  }

  private RidgeProblem(String name, Dataset train, Dataset validation, double mean) {
    super(name, train.featureMatrix(), centred(train, mean), validation.featureMatrix(),
        centred(validation, mean));
    this.yOffset = mean;
    int p = train.featureCount();
    int n = yTrain.length;
    DMatrixRMaj x = new DMatrixRMaj(xTrain);
    gram = new DMatrixRMaj(p, p);
    CommonOps_DDRM.multTransA(x, x, gram);
    CommonOps_DDRM.scale(1.0 / n, gram);
    xty = new DMatrixRMaj(p, 1);
    CommonOps_DDRM.multTransA(x, new DMatrixRMaj(n, 1, true, yTrain), xty);
    CommonOps_DDRM.scale(1.0 / n, xty);
  }

  private static double trainingMean(Dataset train) {
    double mean = 0;
    for (int i = 0; i < train.size(); i++) {
      mean += train.target(i) / train.size();
    }
    return mean;
  }

  private static double[] centred(Dataset d, double mean) {
    double[] y = new double[d.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = d.target(i) - mean;
    }
    return y;
  }

  @Override
  public int dimension() {
    return gram.numRows;
  }

  @Override
  public boolean quadratic() {
    return true;
  }

  /** The training mean of the target, added back to predictions. */
  public double targetOffset() {
    return yOffset;
  }

  @Override
  public double[] penaltyMask() {
    double[] m = new double[dimension()];
    java.util.Arrays.fill(m, 1);
    return m;
  }

  @Override
  protected double loss(double[][] x, double[] y, double[] w, double[] gradient) {
    int n = y.length;
    if (gradient != null) {
      java.util.Arrays.fill(gradient, 0);
    }
    double loss = 0;
    for (int i = 0; i < n; i++) {
      double r = -y[i];
      double[] row = x[i];
      for (int j = 0; j < w.length; j++) {
        r += row[j] * w[j];
      }
      loss += r * r;
      if (gradient != null) {
        for (int j = 0; j < w.length; j++) {
          gradient[j] += r * row[j] / n;
        }
      }
    }
    return loss / (2 * n);
  }

  @Override
  public void trainHessianVector(double[] w, double[] v, double[] out) {
    int p = dimension();
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        s += gram.get(i, j) * v[j];
      }
      out[i] = s;
    }
  }

  @Override
  public DMatrixRMaj trainHessian(double[] w) {
    return gram.copy();
  }

  /** w(λ) = (XᵀX/n + λI)⁻¹ Xᵀy/n, by EJML's solver. */
  public double[] closedForm(double lambda) {
    DMatrixRMaj a = gram.copy();
    for (int i = 0; i < a.numRows; i++) {
      a.add(i, i, lambda);
    }
    DMatrixRMaj w = new DMatrixRMaj(a.numRows, 1);
    if (!CommonOps_DDRM.solve(a, xty, w)) {
      throw new IllegalStateException("XᵀX/n + λI is singular at λ = " + lambda);
    }
    return w.getData().clone();
  }

  /**
   * G = XᵀX/n and b = Xᵀy/n of the training rows (copies): with one λ per weight the inner solution
   * is w = (G + diag λ)⁻¹ b.
   */
  public DMatrixRMaj gram() {
    return gram.copy();
  }

  public double[] moment() {
    return xty.getData().clone();
  }

  /** The model's prediction for standardised features {@code x}: xᵀw + ȳ. */
  public double predict(double[] w, double[] x) {
    double s = yOffset;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * x[j];
    }
    return s;
  }
}
