package org.gradientlab.net;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Minimum;
import org.gradientlab.plot.FittedFrame;

/**
 * The training loss of a small net on a dataset, over all its parameters θ:
 * <pre>  L(θ) = (1/n) Σᵢ ℓ(net_θ(xᵢ), yᵢ) + (λ/2) Σ_weights w²</pre>
 * with ℓ the binary cross-entropy. The L2 term weighs weights only, not biases (the usual weight
 * decay). Gradients are exact, by backpropagation; the Hessian, used only for curvature readouts,
 * is central differences of that exact gradient. Safe to evaluate from several threads.
 */
public final class NetObjective implements FiniteSumObjective {

  /** Step of the finite differences of the gradient that give the Hessian. */
  static final double HESSIAN_STEP = 1e-5;
  /** Room around the data in the input frame, as a fraction of their larger span, on each side. */
  public static final double INPUT_MARGIN = 0.08;

  private final NetLayout layout;
  private final Dataset data;
  private final double lambda;
  private final double[] x1;
  private final double[] x2;
  private final double[] y;
  private final boolean[] weights;
  private final ThreadLocal<Network> network;
  private final Domain inputFrame;

  public NetObjective(NetLayout layout, Dataset data, double lambda) {
    if (data.featureCount() != NetLayout.INPUTS) {
      throw new IllegalArgumentException("the nets take 2 inputs; " + data.name() + " has " + data.featureCount());
    }
    this.layout = layout;
    this.data = data;
    this.lambda = lambda;
    int n = data.size();
    x1 = new double[n];
    x2 = new double[n];
    y = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = data.feature(i, 0);
      x2[i] = data.feature(i, 1);
      y[i] = data.target(i);
    }
    weights = layout.weightMask();
    network = ThreadLocal.withInitial(() -> new Network(layout));
    List<double[]> inputs = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      inputs.add(new double[] {x1[i], x2[i]});
    }
    inputFrame = FittedFrame.around(inputs, INPUT_MARGIN, 0.1);
  }

  public NetLayout layout() {
    return layout;
  }

  public Dataset data() {
    return data;
  }

  public double lambda() {
    return lambda;
  }

  @Override
  public String name() {
    return "Net " + layout.describe() + " on " + data.name();
  }

  @Override
  public String formula() {
    return "L(θ) = (1/n) Σ cross-entropy(net_θ(xᵢ), yᵢ) + (λ/2)‖W‖²,  n = " + data.size();
  }

  @Override
  public int dimension() {
    return layout.parameterCount();
  }

  @Override
  public int exampleCount() {
    return y.length;
  }

  @Override
  public double value(double[] theta) {
    return network.get().lossSum(theta, x1, x2, y) / y.length + penalty(theta);
  }

  /** The mean cross-entropy on the data alone, (1/n) Σᵢ ℓ(net_θ(xᵢ), yᵢ), without the L2 term. */
  public double dataLoss(double[] theta) {
    return network.get().lossSum(theta, x1, x2, y) / y.length;
  }

  /** L(θ) given the first hidden layer's outputs on the data (unit-major: unit j at [j·n, (j+1)·n)). */
  double valueFromFirstLayer(double[] theta, double[] firstLayer) {
    return network.get().lossSumFromFirstLayer(theta, firstLayer, y) / y.length + penalty(theta);
  }

  /**
   * The first layer's pre-activations at θ = θ₀ + a·d₁ + b·d₂ are linear in (a, b):
   * z = z₀ + a·u + b·v for every unit and example. Returns {z₀, u, v}, unit-major.
   */
  double[][] firstLayerPlane(WeightSlice slice) {
    int n = y.length;
    int units = layout.width(1);
    int w = layout.weightOffset(1);
    int b = layout.biasOffset(1);
    double[][] parts = new double[3][units * n];
    double[][] dirs = {slice.origin(), slice.d1(), slice.d2()};
    for (int k = 0; k < 3; k++) {
      double[] t = dirs[k];
      for (int j = 0; j < units; j++) {
        for (int e = 0; e < n; e++) {
          parts[k][j * n + e] = t[b + j] + t[w + 2 * j] * x1[e] + t[w + 2 * j + 1] * x2[e];
        }
      }
    }
    return parts;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    java.util.Arrays.fill(gradientOut, 0);
    double s = network.get().lossAndGradientSum(theta, x1, x2, y, y.length, gradientOut);
    return finish(theta, gradientOut, s, y.length);
  }

  @Override
  public double batchValueAndGradient(double[] theta, int[] indices, int count, double[] gradientOut) {
    java.util.Arrays.fill(gradientOut, 0);
    double s = network.get().lossAndGradientSum(theta, x1, x2, y, indices, count, gradientOut);
    return finish(theta, gradientOut, s, count);
  }

  private double finish(double[] theta, double[] g, double lossSum, int count) {
    for (int j = 0; j < g.length; j++) {
      g[j] /= count;
      if (weights[j]) {
        g[j] += lambda * theta[j];
      }
    }
    return lossSum / count + penalty(theta);
  }

  private double penalty(double[] theta) {
    if (lambda == 0) {
      return 0;
    }
    double s = 0;
    for (int j = 0; j < theta.length; j++) {
      if (weights[j]) {
        s += theta[j] * theta[j];
      }
    }
    return 0.5 * lambda * s;
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    org.gradientlab.objective.GradientDifferences.hessian(this, theta, HESSIAN_STEP, hessianOut);
  }

  /** Not a plotting box (θ has many dimensions); sets the scale of the divergence bound. */
  @Override
  public Domain domain() {
    return Domain.square(1);
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of();
  }

  @Override
  public List<String> parameterNames() {
    return layout.parameterNames();
  }

  /** The fraction of examples on the right side of the 0.5 boundary. */
  public double accuracy(double[] theta) {
    return (double) network.get().rightSide(theta, x1, x2, y, y.length) / y.length;
  }

  /** ‖∂L/∂W_l‖ for every layer l (input side first), from a gradient of the data loss. */
  public double[] layerGradientNorms(double[] gradient) {
    double[] norms = new double[layout.layerCount()];
    for (int l = 1; l <= layout.layerCount(); l++) {
      double s = 0;
      for (int i = layout.weightOffset(l); i < layout.biasOffset(l); i++) {
        s += gradient[i] * gradient[i];
      }
      norms[l - 1] = Math.sqrt(s);
    }
    return norms;
  }

  /**
   * The square box of the input plane that the decision picture covers: it fits the data with a
   * margin of {@link #INPUT_MARGIN} of their larger span on every side, so every point is drawn
   * inside it whatever the dataset and noise.
   */
  public Domain inputFrame() {
    return inputFrame;
  }

  /**
   * P(class 1) at the centres of a w × h grid of cells over {@code frame}, row 0 at the top: the
   * decision picture.
   */
  public float[] probabilityGrid(double[] theta, Domain frame, int w, int h) {
    Network net = network.get();
    float[] out = new float[w * h];
    double[] px = new double[w];
    for (int col = 0; col < w; col++) {
      px[col] = frame.xMin() + (col + 0.5) / w * frame.width();
    }
    // A row at a time through the batched forward pass: the same numbers as point by point.
    for (int row = 0; row < h; row++) {
      double py = frame.yMax() - (row + 0.5) / h * frame.height();
      net.probabilityRow(theta, px, py, w, out, row * w);
    }
    return out;
  }
}
