package org.gradientlab.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

class QuadraticBowlTest {

  @Test
  void eigenvaluesAreOneAndOneOverKappaWhateverTheRotation() {
    for (double kappa : new double[] {1, 3, 10, 250}) {
      for (double angle : new double[] {0, 17, 45, 90, 133}) {
        DMatrixRMaj h = new QuadraticBowl(kappa, angle).hessian(new double[] {0.3, -1});
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, false, true);
        eig.decompose(h);
        double a = eig.getEigenvalue(0).getReal();
        double b = eig.getEigenvalue(1).getReal();
        assertThat(Math.max(a, b)).isCloseTo(1, within(1e-12));
        assertThat(Math.min(a, b)).isCloseTo(1 / kappa, within(1e-12));
      }
    }
  }

  @Test
  void theLongAxisPointsAlongTheRotationAngle() {
    // Along the long (flat) axis f grows by 1/κ, across it by 1: at angle φ the flat direction is
    // (−sin φ, cos φ), perpendicular to the steep direction (cos φ, sin φ).
    double phi = Math.toRadians(30);
    QuadraticBowl bowl = new QuadraticBowl(10, 30);
    double steep = bowl.value(new double[] {Math.cos(phi), Math.sin(phi)});
    double flat = bowl.value(new double[] {-Math.sin(phi), Math.cos(phi)});
    assertThat(steep).isCloseTo(0.5, within(1e-12));
    assertThat(flat).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void rejectsAConditionNumberBelowOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuadraticBowl(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("condition number");
  }
}
