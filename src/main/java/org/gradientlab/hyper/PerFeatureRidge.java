package org.gradientlab.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Ridge regression with one λ per feature, h(w) = L_train(w) + ½ Σⱼ λⱼ wⱼ²: d hyperparameters
 * instead of one, where grid search with k values per axis needs k^d inner solves. The inner
 * solution is w = (G + diag λ)⁻¹ b (G = XᵀX/n, b = Xᵀy/n) and the implicit function theorem gives
 * the whole gradient from one more solve with the same factor:
 * <pre>  (G + diag λ) q = ∇L_val(w),     dC/d log λⱼ = −λⱼ wⱼ qⱼ.</pre>
 * Hypergradient descent on the vector s = log λ, against random search and Bayesian optimisation
 * with the same budget of evaluations (each one Cholesky factorisation of G + diag λ).
 */
public final class PerFeatureRidge {

  /** One evaluation: C at log λ, its gradient in log λ (null when not asked for), the weights. */
  public record Evaluation(double[] logLambdas, double value, double[] gradient, double[] weights) {
    public Evaluation {
      logLambdas = logLambdas.clone();
      gradient = gradient == null ? null : gradient.clone();
      weights = weights.clone();
    }

    @Override
    public double[] logLambdas() {
      return logLambdas.clone();
    }

    @Override
    public double[] gradient() {
      return gradient == null ? null : gradient.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  /** A run of a method: its evaluations in order and how long each took on average. */
  public record Run(String method, List<Evaluation> evaluations, double nanosPerEvaluation) {
    /** The best evaluation. */
    public Evaluation best() {
      Evaluation b = evaluations.get(0);
      for (Evaluation e : evaluations) {
        if (e.value() < b.value()) {
          b = e;
        }
      }
      return b;
    }

    /** The best value after each evaluation: the curve of a search. */
    public double[] bestSoFar() {
      double[] out = new double[evaluations.size()];
      double b = Double.POSITIVE_INFINITY;
      for (int i = 0; i < out.length; i++) {
        b = Math.min(b, evaluations.get(i).value());
        out[i] = b;
      }
      return out;
    }
  }

  /** Armijo's constant and the most halvings of a descent step. */
  public static final double ARMIJO = 1e-4;
  public static final int MAX_HALVINGS = 20;
  /** The first step of the descent, in log λ along −∇C/‖∇C‖. */
  public static final double FIRST_STEP = 1;

  private final RidgeProblem problem;
  private final DMatrixRMaj gram;
  private final double[] moment;
  private final double logMin;
  private final double logMax;

  /** The problem with each log λⱼ kept in [logMin, logMax]. */
  public PerFeatureRidge(RidgeProblem problem, double logMin, double logMax) {
    this.problem = problem;
    this.gram = problem.gram();
    this.moment = problem.moment();
    this.logMin = logMin;
    this.logMax = logMax;
  }

  public int dimension() {
    return moment.length;
  }

  public double logMin() {
    return logMin;
  }

  public double logMax() {
    return logMax;
  }

  /** C at log λ and, with {@code gradient}, dC/d log λ by one more solve with the same factor. */
  public Evaluation evaluate(double[] logLambdas, boolean gradient) {
    int p = dimension();
    DMatrixRMaj a = gram.copy();
    for (int j = 0; j < p; j++) {
      a.add(j, j, Math.exp(logLambdas[j]));
    }
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
    if (!chol.decompose(a)) {
      throw new IllegalStateException("G + diag λ is not positive definite");
    }
    double[] l = chol.getT(null).getData();
    double[] w = solve(l, moment);
    double[] g = new double[p];
    double c = problem.validationValueAndGradient(w, g);
    double[] hyper = null;
    if (gradient) {
      double[] q = solve(l, g);
      hyper = new double[p];
      for (int j = 0; j < p; j++) {
        hyper[j] = -Math.exp(logLambdas[j]) * w[j] * q[j];
      }
    }
    return new Evaluation(logLambdas, c, hyper, w);
  }

  /** L Lᵀ x = b for the lower factor L (row-major p × p). */
  private static double[] solve(double[] l, double[] b) {
    int p = b.length;
    double[] z = new double[p];
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= l[i * p + j] * z[j];
      }
      z[i] = s / l[i * p + i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = z[i];
      for (int j = i + 1; j < p; j++) {
        s -= l[j * p + i] * x[j];
      }
      x[i] = s / l[i * p + i];
    }
    return x;
  }

  /**
   * Projected gradient descent on s = log λ ∈ [logMin, logMax]^d from {@code start}, for
   * {@code budget} evaluations: the first step {@link #FIRST_STEP} along −∇C/‖∇C‖, later ones the
   * Barzilai–Borwein step ‖Δs‖²/(Δs·Δ∇C) (a secant curvature, as the scalar outer loop uses), each
   * halved until C falls by Armijo's rule.
   */
  public Run descend(double[] start, int budget) {
    long t0 = System.nanoTime();
    List<Evaluation> evals = new ArrayList<>();
    Evaluation at = evaluate(clamp(start), true);
    evals.add(at);
    double step = Double.NaN;
    double[] prevS = null;
    double[] prevG = null;
    while (evals.size() < budget) {
      double[] s = at.logLambdas();
      double[] g = at.gradient();
      double norm = norm(g);
      if (!(norm > 0)) {
        break;
      }
      if (prevS == null) {
        step = FIRST_STEP / norm;
      } else {
        double ss = 0;
        double sy = 0;
        for (int j = 0; j < s.length; j++) {
          double ds = s[j] - prevS[j];
          ss += ds * ds;
          sy += ds * (g[j] - prevG[j]);
        }
        step = sy > 0 ? ss / sy : 2 * step;
      }
      boolean moved = false;
      for (int h = 0; h < MAX_HALVINGS && evals.size() < budget; h++) {
        double[] trial = new double[s.length];
        double decrease = 0;
        for (int j = 0; j < s.length; j++) {
          trial[j] = clampOne(s[j] - step * g[j]);
          decrease += g[j] * (s[j] - trial[j]);
        }
        Evaluation e = evaluate(trial, true);
        evals.add(e);
        if (e.value() <= at.value() - ARMIJO * decrease && decrease > 0) {
          prevS = s;
          prevG = g;
          at = e;
          moved = true;
          break;
        }
        step /= 2;
      }
      if (!moved) {
        break;
      }
    }
    return new Run("hypergradient descent", List.copyOf(evals), (System.nanoTime() - t0) / (double) evals.size());
  }

  /** log λ drawn uniformly from the box, {@code budget} times (Bergstra and Bengio 2012). */
  public Run random(int budget, long seed) {
    long t0 = System.nanoTime();
    SplittableRandom r = new SplittableRandom(seed);
    List<Evaluation> evals = new ArrayList<>();
    for (int i = 0; i < budget; i++) {
      double[] s = new double[dimension()];
      for (int j = 0; j < s.length; j++) {
        s[j] = logMin + (logMax - logMin) * r.nextDouble();
      }
      evals.add(evaluate(s, false));
    }
    return new Run("random search", List.copyOf(evals), (System.nanoTime() - t0) / (double) budget);
  }

  /** Bayesian optimisation over the box (a process on log C), {@code budget} evaluations. */
  public Run bayesian(int budget, int initial, long seed) {
    long t0 = System.nanoTime();
    double[] lo = new double[dimension()];
    double[] hi = new double[dimension()];
    java.util.Arrays.fill(lo, logMin);
    java.util.Arrays.fill(hi, logMax);
    List<Evaluation> evals = new ArrayList<>();
    BayesianOptimization bo = new BayesianOptimization(x -> {
      Evaluation e = evaluate(x, false);
      evals.add(e);
      return new BayesianOptimization.Evaluation(x, e.value(), Work.NONE, 0);
    }, lo, hi, initial, true, seed);
    for (int i = 0; i < budget; i++) {
      bo.iterate();
    }
    return new Run("Bayesian optimisation", List.copyOf(evals), (System.nanoTime() - t0) / (double) budget);
  }

  /** The inner solves a grid with k values per λⱼ needs: k^d (as a double: it overflows a long soon). */
  public double gridSolves(int k) {
    return Math.pow(k, dimension());
  }

  private double[] clamp(double[] s) {
    double[] out = new double[s.length];
    for (int j = 0; j < s.length; j++) {
      out[j] = clampOne(s[j]);
    }
    return out;
  }

  private double clampOne(double v) {
    return Math.max(logMin, Math.min(logMax, v));
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
