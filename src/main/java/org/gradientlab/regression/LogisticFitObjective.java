package org.gradientlab.regression;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.Standardizer;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.MinimumFinder;

/**
 * The mean log-loss of logistic regression p(y = 1 | x) = σ(w₁z₁ + w₂z₂) on two standardized
 * features z = (x − μ)/σ, as a landscape over the weights (w₁, w₂):
 * <pre>  f(w) = (1/n) Σᵢ [log(1 + e^{sᵢ}) − yᵢ sᵢ],  sᵢ = w·zᵢ,
 *   ∇f = (1/n) Σᵢ (σ(sᵢ) − yᵢ) zᵢ,   ∇²f = (1/n) Σᵢ σ(sᵢ)(1 − σ(sᵢ)) zᵢ zᵢᵀ.</pre>
 * No intercept: the plane a student sees is the whole model, and the decision boundary
 * w·z = 0 passes through the data's mean. Convex; on linearly separable data the infimum is not
 * attained (f falls as ‖w‖ → ∞ along a separating direction), so only λ &gt; 0 gives a minimum —
 * the L2-logistic lesson. Standardizing keeps the Hessian's scale near 1/4 whatever the units.
 */
public final class LogisticFitObjective implements FiniteSumObjective {

  private final Dataset data;
  private final Standardizer standardizer;
  private final double[] z1;
  private final double[] z2;
  private final double[] ys;
  private final Domain domain;
  private final boolean separable;
  private final List<Minimum> minima;

  public LogisticFitObjective(Dataset data) {
    if (data.featureCount() != 2) {
      throw new IllegalArgumentException("logistic regression in the plane needs two features, "
          + data.name() + " has " + data.featureCount());
    }
    this.data = data;
    this.standardizer = Standardizer.fit(data);
    int n = data.size();
    z1 = new double[n];
    z2 = new double[n];
    ys = new double[n];
    for (int i = 0; i < n; i++) {
      z1[i] = (data.feature(i, 0) - standardizer.mean(0)) / standardizer.sd(0);
      z2[i] = (data.feature(i, 1) - standardizer.mean(1)) / standardizer.sd(1);
      ys[i] = data.target(i);
    }
    separable = separableThroughOrigin(z1, z2, ys);
    minima = maximumLikelihood();
    double reach = 5;
    for (Minimum m : minima) {
      reach = Math.max(reach, 1.5 * Math.max(Math.abs(m.coordinate(0)), Math.abs(m.coordinate(1))));
    }
    domain = new Domain(-reach, reach, -reach, reach);
  }

  public Dataset data() {
    return data;
  }

  /** The feature scaling the weights act on: z = (x − μ)/σ. */
  public Standardizer standardizer() {
    return standardizer;
  }

  @Override
  public String name() {
    return "Logistic regression: " + data.name();
  }

  @Override
  public String formula() {
    return "f(w) = (1/n) Σ [log(1 + exp(w·zᵢ)) − yᵢ w·zᵢ],  z standardized,  n = " + data.size();
  }

  @Override
  public List<String> parameterNames() {
    return List.of("w₁", "w₂");
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public int exampleCount() {
    return ys.length;
  }

  /** log(1 + eˢ) without overflow: max(s, 0) + log1p(e^{−|s|}). */
  static double softplus(double s) {
    return Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s)));
  }

  static double sigmoid(double s) {
    if (s >= 0) {
      return 1 / (1 + Math.exp(-s));
    }
    double e = Math.exp(s);
    return e / (1 + e);
  }

  @Override
  public double value(double[] theta) {
    return meanLoss(theta, null, ys.length, null);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    return meanLoss(theta, null, ys.length, gradientOut);
  }

  @Override
  public double batchValueAndGradient(double[] theta, int[] indices, int count, double[] gradientOut) {
    return meanLoss(theta, indices, count, gradientOut);
  }

  /**
   * The mean loss over examples {@code indices[0..count)} (every example when {@code indices} is
   * null) and, unless {@code gradientOut} is null, their mean gradient (1/b) Σ (σ(sᵢ) − yᵢ) zᵢ.
   * One loop for the full loss, the full gradient and a mini-batch; no allocation.
   */
  private double meanLoss(double[] theta, int[] indices, int count, double[] gradientOut) {
    double loss = 0;
    double g1 = 0;
    double g2 = 0;
    for (int k = 0; k < count; k++) {
      int i = indices == null ? k : indices[k];
      double s = theta[0] * z1[i] + theta[1] * z2[i];
      loss += softplus(s) - ys[i] * s;
      if (gradientOut != null) {
        double r = sigmoid(s) - ys[i];
        g1 += r * z1[i];
        g2 += r * z2[i];
      }
    }
    if (gradientOut != null) {
      gradientOut[0] = g1 / count;
      gradientOut[1] = g2 / count;
    }
    return loss / count;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    double h11 = 0;
    double h12 = 0;
    double h22 = 0;
    for (int i = 0; i < ys.length; i++) {
      double p = sigmoid(theta[0] * z1[i] + theta[1] * z2[i]);
      double c = p * (1 - p);
      h11 += c * z1[i] * z1[i];
      h12 += c * z1[i] * z2[i];
      h22 += c * z2[i] * z2[i];
    }
    int n = ys.length;
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, h11 / n);
    hessianOut.set(0, 1, h12 / n);
    hessianOut.set(1, 0, h12 / n);
    hessianOut.set(1, 1, h22 / n);
  }

  @Override
  public Domain domain() {
    return domain;
  }

  @Override
  public List<Minimum> knownMinima() {
    return minima;
  }

  /** Whether some line through the mean separates the classes (ties on it allowed): then no weights minimise f. */
  public boolean separable() {
    return separable;
  }

  /**
   * The maximum-likelihood weights by damped Newton from w = 0 (f is convex, so that is the one
   * minimum); none when the data are separable and the infimum lies at infinity.
   */
  private List<Minimum> maximumLikelihood() {
    if (separable) {
      return List.of();
    }
    double[] w = MinimumFinder.refine(this, new double[2]);
    return w == null ? List.of() : List.of(new Minimum(w, value(w)));
  }

  /**
   * Whether the infimum lies at infinity: some w ≠ 0 has w·(2yᵢ − 1)zᵢ ≥ 0 for every i (the signed
   * points lie in a closed half-plane), and then f only falls along w. In the plane that is when the
   * largest angular gap between the signed points is at least π. Points on the boundary line are
   * enough: they stay at log 2 while the others are pushed to 0 (points at z = 0 add log 2 whatever
   * w is, so they do not count).
   */
  static boolean separableThroughOrigin(double[] z1, double[] z2, double[] ys) {
    double[] angles = new double[ys.length];
    int m = 0;
    for (int i = 0; i < ys.length; i++) {
      double sign = ys[i] > 0.5 ? 1 : -1;
      if (z1[i] != 0 || z2[i] != 0) {
        angles[m++] = Math.atan2(sign * z2[i], sign * z1[i]);
      }
    }
    if (m == 0) {
      return false;
    }
    java.util.Arrays.sort(angles, 0, m);
    double gap = angles[0] + 2 * Math.PI - angles[m - 1];
    for (int i = 1; i < m; i++) {
      gap = Math.max(gap, angles[i] - angles[i - 1]);
    }
    return gap >= Math.PI - 1e-9; // rounding of atan2 on points that are exactly opposite
  }
}
