package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The learning-rate edge 2/(L + λ) of the unrolled training loop, against what training does. */
class TrainingEdgeTest {

  private final HyperProblem sine = HyperProblems.sine();

  @Test
  void gradientDescentConvergesJustBelowTheEdgeAndOverflowsJustAboveIt() {
    InnerProblem p = sine.inner();
    for (double lambda : new double[] {1e-3, 1, 30}) {
      double edge = TrainingEdge.gradientDescentEdge(p, lambda);
      Unrolled.Loop loop = new Unrolled.Loop(UnrolledMethod.GD, 4000, 0, new double[p.dimension()]);
      assertThat(Unrolled.value(p, OuterObjective.VALIDATION, lambda, 0.98 * edge, loop)).isFinite();
      assertThat(Unrolled.value(p, OuterObjective.VALIDATION, lambda, 1.02 * edge, loop)).isNaN();
    }
  }

  @Test
  void theCurvatureIsTheLargestEigenvalueOfTheTrainingHessian() {
    InnerProblem p = sine.inner();
    double l = TrainingEdge.curvature(p);
    // Rayleigh quotients never exceed it; power iteration reaches it.
    double[] v = new double[p.dimension()];
    java.util.Arrays.fill(v, 1);
    double[] hv = new double[v.length];
    double rayleigh = 0;
    for (int it = 0; it < 2000; it++) {
      p.trainHessianVector(new double[v.length], v, hv);
      double norm = org.gradientlab.math.Vectors.norm(hv);
      rayleigh = org.gradientlab.math.Vectors.dot(v, hv) / org.gradientlab.math.Vectors.dot(v, v);
      for (int i = 0; i < v.length; i++) {
        v[i] = hv[i] / norm;
      }
    }
    assertThat(rayleigh).isLessThanOrEqualTo(l * (1 + 1e-12)).isCloseTo(l,
        org.assertj.core.api.Assertions.within(1e-9 * l));
  }
}
