package org.gradientlab.net;

/**
 * Forward and backward passes of a {@link NetLayout} for one example at a time, with its buffers
 * allocated once: cheap enough to run per example, and confined to one thread.
 *
 * <p>The loss is binary cross-entropy on the output logit z, ℓ = softplus(z) − y·z (the stable form
 * of −y log p − (1 − y) log(1 − p) with p = σ(z)); its derivative is ∂ℓ/∂z = p − y, the start of
 * backpropagation.
 */
final class Network {

  private final int layers;
  /** a[l][j]: output of unit j of layer l; a[0] is the input. */
  private final double[][] a;
  private final double[][] delta;
  /** Per layer (1-based): fan-in, width, weight offset, bias offset; looked up, not recomputed. */
  private final int[] in;
  private final int[] out;
  private final int[] weightAt;
  private final int[] biasAt;
  private final Activation g;

  Network(NetLayout layout) {
    this.layers = layout.layerCount();
    this.g = layout.activation();
    in = new int[layers + 1];
    out = new int[layers + 1];
    weightAt = new int[layers + 1];
    biasAt = new int[layers + 1];
    for (int l = 1; l <= layers; l++) {
      in[l] = layout.fanIn(l);
      out[l] = layout.width(l);
      weightAt[l] = layout.weightOffset(l);
      biasAt[l] = layout.biasOffset(l);
    }
    a = new double[layers + 1][];
    delta = new double[layers + 1][];
    a[0] = new double[NetLayout.INPUTS];
    for (int l = 1; l <= layers; l++) {
      a[l] = new double[layout.width(l)];
      delta[l] = new double[layout.width(l)];
    }
  }

  /** Layer outputs for a whole batch, unit-major (unit j of layer l: [j·n, (j+1)·n)); grown on demand. */
  private double[][] batch = new double[0][];
  /** ∂ℓ/∂z for a whole batch, laid out as {@link #batch}; layer 0 unused. */
  private double[][] batchDelta = new double[0][];
  /** Σⱼ W[j, i] δⱼ per example, for one unit i at a time. */
  private double[] backSum = new double[0];
  /** The examples of a mini-batch, gathered. */
  private double[] gx1 = new double[0];
  private double[] gx2 = new double[0];
  private double[] gy = new double[0];
  private int batchCapacity;
  /** The weights and inputs whose logits the output buffer holds from the last full forward pass, or null. */
  private double[] logitsTheta;
  private double[] logitsX1;
  private double[] logitsX2;
  private int logitsN;

  /**
   * The summed loss Σᵢ ℓ(zᵢ, yᵢ) over a batch, computed layer by layer for all examples at once:
   * each unit's pre-activations for every example in one long loop, which the JIT compiles far
   * better than many short per-example loops. The arithmetic, and its order, are those of
   * {@link #logit} example by example, so the sums are the same to the last bit.
   */
  double lossSum(double[] theta, double[] x1, double[] x2, double[] y) {
    forward(theta, x1, x2, y.length);
    return outputLossSum(y);
  }

  /** The forward pass of the first n examples, remembering which logits the buffers now hold. */
  private void forward(double[] theta, double[] x1, double[] x2, int n) {
    prepareBatch(n);
    System.arraycopy(x1, 0, batch[0], 0, n);
    System.arraycopy(x2, 0, batch[0], n, n);
    forwardBatch(theta, 1, n);
    if (logitsTheta == null || logitsTheta.length != theta.length) {
      logitsTheta = new double[theta.length];
    }
    System.arraycopy(theta, 0, logitsTheta, 0, theta.length);
    logitsX1 = x1;
    logitsX2 = x2;
    logitsN = n;
  }

  /**
   * How many of the first n examples are on the right side of the 0.5 boundary (z ≥ 0 ⇔ p ≥ ½),
   * from one forward pass over the batch: the logits of {@link #logit}, bit for bit.
   */
  int rightSide(double[] theta, double[] x1, double[] x2, double[] y, int n) {
    // A snapshot asks right after the gradient at the same weights: those logits are still here.
    if (!(x1 == logitsX1 && x2 == logitsX2 && n == logitsN && java.util.Arrays.equals(theta, logitsTheta))) {
      forward(theta, x1, x2, n);
    }
    double[] z = batch[layers];
    int right = 0;
    for (int e = 0; e < n; e++) {
      if ((z[e] >= 0) == (y[e] >= 0.5)) {
        right++;
      }
    }
    return right;
  }

  /**
   * The same, given the first hidden layer's outputs for the batch (unit-major): the layers above it
   * are computed from {@code theta} as in {@link #lossSum}.
   */
  double lossSumFromFirstLayer(double[] theta, double[] firstLayer, double[] y) {
    int n = y.length;
    prepareBatch(n);
    logitsX1 = null; // the buffers will hold another net's logits
    System.arraycopy(firstLayer, 0, batch[1], 0, out[1] * n);
    forwardBatch(theta, 2, n);
    return outputLossSum(y);
  }

  /** Buffers for batches of up to n examples (stride n within each); allocated only to grow. */
  private void prepareBatch(int n) {
    if (batchCapacity < n) {
      batch = new double[layers + 1][];
      batchDelta = new double[layers + 1][];
      batch[0] = new double[2 * n];
      for (int l = 1; l <= layers; l++) {
        batch[l] = new double[out[l] * n];
        batchDelta[l] = new double[out[l] * n];
      }
      backSum = new double[n];
      gx1 = new double[n];
      gx2 = new double[n];
      gy = new double[n];
      batchCapacity = n;
    }
  }

  /**
   * Σᵢ ℓᵢ over the examples {@code indices[0 … count)}, with their summed gradient added to
   * {@code grad}: gathered, then as {@link #lossAndGradientSum}.
   */
  double lossAndGradientSum(double[] theta, double[] x1, double[] x2, double[] y, int[] indices, int count,
      double[] grad) {
    prepareBatch(count);
    for (int k = 0; k < count; k++) {
      int i = indices[k];
      gx1[k] = x1[i];
      gx2[k] = x2[i];
      gy[k] = y[i];
    }
    return lossAndGradientSum(theta, gx1, gx2, gy, count, grad);
  }

  /**
   * Σᵢ ℓᵢ over the first n examples, with Σᵢ ∇θ ℓᵢ added to {@code grad}: the forward and the
   * backward pass layer by layer for the whole batch at once (long loops over examples, no
   * allocation). Every number is summed in the order {@link #accumulate} sums it example by example
   * — each weight's terms over the examples in turn, each δ's over the units above in turn — so
   * loss and gradient are the same to the last bit; only the loops are nested the other way.
   */
  double lossAndGradientSum(double[] theta, double[] x1, double[] x2, double[] y, int n, double[] grad) {
    forward(theta, x1, x2, n);
    double[] z = batch[layers];
    double[] dz = batchDelta[layers];
    double sum = 0;
    for (int e = 0; e < n; e++) {
      sum += loss(z[e], y[e]);
      dz[e] = 1 / (1 + Math.exp(-z[e])) - y[e]; // ∂ℓ/∂z = p − y
    }
    for (int l = layers; l >= 1; l--) {
      int fanIn = in[l];
      int width = out[l];
      int w = weightAt[l];
      int b = biasAt[l];
      double[] prev = batch[l - 1];
      double[] d = batchDelta[l];
      for (int j = 0; j < width; j++) {
        int base = j * n;
        double gb = grad[b + j];
        for (int e = 0; e < n; e++) {
          gb += d[base + e];
        }
        grad[b + j] = gb;
        int row = w + j * fanIn;
        for (int i = 0; i < fanIn; i++) {
          int src = i * n;
          double gw = grad[row + i];
          for (int e = 0; e < n; e++) {
            gw += d[base + e] * prev[src + e];
          }
          grad[row + i] = gw;
        }
      }
      if (l > 1) {
        // δ_{l−1,i} = g'(a_{l−1,i}) Σⱼ W_l[j, i] δ_{l,j}, per example
        double[] below = batchDelta[l - 1];
        double[] s = backSum;
        for (int i = 0; i < fanIn; i++) {
          java.util.Arrays.fill(s, 0, n, 0);
          for (int j = 0; j < width; j++) {
            double wji = theta[w + j * fanIn + i];
            int base = j * n;
            for (int e = 0; e < n; e++) {
              s[e] += wji * d[base + e];
            }
          }
          int src = i * n;
          for (int e = 0; e < n; e++) {
            below[src + e] = s[e] * g.derivativeFromOutput(prev[src + e]);
          }
        }
      }
    }
    return sum;
  }

  /** Layers {@code from} … output for the batch in the buffers. */
  private void forwardBatch(double[] theta, int from, int n) {
    for (int l = from; l <= layers; l++) {
      int fanIn = in[l];
      int width = out[l];
      int w = weightAt[l];
      int b = biasAt[l];
      double[] prev = batch[l - 1];
      double[] cur = batch[l];
      for (int j = 0; j < width; j++) {
        int base = j * n;
        java.util.Arrays.fill(cur, base, base + n, theta[b + j]);
        int row = w + j * fanIn;
        for (int i = 0; i < fanIn; i++) {
          double wi = theta[row + i];
          int src = i * n;
          for (int e = 0; e < n; e++) {
            cur[base + e] += wi * prev[src + e];
          }
        }
        if (l < layers) {
          for (int e = 0; e < n; e++) {
            cur[base + e] = g.apply(cur[base + e]);
          }
        }
      }
    }
  }

  private double outputLossSum(double[] y) {
    double[] z = batch[layers];
    double sum = 0;
    for (int e = 0; e < y.length; e++) {
      sum += loss(z[e], y[e]);
    }
    return sum;
  }

  /** The output logit z for input (x1, x2); hidden activations are left in the buffers. */
  double logit(double[] theta, double x1, double x2) {
    a[0][0] = x1;
    a[0][1] = x2;
    double z = 0;
    for (int l = 1; l <= layers; l++) {
      int fanIn = in[l];
      int width = out[l];
      int w = weightAt[l];
      int b = biasAt[l];
      double[] prev = a[l - 1];
      for (int j = 0; j < width; j++) {
        double s = theta[b + j];
        int row = w + j * fanIn;
        for (int i = 0; i < fanIn; i++) {
          s += theta[row + i] * prev[i];
        }
        if (l < layers) {
          a[l][j] = g.apply(s);
        } else {
          z = s; // the output's sigmoid is taken only where it is needed: no exp on the value path
        }
      }
    }
    return z;
  }

  /**
   * P(class 1) for n inputs (x1[e], x2) along one row of a picture, into {@code out[offset …]} as
   * floats: one forward pass over the row, the logits of {@link #logit} bit for bit.
   */
  void probabilityRow(double[] theta, double[] x1, double x2, int n, float[] out, int offset) {
    prepareBatch(n);
    logitsX1 = null; // the buffers will hold this row's logits, not the data's
    System.arraycopy(x1, 0, batch[0], 0, n);
    java.util.Arrays.fill(batch[0], n, 2 * n, x2);
    forwardBatch(theta, 1, n);
    double[] z = batch[layers];
    for (int e = 0; e < n; e++) {
      out[offset + e] = (float) (1 / (1 + Math.exp(-z[e])));
    }
  }

  /** P(class 1 | x). */
  double probability(double[] theta, double x1, double x2) {
    return 1 / (1 + Math.exp(-logit(theta, x1, x2)));
  }

  /** ℓ = softplus(z) − y z, computed without overflow. */
  static double loss(double z, double y) {
    // log(1 + e) with e = e^{-|z|} ∈ (0, 1]: Math.log is an intrinsic and log1p is not (≈ 1.5×
    // faster here); where 1 + e rounds, the absolute error stays below 1e-16.
    return Math.max(z, 0) + Math.log(1 + Math.exp(-Math.abs(z))) - y * z;
  }

  /** Adds ∇θ ℓ for one example to {@code grad}; returns ℓ. */
  double accumulate(double[] theta, double x1, double x2, double y, double[] grad) {
    double z = logit(theta, x1, x2);
    delta[layers][0] = 1 / (1 + Math.exp(-z)) - y; // ∂ℓ/∂z = p − y
    for (int l = layers; l >= 1; l--) {
      int fanIn = in[l];
      int width = out[l];
      int w = weightAt[l];
      int b = biasAt[l];
      double[] prev = a[l - 1];
      for (int j = 0; j < width; j++) {
        double d = delta[l][j];
        grad[b + j] += d;
        int row = w + j * fanIn;
        for (int i = 0; i < fanIn; i++) {
          grad[row + i] += d * prev[i];
        }
      }
      if (l > 1) {
        // δ_{l−1,i} = g'(a_{l−1,i}) Σⱼ W_l[j, i] δ_{l,j}
        for (int i = 0; i < fanIn; i++) {
          double s = 0;
          for (int j = 0; j < width; j++) {
            s += theta[w + j * fanIn + i] * delta[l][j];
          }
          delta[l - 1][i] = s * g.derivativeFromOutput(prev[i]);
        }
      }
    }
    return loss(z, y);
  }
}
