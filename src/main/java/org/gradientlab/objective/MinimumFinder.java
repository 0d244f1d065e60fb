package org.gradientlab.objective;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gradientlab.math.Vectors;

/**
 * Locates minima numerically with damped Newton steps θ ← θ − t H⁻¹∇f (backtracking on f), for
 * objectives whose minima have no closed form: a regularised surface, a typed formula.
 */
public final class MinimumFinder {

  /** Stop when ‖∇f‖ falls below this. */
  public static final double GRADIENT_TOLERANCE = 1e-10;
  /** Two minima closer than this (relative to the domain) are the same one. */
  public static final double SAME_POINT = 1e-6;

  private static final int MAX_NEWTON_STEPS = 100;

  private MinimumFinder() {}

  /** Refines every seed; keeps those that reach a point with ‖∇f‖ small and H positive definite. */
  public static List<Minimum> refineAll(Objective f, List<double[]> seeds) {
    List<Minimum> found = new ArrayList<>();
    double scale = f.domain().radius();
    for (double[] seed : seeds) {
      double[] x = refine(f, seed);
      if (x == null || !isLocalMinimum(f, x)) {
        continue;
      }
      boolean duplicate = false;
      for (Minimum m : found) {
        if (Vectors.distance(m.location(), x) < SAME_POINT * Math.max(1, scale)) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        found.add(new Minimum(x, f.value(x)));
      }
    }
    return List.copyOf(found);
  }

  /** A stationary point near {@code seed}, or null when Newton's method does not get there. */
  public static double[] refine(Objective f, double[] seed) {
    int n = f.dimension();
    double[] x = seed.clone();
    double[] g = new double[n];
    double[] trial = new double[n];
    DMatrixRMaj h = new DMatrixRMaj(n, n);
    DMatrixRMaj step = new DMatrixRMaj(n, 1);
    DMatrixRMaj rhs = new DMatrixRMaj(n, 1);
    for (int it = 0; it < MAX_NEWTON_STEPS; it++) {
      double fx = f.valueAndGradient(x, g);
      if (!Double.isFinite(fx)) {
        return null;
      }
      if (Vectors.norm(g) < GRADIENT_TOLERANCE) {
        return x;
      }
      f.hessian(x, h);
      for (int i = 0; i < n; i++) {
        rhs.set(i, 0, g[i]);
      }
      boolean newton = CommonOps_DDRM.solve(h, rhs, step) && isDescent(step, g);
      if (!newton) {
        for (int i = 0; i < n; i++) {
          step.set(i, 0, g[i]);
        }
      }
      // Backtracking: accept the first t in 1, ½, ¼, … that lowers f (or keeps it within rounding).
      double t = 1;
      boolean accepted = false;
      for (int k = 0; k < 60; k++) {
        for (int i = 0; i < n; i++) {
          trial[i] = x[i] - t * step.get(i, 0);
        }
        double ft = f.value(trial);
        if (ft <= fx + 1e-12 * Math.abs(fx)) {
          accepted = true;
          break;
        }
        t *= 0.5;
      }
      if (!accepted) {
        return Vectors.norm(g) < 1e-6 ? x : null;
      }
      System.arraycopy(trial, 0, x, 0, n);
    }
    double[] gEnd = new double[n];
    f.valueAndGradient(x, gEnd);
    return Vectors.norm(gEnd) < 1e-6 ? x : null;
  }

  /** True when ∇²f(x) is positive definite (all eigenvalues > 0). */
  public static boolean isLocalMinimum(Objective f, double[] x) {
    DMatrixRMaj h = f.hessian(x);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
    if (!eig.decompose(h)) {
      return false;
    }
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      if (!(eig.getEigenvalue(i).getReal() > 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDescent(DMatrixRMaj step, double[] g) {
    double dot = 0;
    for (int i = 0; i < g.length; i++) {
      dot += step.get(i, 0) * g[i];
    }
    return dot > 0;
  }
}
