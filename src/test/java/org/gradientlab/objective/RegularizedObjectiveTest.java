package org.gradientlab.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class RegularizedObjectiveTest {

  @Test
  void zeroLambdaIsTheBaseObjectiveItself() {
    Objective base = new Rosenbrock();
    assertThat(RegularizedObjective.of(base, 0)).isSameAs(base);
  }

  @Test
  void addsHalfLambdaTimesSquaredNorm() {
    Objective f = RegularizedObjective.of(new Rosenbrock(), 2);
    double[] theta = {0.5, -1.5};
    double expected = new Rosenbrock().value(theta) + 0.5 * 2 * (0.25 + 2.25);
    assertThat(f.value(theta)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void bowlMinimumMovesToTheRidgeSolution() {
    // f = ½(θ − c)ᵀA(θ − c) + (λ/2)‖θ‖² is minimised at θ* = (A + λI)⁻¹ A c.
    double lambda = 0.8;
    QuadraticBowl bowl = new QuadraticBowl(10, 30, 2, 1);
    DMatrixRMaj a = bowl.hessian(new double[2]);
    DMatrixRMaj shifted = a.copy();
    shifted.add(0, 0, lambda);
    shifted.add(1, 1, lambda);
    DMatrixRMaj ac = new DMatrixRMaj(2, 1);
    CommonOps_DDRM.mult(a, new DMatrixRMaj(new double[][] {{2}, {1}}), ac);
    DMatrixRMaj expected = new DMatrixRMaj(2, 1);
    CommonOps_DDRM.solve(shifted, ac, expected);

    List<Minimum> minima = RegularizedObjective.of(bowl, lambda).knownMinima();

    assertThat(minima).hasSize(1);
    assertThat(minima.get(0).coordinate(0)).isCloseTo(expected.get(0), within(1e-9));
    assertThat(minima.get(0).coordinate(1)).isCloseTo(expected.get(1), within(1e-9));
  }

  @Test
  void aLargeLambdaTurnsTheSaddleIntoABowl() {
    // x² − y² + (λ/2)(x² + y²) has curvatures 2 + λ and λ − 2: a minimum at 0 once λ > 2.
    assertThat(RegularizedObjective.of(new Saddle(), 1).knownMinima()).isEmpty();
    List<Minimum> minima = RegularizedObjective.of(new Saddle(), 3).knownMinima();
    assertThat(minima).hasSize(1);
    assertThat(minima.get(0).location()).containsExactly(0, 0);
  }

  @Test
  void rejectsNegativeOrNonFiniteLambda() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RegularizedObjective.of(new Parabola(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RegularizedObjective.of(new Parabola(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
