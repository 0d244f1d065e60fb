package org.gradientlab.net;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.math.Vectors;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;

/**
 * A net's loss on a 2-D slice of weight space, f(a, b) = L(θ₀ + a·d₁ + b·d₂): an objective like any
 * other, so the heat map, contours and markers draw it with no new view code. Its gradient is
 * exact, (d₁·∇L, d₂·∇L); its Hessian is central differences of that gradient.
 */
public final class SliceObjective implements Objective, org.gradientlab.plot.GridEvaluable {

  private final NetObjective loss;
  private final WeightSlice slice;
  private final Domain frame;
  private final ThreadLocal<double[][]> buffers;

  /** The slice over the square [−halfWidth, halfWidth]² of (a, b). */
  public SliceObjective(NetObjective loss, WeightSlice slice, double halfWidth) {
    this(loss, slice, Domain.square(halfWidth));
  }

  /** The slice over the box {@code frame} of (a, b), e.g. one that fits the training path. */
  public SliceObjective(NetObjective loss, WeightSlice slice, Domain frame) {
    this.loss = loss;
    this.slice = slice;
    this.frame = frame;
    int n = loss.dimension();
    this.buffers = ThreadLocal.withInitial(() -> new double[][] {new double[n], new double[n]});
  }

  public WeightSlice slice() {
    return slice;
  }

  @Override
  public String name() {
    return "Loss slice";
  }

  @Override
  public String formula() {
    return "f(a, b) = L(θ₀ + a·d₁ + b·d₂),  d: " + slice.name1() + ", " + slice.name2();
  }

  @Override
  public List<String> parameterNames() {
    return List.of("a  (" + slice.name1() + ")", "b  (" + slice.name2() + ")");
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] ab) {
    double[] p = buffers.get()[0];
    slice.point(ab[0], ab[1], p);
    return loss.value(p);
  }

  @Override
  public double valueAndGradient(double[] ab, double[] gradientOut) {
    double[][] b = buffers.get();
    slice.point(ab[0], ab[1], b[0]);
    double f = loss.valueAndGradient(b[0], b[1]);
    gradientOut[0] = Vectors.dot(slice.d1(), b[1]);
    gradientOut[1] = Vectors.dot(slice.d2(), b[1]);
    return f;
  }

  @Override
  public void hessian(double[] ab, DMatrixRMaj hessianOut) {
    org.gradientlab.objective.GradientDifferences.hessian(this, ab, NetObjective.HESSIAN_STEP, hessianOut);
    double sym = 0.5 * (hessianOut.get(0, 1) + hessianOut.get(1, 0));
    hessianOut.set(0, 1, sym);
    hessianOut.set(1, 0, sym);
  }

  /**
   * A picture's rows without most of the first layer's exponentials. That layer's pre-activations
   * are linear in (a, b), z = z₀ + a·u + b·v, so its activation, a function of e^{cz}, needs
   * e^{cz} = e^{c·u·a} · e^{c(z₀ + b·v)}: one factor per column (computed once for the picture), one
   * per row — instead of one exponential per pixel, unit and example. Where a factor leaves the
   * double range the exponential is computed directly. The layers above are evaluated as in {@link #value}.
   */
  @Override
  public RowEvaluator onColumns(double[] as) {
    Activation g = loss.layout().activation();
    double c = g.expCoefficient();
    if (c == 0) {
      return (b, out) -> {
        double[] ab = {0, b};
        for (int i = 0; i < as.length; i++) {
          ab[0] = as[i];
          out[i] = value(ab);
        }
      };
    }
    double[][] plane = loss.firstLayerPlane(slice);
    double[] z0 = plane[0];
    double[] u = plane[1];
    double[] v = plane[2];
    int m = z0.length;
    double[][] columns = new double[as.length][m];
    for (int i = 0; i < as.length; i++) {
      for (int k = 0; k < m; k++) {
        columns[i][k] = Math.exp(c * u[k] * as[i]);
      }
    }
    int n = loss.dimension();
    return (b, out) -> {
      double[] rowFactor = new double[m];
      for (int k = 0; k < m; k++) {
        rowFactor[k] = Math.exp(c * (z0[k] + b * v[k]));
      }
      double[] first = new double[m];
      double[] theta = new double[n];
      for (int i = 0; i < as.length; i++) {
        double[] col = columns[i];
        for (int k = 0; k < m; k++) {
          double cf = col[k];
          double rf = rowFactor[k];
          // A factor that over- or underflowed says nothing about the product: compute it directly.
          double e = cf > 0 && cf < Double.POSITIVE_INFINITY && rf > 0 && rf < Double.POSITIVE_INFINITY
              ? cf * rf : Math.exp(c * (z0[k] + as[i] * u[k] + b * v[k]));
          first[k] = g.fromExp(e);
        }
        slice.point(as[i], b, theta);
        out[i] = loss.valueFromFirstLayer(theta, first);
      }
    };
  }

  @Override
  public Domain domain() {
    return frame;
  }

  /** The slice's own centre, θ₀, is where training stood: marked as the only "known" point. */
  @Override
  public List<Minimum> knownMinima() {
    return List.of();
  }
}
