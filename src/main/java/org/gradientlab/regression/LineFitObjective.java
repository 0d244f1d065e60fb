package org.gradientlab.regression;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Minimum;

/**
 * The mean squared error of the line y = a·x + b over a dataset, as a landscape over (a, b):
 * <pre>  f(a, b) = (1/n) Σᵢ ½ (a xᵢ + b − yᵢ)²,   ∇f = (1/n) Σᵢ rᵢ (xᵢ, 1),   ∇²f = (1/n) Σᵢ [xᵢ², xᵢ; xᵢ, 1]</pre>
 * with residuals rᵢ = a xᵢ + b − yᵢ. Weight space is what the student sees; a point of the heat map
 * is a line through the data. The minimum is the least-squares line, in closed form.
 */
public final class LineFitObjective implements FiniteSumObjective {

  private final Dataset data;
  private final double[] xs;
  private final double[] ys;
  // sufficient statistics: means of x, y, x², xy
  private final double mx;
  private final double my;
  private final double mxx;
  private final double mxy;
  private final double myy;
  private final Minimum leastSquares;
  private final Domain domain;

  public LineFitObjective(Dataset data) {
    this.data = data;
    int n = data.size();
    xs = new double[n];
    ys = new double[n];
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      xs[i] = data.feature(i, 0);
      ys[i] = data.target(i);
      sx += xs[i];
      sy += ys[i];
      sxx += xs[i] * xs[i];
      sxy += xs[i] * ys[i];
      syy += ys[i] * ys[i];
    }
    mx = sx / n;
    my = sy / n;
    mxx = sxx / n;
    mxy = sxy / n;
    myy = syy / n;
    // Normal equations: a = cov(x, y)/var(x), b = ȳ − a x̄.
    double a = (mxy - mx * my) / (mxx - mx * mx);
    double b = my - a * mx;
    leastSquares = Minimum.at(value(a, b), a, b);
    domain = new Domain(a - 4, a + 4, b - 4, b + 4);
  }

  public Dataset data() {
    return data;
  }

  @Override
  public String name() {
    return "Line fit: " + data.name();
  }

  @Override
  public String formula() {
    return "f(a, b) = (1/n) Σ ½ (a·xᵢ + b − yᵢ)²,  n = " + data.size();
  }

  @Override
  public List<String> parameterNames() {
    return List.of("slope a", "intercept b");
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public int exampleCount() {
    return xs.length;
  }

  /** From the sufficient statistics: O(1), so heat maps of any dataset cost the same. */
  private double value(double a, double b) {
    return 0.5 * (a * a * mxx + 2 * a * b * mx + b * b - 2 * a * mxy - 2 * b * my + myy);
  }

  @Override
  public double value(double[] theta) {
    return value(theta[0], theta[1]);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    double a = theta[0];
    double b = theta[1];
    gradientOut[0] = a * mxx + b * mx - mxy;
    gradientOut[1] = a * mx + b - my;
    return value(a, b);
  }

  @Override
  public double batchValueAndGradient(double[] theta, int[] indices, int count, double[] gradientOut) {
    double a = theta[0];
    double b = theta[1];
    double ga = 0;
    double gb = 0;
    double loss = 0;
    for (int k = 0; k < count; k++) {
      int i = indices[k];
      double r = a * xs[i] + b - ys[i];
      ga += r * xs[i];
      gb += r;
      loss += 0.5 * r * r;
    }
    gradientOut[0] = ga / count;
    gradientOut[1] = gb / count;
    return loss / count;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    hessianOut.reshape(2, 2);
    hessianOut.set(0, 0, mxx);
    hessianOut.set(0, 1, mx);
    hessianOut.set(1, 0, mx);
    hessianOut.set(1, 1, 1);
  }

  @Override
  public Domain domain() {
    return domain;
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of(leastSquares);
  }
}
