package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.gradientlab.math.Vectors;
import org.junit.jupiter.api.Test;

/** L-BFGS against a closed form (ridge) and an independent optimizer (Apache Commons Math). */
class LbfgsTest {

  @Test
  void onRidgeItFindsTheClosedFormSolution() {
    RidgeProblem ridge = (RidgeProblem) HyperProblems.diabetes().inner();
    double lambda = 0.05;
    double tolerance = 1e-9 * ExactInner.gradientScale(ridge);
    InnerSolution s = Lbfgs.minimize(new RegularizedInner(ridge, lambda), new double[ridge.dimension()], tolerance);
    double[] exact = ridge.closedForm(lambda);
    assertThat(s.reachedTolerance()).isTrue();
    for (int j = 0; j < exact.length; j++) {
      assertThat(s.w()[j]).isCloseTo(exact[j], within(1e-6 * (1 + Math.abs(exact[j]))));
    }
    // The reported training loss is h minus the penalty, with no further pass.
    assertThat(s.trainLoss()).isCloseTo(ridge.trainLoss(s.w()), within(1e-9 * ridge.trainLoss(s.w())));
  }

  @Test
  void onLogisticRegressionItAgreesWithCommonsMathsConjugateGradientOptimizer() {
    InnerProblem cancer = HyperProblems.breastCancer().inner();
    RegularizedInner h = new RegularizedInner(cancer, 0.05);
    InnerSolution s = Lbfgs.minimize(h, new double[cancer.dimension()], 1e-9 * ExactInner.gradientScale(cancer));
    NonLinearConjugateGradientOptimizer referee = new NonLinearConjugateGradientOptimizer(
        NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-15, 1e-15));
    MultivariateFunction f = w -> h.valueAndGradient(w, new double[w.length]);
    MultivariateVectorFunction g = w -> {
      double[] out = new double[w.length];
      h.valueAndGradient(w, out);
      return out;
    };
    PointValuePair best = referee.optimize(new MaxEval(200_000), new ObjectiveFunction(f),
        new ObjectiveFunctionGradient(g), GoalType.MINIMIZE, new InitialGuess(new double[cancer.dimension()]));
    // The referee's line search stops a little higher; L-BFGS is never above it, and close.
    assertThat(s.reachedTolerance()).isTrue();
    assertThat(s.value()).isLessThanOrEqualTo(best.getValue() + 1e-14);
    assertThat(s.value()).isCloseTo(best.getValue(), within(1e-5 * best.getValue()));
    double[] diff = s.w();
    for (int j = 0; j < diff.length; j++) {
      diff[j] -= best.getPoint()[j];
    }
    assertThat(Vectors.norm(diff)).isLessThan(1e-2 * Vectors.norm(s.w()));
  }

  @Test
  void aStartWhoseGradientIsKnownCostsNoEvaluationAndAnUnreachableToleranceIsReported() {
    InnerProblem cancer = HyperProblems.breastCancer().inner();
    CountingProblem counted = new CountingProblem(cancer);
    InnerSolution first = Lbfgs.minimize(new RegularizedInner(counted, 0.1), new double[cancer.dimension()], 1e-6);
    long before = counted.work().gradients();
    // Already within tolerance at the new start: nothing is evaluated again.
    InnerSolution again = Lbfgs.minimize(new RegularizedInner(counted, 0.1), first.asStart(), 1e-6);
    assertThat(again.iterations()).isZero();
    assertThat(counted.work().gradients()).isEqualTo(before);
    // A tolerance of 0 cannot be met: the solver stops at the rounding floor and says so.
    InnerSolution floor = Lbfgs.minimize(new RegularizedInner(cancer, 0.1), first.asStart(), 0);
    assertThat(floor.reachedTolerance()).isFalse();
    assertThat(floor.iterations()).isLessThan(Lbfgs.MAX_ITERATIONS);
  }
}
