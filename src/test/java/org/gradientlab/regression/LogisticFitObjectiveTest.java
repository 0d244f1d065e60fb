package org.gradientlab.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.data.Dataset;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.testing.FiniteDifferences;
import org.junit.jupiter.api.Test;

class LogisticFitObjectiveTest {

  private final LogisticFitObjective overlapping =
      new LogisticFitObjective(ClassData.Preset.OVERLAPPING.dataset());
  private final LogisticFitObjective separable =
      new LogisticFitObjective(ClassData.Preset.SEPARABLE.dataset());

  @Test
  void atZeroWeightsEveryPointHasProbabilityOneHalfSoTheLossIsLogTwo() {
    for (ClassData.Preset p : ClassData.Preset.values()) {
      assertThat(new LogisticFitObjective(p.dataset()).value(new double[2]))
          .as(p.label()).isCloseTo(Math.log(2), within(1e-14));
    }
  }

  @Test
  void theLossIsTheMeanLogLossOfSigmoidOfTheStandardizedFeaturesByHand() {
    // Features (0, 0), (2, 0), (0, 4), (2, 4): mean (1, 2), sd (1, 2), so z = (±1, ±1).
    Dataset d = new Dataset("four", new double[][] {{0, 0}, {2, 0}, {0, 4}, {2, 4}},
        new double[] {0, 1, 0, 1}, List.of("a", "b"));
    LogisticFitObjective f = new LogisticFitObjective(d);
    double[] w = {0.7, -0.3};
    double[][] z = {{-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
    double[] y = {0, 1, 0, 1};
    double loss = 0;
    double[] grad = new double[2];
    for (int i = 0; i < 4; i++) {
      double s = w[0] * z[i][0] + w[1] * z[i][1];
      double p = 1 / (1 + Math.exp(-s));
      loss += -(y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p));
      grad[0] += (p - y[i]) * z[i][0];
      grad[1] += (p - y[i]) * z[i][1];
    }
    double[] g = new double[2];
    assertThat(f.valueAndGradient(w, g)).isCloseTo(loss / 4, within(1e-15));
    assertThat(g).containsExactly(new double[] {grad[0] / 4, grad[1] / 4}, within(1e-15));
    // Only the first feature tells the classes apart: separable along w = (1, 0), no best w.
    assertThat(f.separable()).isTrue();
    assertThat(f.knownMinima()).isEmpty();
  }

  @Test
  void gradientAndHessianAgreeWithFiniteDifferences() {
    for (double[] w : new double[][] {{0, 0}, {1.3, -0.4}, {-3, 2.5}, {6, 6}}) {
      double[] g = new double[2];
      overlapping.valueAndGradient(w, g);
      assertThat(g).containsExactly(FiniteDifferences.gradient(overlapping, w, 1e-6), within(1e-8));
      DMatrixRMaj h = overlapping.hessian(w);
      DMatrixRMaj fd = FiniteDifferences.hessian(overlapping, w, 1e-4);
      for (int i = 0; i < 4; i++) {
        assertThat(h.get(i)).isCloseTo(fd.get(i), within(1e-6));
      }
    }
  }

  @Test
  void farOutTheLossStaysFiniteAndGrowsLinearly() {
    double[] g = new double[2];
    double far = overlapping.valueAndGradient(new double[] {-800, 900}, g);
    assertThat(far).isFinite().isGreaterThan(100);
    assertThat(g[0]).isFinite();
    assertThat(overlapping.value(new double[] {-1600, 1800})).isCloseTo(2 * far, within(1e-6 * far));
  }

  @Test
  void overlappingClustersHaveOneMinimumWhereTheGradientVanishes() {
    assertThat(overlapping.separable()).isFalse();
    assertThat(overlapping.knownMinima()).hasSize(1);
    double[] w = overlapping.knownMinima().get(0).location();
    assertThat(overlapping.gradient(w)).containsExactly(new double[] {0, 0}, within(1e-9));
    // Class 1 sits around +(1, 0.5): both weights point that way.
    assertThat(w[0]).isPositive();
    assertThat(w[1]).isPositive();
    assertThat(overlapping.domain().contains(w[0], w[1])).isTrue();
  }

  @Test
  void separableClustersHaveNoMinimumUntilLambdaIsPositive() {
    assertThat(separable.separable()).isTrue();
    assertThat(separable.knownMinima()).isEmpty();
    // Along the separating direction the loss keeps falling towards 0.
    double[] u = {ClassData.SEPARATING_DIRECTION[0], ClassData.SEPARATING_DIRECTION[1]};
    double previous = Double.POSITIVE_INFINITY;
    for (double t = 1; t <= 64; t *= 2) {
      double f = separable.value(new double[] {t * u[0] * separable.standardizer().sd(0),
          t * u[1] * separable.standardizer().sd(1)});
      assertThat(f).isLessThan(previous);
      previous = f;
    }
    assertThat(previous).isLessThan(1e-6);
    // With (λ/2)‖w‖² the loss is strongly convex: one minimum, ∇f + λw = 0 there.
    Objective ridge = RegularizedObjective.of(separable, 0.01);
    assertThat(ridge.knownMinima()).hasSize(1);
    double[] w = ridge.knownMinima().get(0).location();
    double[] g = separable.gradient(w);
    assertThat(new double[] {g[0] + 0.01 * w[0], g[1] + 0.01 * w[1]})
        .containsExactly(new double[] {0, 0}, within(1e-9));
  }

  @Test
  void separabilityThroughTheOriginIsDecidedByTheLargestAngularGap() {
    // Class 1 right of the y-axis, class 0 left: separable by w = (1, 0).
    assertThat(LogisticFitObjective.separableThroughOrigin(new double[] {1, 2, -1, -2},
        new double[] {1, -1, 0.5, -3}, new double[] {1, 1, 0, 0})).isTrue();
    // XOR-like labels: no line through the origin separates them.
    assertThat(LogisticFitObjective.separableThroughOrigin(new double[] {1, -1, 1, -1},
        new double[] {1, -1, -1, 1}, new double[] {1, 1, 0, 0})).isFalse();
    // Ties on the line are enough: (1, −1) in both classes sits on w = (1, 1)'s boundary while
    // (2, 1) is pushed away from it, so the infimum is still at infinity.
    assertThat(LogisticFitObjective.separableThroughOrigin(new double[] {2, 1, -1},
        new double[] {1, -1, 1}, new double[] {1, 1, 0})).isTrue();
    // A class-0 point on the class-1 side breaks it.
    assertThat(LogisticFitObjective.separableThroughOrigin(new double[] {1, 2, -1, 3},
        new double[] {1, -1, 0.5, 0.2}, new double[] {1, 1, 0, 0})).isFalse();
  }

  @Test
  void aBatchOfEveryExampleIsTheFullGradient() {
    int n = overlapping.exampleCount();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    double[] w = {0.8, -1.1};
    double[] full = new double[2];
    double[] batch = new double[2];
    double f = overlapping.valueAndGradient(w, full);
    assertThat(overlapping.batchValueAndGradient(w, all, n, batch)).isCloseTo(f, within(1e-14));
    assertThat(batch).containsExactly(full, within(1e-14));
  }

  @Test
  void theSeparablePresetIsSeparatedByItsMarginAndEveryPresetIsCentred() {
    Dataset d = ClassData.Preset.SEPARABLE.dataset();
    for (int i = 0; i < d.size(); i++) {
      double along = d.feature(i, 0) * ClassData.SEPARATING_DIRECTION[0]
          + d.feature(i, 1) * ClassData.SEPARATING_DIRECTION[1];
      assertThat(d.target(i) > 0.5 ? along : -along).isGreaterThanOrEqualTo(ClassData.MARGIN);
    }
    for (ClassData.Preset p : List.of(ClassData.Preset.OVERLAPPING, ClassData.Preset.SEPARABLE)) {
      Dataset c = p.dataset();
      double m0 = 0;
      double m1 = 0;
      for (int i = 0; i < c.size(); i++) {
        m0 += c.feature(i, 0);
        m1 += c.feature(i, 1);
      }
      assertThat(m0 / c.size()).isCloseTo(0, within(1e-12));
      assertThat(m1 / c.size()).isCloseTo(0, within(1e-12));
    }
  }
}
