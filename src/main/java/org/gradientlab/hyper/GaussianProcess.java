package org.gradientlab.hyper;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * A Gaussian-process regression of y over points in the unit box [0, 1]^d: constant mean, Matérn
 * 5/2 kernel (Rasmussen and Williams 2006, eq. 4.17)
 * <pre>  k(r) = σ_f² (1 + √5 r/ℓ + 5r²/(3ℓ²)) exp(−√5 r/ℓ),    r = ‖x − x'‖,</pre>
 * and Gaussian noise σ_n² = g·σ_f², about the sample mean m of y. The length scale ℓ and the
 * noise ratio g are fitted by maximising the marginal likelihood with σ_f² profiled out in closed
 * form (σ̂_f² = (y − m)ᵀ(R + gI)⁻¹(y − m)/n for the correlation matrix R); the search is a coarse
 * log grid over (ℓ, g) refined by a Nelder–Mead simplex, so the fit is deterministic. Linear algebra by
 * EJML's Cholesky factorisation. Immutable once fitted.
 */
public final class GaussianProcess {

  /**
   * The range of ℓ searched, in units of the box side. The floor keeps a handful of points from
   * being explained as unrelated spikes (a short ℓ fits any few values, and then EI sees no shape).
   */
  public static final double MIN_LENGTH = 0.05;
  public static final double MAX_LENGTH = 3;
  /** The range of the noise ratio g = σ_n²/σ_f² searched; its floor keeps R + gI well conditioned. */
  public static final double MIN_NOISE = 1e-8;
  public static final double MAX_NOISE = 0.1;

  private static final double SQRT5 = Math.sqrt(5);

  private final double[][] x;
  private final double mean;
  private final double length;
  private final double noise;
  private final double signalVariance;
  private final double logLikelihood;
  /** The lower Cholesky factor of R + gI, row-major n × n. */
  private final double[] chol;
  /** (R + gI)⁻¹(y − m). */
  private final double[] alpha;
  private final int n;

  private GaussianProcess(double[][] x, double[] y, double mean, double length, double noise) {
    this.x = x;
    this.n = y.length;
    this.mean = mean;
    this.length = length;
    this.noise = noise;
    Fit f = fit(distances(x), y, mean, length, noise);
    this.chol = f.chol;
    this.alpha = f.alpha;
    this.signalVariance = f.signalVariance;
    this.logLikelihood = f.logLikelihood;
  }

  /** The fitted process through (x_i, y_i), x in the unit box. */
  public static GaussianProcess fit(double[][] x, double[] y) {
    return fit(x, y, null);
  }

  /**
   * The same, with the search for (ℓ, g) started from {@code previous} (a fit to a subset of these
   * points, as in consecutive steps of Bayesian optimisation): a smaller simplex about
   * its values instead of the coarse grid first, about a third of the work. Null: the full search.
   */
  public static GaussianProcess fit(double[][] x, double[] y, GaussianProcess previous) {
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("a process needs as many values as points, at least one");
    }
    double[][] xs = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      xs[i] = x[i].clone();
    }
    double mean = sampleMean(y);
    double[] dist = distances(xs);
    double startL = Double.NaN;
    double startG = Double.NaN;
    double step;
    if (previous == null) {
      // A coarse grid over (log ℓ, log g), then Nelder–Mead from its best.
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < 7; i++) {
        double l = logSpace(MIN_LENGTH, MAX_LENGTH, i, 7);
        for (int j = 0; j < 4; j++) {
          double g = logSpace(MIN_NOISE, MAX_NOISE, j, 4);
          double ll = likelihood(dist, y, mean, l, g);
          if (ll > best) {
            best = ll;
            startL = l;
            startG = g;
          }
        }
      }
      step = 0.9;
    } else {
      startL = previous.length;
      startG = previous.noise;
      step = 0.4;
    }
    // The likelihood's ridge often runs diagonally (a longer ℓ trades for less noise): a simplex
    // search in (log ℓ, log g) follows it where searching one parameter at a time stalls.
    double[] lo = {Math.log(MIN_LENGTH), Math.log(MIN_NOISE)};
    double[] hi = {Math.log(MAX_LENGTH), Math.log(MAX_NOISE)};
    double[] opt = NelderMead.maximise(t -> likelihood(dist, y, mean, Math.exp(t[0]), Math.exp(t[1])),
        new double[] {Math.log(startL), Math.log(startG)}, new double[] {step, 2.5 * step}, lo, hi,
        previous == null ? 32 : 20);
    double lFixed = Math.exp(opt[0]);
    double g = opt[1];
    return new GaussianProcess(xs, y.clone(), mean, lFixed, Math.exp(g));
  }

  /** The process through (x_i, y_i) with ℓ and g given, not fitted. */
  public static GaussianProcess withParameters(double[][] x, double[] y, double length, double noise) {
    double mean = sampleMean(y);
    double[][] xs = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      xs[i] = x[i].clone();
    }
    return new GaussianProcess(xs, y.clone(), mean, length, noise);
  }

  public double lengthScale() {
    return length;
  }

  /** g = σ_n²/σ_f². */
  public double noiseRatio() {
    return noise;
  }

  /** σ_f², profiled. */
  public double signalVariance() {
    return signalVariance;
  }

  /** σ_n = √(g σ_f²), the fitted noise in y's units. */
  public double noiseSd() {
    return Math.sqrt(noise * signalVariance);
  }

  public double mean() {
    return mean;
  }

  /** The profiled log marginal likelihood at the fitted ℓ and g. */
  public double logLikelihood() {
    return logLikelihood;
  }

  public int size() {
    return n;
  }

  /** The profiled log marginal likelihood for (ℓ, g): what the fit maximises. */
  public static double likelihood(double[][] x, double[] y, double mean, double length, double noise) {
    return likelihood(distances(x), y, mean, length, noise);
  }

  private static double likelihood(double[] dist, double[] y, double mean, double length, double noise) {
    Fit f = fit(dist, y, mean, length, noise);
    return f == null ? Double.NEGATIVE_INFINITY : f.logLikelihood;
  }

  /** ‖x_i − x_j‖ for every pair, row-major n × n (computed once per fit, not per (ℓ, g)). */
  private static double[] distances(double[][] x) {
    int n = x.length;
    double[] d = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        d[i * n + j] = distance(x[i], x[j]);
        d[j * n + i] = d[i * n + j];
      }
    }
    return d;
  }

  /** Matérn 5/2 correlation at distance r for length scale ℓ. */
  public static double matern52(double r, double length) {
    double s = SQRT5 * r / length;
    return (1 + s + s * s / 3) * Math.exp(-s);
  }

  /** Posterior mean and standard deviation of the latent f at {@code at} (no noise added). */
  public double[] predict(double[] at) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = matern52(distance(x[i], at), length);
    }
    double mu = mean;
    for (int i = 0; i < n; i++) {
      mu += r[i] * alpha[i];
    }
    // v = L⁻¹ r, var = σ_f² (1 − vᵀv)
    double vv = 0;
    for (int i = 0; i < n; i++) {
      double s = r[i];
      for (int j = 0; j < i; j++) {
        s -= chol[i * n + j] * r[j];
      }
      r[i] = s / chol[i * n + i];
      vv += r[i] * r[i];
    }
    double var = signalVariance * Math.max(0, 1 - vv);
    return new double[] {mu, Math.sqrt(var)};
  }

  /**
   * Expected improvement below {@code best} for a posterior N(μ, σ²) (Jones, Schonlau and Welch
   * 1998): EI = (best − μ − ξ)Φ(z) + σφ(z), z = (best − μ − ξ)/σ.
   */
  public static double expectedImprovement(double mu, double sd, double best, double xi) {
    double d = best - mu - xi;
    if (!(sd > 0)) {
      return Math.max(d, 0);
    }
    double z = d / sd;
    return d * normalCdf(z) + sd * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  }

  /** Φ(z), from erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
  public static double normalCdf(double z) {
    return 0.5 * erfc(-z / Math.sqrt(2));
  }

  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  private record Fit(double[] chol, double[] alpha, double signalVariance, double logLikelihood) {}

  private static Fit fit(double[] dist, double[] y, double mean, double length, double noise) {
    int n = y.length;
    DMatrixRMaj a = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double k = (i == j ? 1 + noise : matern52(dist[i * n + j], length));
        a.unsafe_set(i, j, k);
        a.unsafe_set(j, i, k);
      }
    }
    CholeskyDecomposition_F64<DMatrixRMaj> c = DecompositionFactory_DDRM.chol(n, true);
    if (!c.decompose(a)) {
      return null;
    }
    DMatrixRMaj lower = c.getT(null);
    double[] l = lower.getData();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double s = y[i] - mean;
      for (int j = 0; j < i; j++) {
        s -= l[i * n + j] * z[j];
      }
      z[i] = s / l[i * n + i];
    }
    double quad = 0;
    double logDet = 0;
    for (int i = 0; i < n; i++) {
      quad += z[i] * z[i];
      logDet += 2 * Math.log(l[i * n + i]);
    }
    double[] alpha = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = z[i];
      for (int j = i + 1; j < n; j++) {
        s -= l[j * n + i] * alpha[j];
      }
      alpha[i] = s / l[i * n + i];
    }
    // σ_f² profiled out: σ̂² = quad/n; a constant y (quad = 0) gets a tiny variance, not zero.
    double s2 = Math.max(quad / n, 1e-300);
    double ll = -0.5 * n * Math.log(s2) - 0.5 * logDet - 0.5 * n * (1 + Math.log(2 * Math.PI));
    // With K = σ̂²(R + gI) the posterior mean m + σ̂² rᵀK⁻¹(y − m) = m + rᵀα: σ̂² cancels.
    return new Fit(l, alpha, s2, ll);
  }

  private static double sampleMean(double[] y) {
    double m = 0;
    for (double v : y) {
      m += v / y.length;
    }
    return m;
  }

  static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  private static double logSpace(double lo, double hi, int i, int count) {
    return Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * i / (count - 1));
  }


}
