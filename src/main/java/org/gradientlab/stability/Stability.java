package org.gradientlab.stability;

import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.gradientlab.math.Vectors;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;

/** Stability edges from the eigenvalues of the Hessian (EJML's symmetric eigen-decomposition). */
public final class Stability {

  private Stability() {}

  /** The edges at θ, from the eigenvalues of ∇²f(θ). */
  public static StabilityEdges at(Objective f, double[] theta) {
    DMatrixRMaj h = f.hessian(theta);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.numRows, false, true);
    if (!eig.decompose(h)) {
      return new StabilityEdges(Double.NaN, Double.NaN);
    }
    double largest = Double.NEGATIVE_INFINITY;
    double smallest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      double e = eig.getEigenvalue(i).getReal();
      largest = Math.max(largest, e);
      smallest = Math.min(smallest, e);
    }
    return new StabilityEdges(largest, smallest);
  }

  /**
   * The edges at the known minimum nearest to {@code start}: where a converging run ends, and so
   * the curvature that decides whether it can settle there. Empty when f has no known minimum.
   */
  public static Optional<StabilityEdges> atMinimumNearest(Objective f, double[] start) {
    List<Minimum> minima = f.knownMinima();
    Minimum best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (Minimum m : minima) {
      double d = Vectors.distance(m.location(), start);
      if (d < bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(at(f, best.location()));
  }
}
