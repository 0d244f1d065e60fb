package org.gradientlab.net;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gradientlab.math.Vectors;

/**
 * The plane through a training path, after Li, Xu, Taylor, Studer and Goldstein 2018, "Visualizing
 * the Loss Landscape of Neural Nets", §7 (who take the top two principal directions of θᵢ − θₙ).
 * Here, for a path θ_s = θ₀, θ₁, …, θ_c (start to current weights):
 * <ul>
 *   <li>the origin is θ_c, so (0, 0) is where training stands;</li>
 *   <li>d₁ = (θ_c − θ_s) / ‖θ_c − θ_s‖, the unit direction from start to current, so the start lies at
 *       (−‖θ_c − θ_s‖, 0) and a and b are Euclidean distances in weight space;</li>
 *   <li>d₂ is the top principal direction of the path's deviations from that chord: with
 *       rᵢ = (θᵢ − θ_c) − ((θᵢ − θ_c)·d₁) d₁, the unit vector orthogonal to d₁ that maximises
 *       Σᵢ (d₂·rᵢ)², i.e. the top eigenvector of the uncentred scatter Σᵢ rᵢrᵢᵀ (uncentred because
 *       the plane must pass through θ_s and θ_c). Of all planes through θ_s and θ_c this one is
 *       nearest the path in least squares. It is computed from the Gram matrix G = R Rᵀ of at most
 *       {@link #MAX_POINTS} evenly spaced path points (u its top eigenvector, d₂ ∝ Rᵀu), then
 *       orthonormalised against d₁ (Gram–Schmidt, twice), and signed so that Σᵢ d₂·rᵢ ≥ 0: the path
 *       bulges towards positive b.</li>
 * </ul>
 * A path that is (to rounding) a straight line has no deviation to follow: d₂ is then a random
 * filter-normalised direction made orthonormal to d₁, and {@link #straight} says so.
 */
public final class TrajectoryPlane {

  /** Path points used for the principal direction: G costs m²·P/2 and its eigenvectors ~m³, a few ms. */
  public static final int MAX_POINTS = 128;
  /** Deviations below this fraction of ‖θ_c − θ_s‖ count as none: the path is a straight line. */
  static final double STRAIGHT = 1e-9;

  private final WeightSlice slice;
  private final boolean straight;

  private TrajectoryPlane(WeightSlice slice, boolean straight) {
    this.slice = slice;
    this.straight = straight;
  }

  /** Whether a path spans a plane's first direction: its current point differs from its start. */
  public static boolean isDefined(List<double[]> path) {
    if (path.size() < 2) {
      return false;
    }
    double d = Vectors.distance(path.get(0), path.get(path.size() - 1));
    return d > 0 && Double.isFinite(d);
  }

  /** The plane through {@code path} (start first, current last); {@code seed} only for a straight path. */
  public static TrajectoryPlane through(NetLayout layout, List<double[]> path, long seed) {
    if (!isDefined(path)) {
      throw new IllegalArgumentException("a path from its start to somewhere else is needed");
    }
    double[] start = path.get(0);
    double[] current = path.get(path.size() - 1);
    int n = current.length;
    double[] d1 = new double[n];
    for (int k = 0; k < n; k++) {
      d1[k] = current[k] - start[k];
    }
    scale(d1, 1 / Vectors.norm(d1));
    double chord = Vectors.distance(start, current);

    double[][] r = deviations(path, current, d1);
    double[] d2 = topPrincipalDirection(r);
    boolean straight = d2 == null || Vectors.norm(times(r, d2)) <= STRAIGHT * chord;
    if (straight) {
      d2 = WeightSlice.direction(layout, current, new SplittableRandom(seed));
    }
    orthonormalise(d2, d1);
    if (!straight) {
      double side = 0;
      for (double[] ri : r) {
        side += Vectors.dot(ri, d2);
      }
      if (side < 0) {
        scale(d2, -1);
      }
    }
    WeightSlice s = new WeightSlice(current, d1, d2, "start → now",
        straight ? "random direction" : "path's main deviation");
    return new TrajectoryPlane(s, straight);
  }

  public WeightSlice slice() {
    return slice;
  }

  /** True when the path had no sideways deviation and d₂ is a random direction. */
  public boolean straight() {
    return straight;
  }

  /** rᵢ for at most {@link #MAX_POINTS} evenly spaced points of the path (first and last included). */
  private static double[][] deviations(List<double[]> path, double[] origin, double[] d1) {
    int m = Math.min(MAX_POINTS, path.size());
    double[][] r = new double[m][];
    for (int i = 0; i < m; i++) {
      int at = m == 1 ? 0 : (int) Math.round((double) i * (path.size() - 1) / (m - 1));
      double[] p = path.get(at);
      double[] ri = new double[origin.length];
      for (int k = 0; k < ri.length; k++) {
        ri[k] = p[k] - origin[k];
      }
      double along = Vectors.dot(ri, d1);
      for (int k = 0; k < ri.length; k++) {
        ri[k] -= along * d1[k];
      }
      r[i] = ri;
    }
    return r;
  }

  /**
   * The unit vector v maximising Σᵢ (v·rᵢ)² over the rows rᵢ (the top right singular vector of R):
   * from the top eigenvector u of G = R Rᵀ, v = Rᵀu / ‖Rᵀu‖. Null when every row is zero.
   */
  static double[] topPrincipalDirection(double[][] rows) {
    int m = rows.length;
    if (m == 0) {
      return null;
    }
    DMatrixRMaj g = new DMatrixRMaj(m, m);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double v = Vectors.dot(rows[i], rows[j]);
        g.set(i, j, v);
        g.set(j, i, v);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
    if (!eig.decompose(g)) {
      throw new ArithmeticException("the path's scatter matrix has no eigen-decomposition");
    }
    int top = 0;
    for (int i = 1; i < m; i++) {
      if (eig.getEigenvalue(i).real > eig.getEigenvalue(top).real) {
        top = i;
      }
    }
    DMatrixRMaj u = eig.getEigenVector(top);
    double[] v = new double[rows[0].length];
    for (int i = 0; i < m; i++) {
      double ui = u.get(i, 0);
      for (int k = 0; k < v.length; k++) {
        v[k] += ui * rows[i][k];
      }
    }
    double norm = Vectors.norm(v);
    if (!(norm > 0)) {
      return null;
    }
    scale(v, 1 / norm);
    return v;
  }

  /** (R v)ᵢ = rᵢ·v. */
  private static double[] times(double[][] rows, double[] v) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = Vectors.dot(rows[i], v);
    }
    return out;
  }

  /** v ← v − (v·u)u, twice (one pass loses orthogonality to rounding when v is nearly along u), then v/‖v‖. */
  private static void orthonormalise(double[] v, double[] u) {
    for (int pass = 0; pass < 2; pass++) {
      double c = Vectors.dot(v, u);
      for (int k = 0; k < v.length; k++) {
        v[k] -= c * u[k];
      }
    }
    scale(v, 1 / Vectors.norm(v));
  }

  private static void scale(double[] v, double c) {
    for (int k = 0; k < v.length; k++) {
      v[k] *= c;
    }
  }
}
