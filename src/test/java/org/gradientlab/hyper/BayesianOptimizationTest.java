package org.gradientlab.hyper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The Gaussian process against the textbook formulas (Rasmussen and Williams 2006, §2.2, eq. 4.17)
 * computed here with EJML's general solver, its marginal-likelihood fit, expected improvement in
 * closed form, and Bayesian optimisation finding known minima, deterministically from its seed.
 */
class BayesianOptimizationTest {

  private static double[][] points(double... xs) {
    double[][] p = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      p[i] = new double[] {xs[i]};
    }
    return p;
  }

  @Test
  void maternFiveHalvesIsItsClosedForm() {
    assertThat(GaussianProcess.matern52(0, 0.3)).isEqualTo(1);
    double s5 = Math.sqrt(5);
    assertThat(GaussianProcess.matern52(0.3, 0.3)).isCloseTo((1 + s5 + 5.0 / 3) * Math.exp(-s5), within(1e-15));
    assertThat(GaussianProcess.matern52(0.6, 0.3)).isCloseTo((1 + 2 * s5 + 20.0 / 3) * Math.exp(-2 * s5), within(1e-15));
  }

  @Test
  void thePosteriorIsTheTextbookFormula() {
    double[][] x = points(0.1, 0.35, 0.5, 0.9);
    double[] y = {1.0, -0.5, 0.2, 2.0};
    double l = 0.25;
    double g = 1e-3;
    GaussianProcess gp = GaussianProcess.withParameters(x, y, l, g);
    double m = (1.0 - 0.5 + 0.2 + 2.0) / 4;
    // K = R + gI, μ(x*) = m + r*ᵀK⁻¹(y − m), σ²(x*) = σ̂²(1 − r*ᵀK⁻¹r*), σ̂² = (y − m)ᵀK⁻¹(y − m)/n
    DMatrixRMaj k = new DMatrixRMaj(4, 4);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        k.set(i, j, GaussianProcess.matern52(Math.abs(x[i][0] - x[j][0]), l) + (i == j ? g : 0));
      }
    }
    DMatrixRMaj inv = new DMatrixRMaj(4, 4);
    CommonOps_DDRM.invert(k, inv);
    double[] c = new double[4];
    for (int i = 0; i < 4; i++) {
      c[i] = y[i] - m;
    }
    double s2 = quadratic(inv, c, c) / 4;
    assertThat(gp.signalVariance()).isCloseTo(s2, within(1e-12 * s2));
    for (double at : new double[] {0.0, 0.2, 0.5, 0.77}) {
      double[] r = new double[4];
      for (int i = 0; i < 4; i++) {
        r[i] = GaussianProcess.matern52(Math.abs(x[i][0] - at), l);
      }
      double mu = m + quadratic(inv, r, c);
      double var = s2 * (1 - quadratic(inv, r, r));
      double[] p = gp.predict(new double[] {at});
      assertThat(p[0]).as("mean at %s", at).isCloseTo(mu, within(1e-10));
      assertThat(p[1]).as("sd at %s", at).isCloseTo(Math.sqrt(var), within(1e-7));
    }
  }

  @Test
  void theFitMaximisesTheMarginalLikelihoodAndFindsTheNoise() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 40;
    double[][] x = new double[n][];
    double[] clean = new double[n];
    double[] noisy = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {r.nextDouble()};
      clean[i] = Math.sin(6 * x[i][0]);
      noisy[i] = clean[i] + 0.1 * r.nextGaussian();
    }
    GaussianProcess smooth = GaussianProcess.fit(x, clean);
    GaussianProcess rough = GaussianProcess.fit(x, noisy);
    for (GaussianProcess gp : List.of(smooth, rough)) {
      double[] y = gp == smooth ? clean : noisy;
      double ll = gp.logLikelihood();
      // A maximum within the searched box: no neighbour in ℓ, in g or along the ridge between is higher.
      for (double f : new double[] {0.7, 1.4}) {
        for (double e : new double[] {1 / f, 1, f}) {
          double g = Math.max(GaussianProcess.MIN_NOISE, Math.min(GaussianProcess.MAX_NOISE, gp.noiseRatio() * e * e));
          assertThat(ll).isGreaterThanOrEqualTo(
              GaussianProcess.likelihood(x, y, gp.mean(), gp.lengthScale() * f, g) - 1e-9);
          assertThat(ll).isGreaterThanOrEqualTo(GaussianProcess.likelihood(x, y, gp.mean(), gp.lengthScale(), g) - 1e-9);
        }
      }
    }
    // Noise-free data: (almost) no noise, the data interpolated; noisy data: σ_n near the 0.1 added.
    assertThat(smooth.noiseSd()).isLessThan(0.01);
    assertThat(smooth.predict(x[7])[0]).isCloseTo(clean[7], within(1e-3));
    assertThat(rough.noiseSd()).isBetween(0.05, 0.2);
  }

  @Test
  void expectedImprovementHasItsClosedFormAndPhiItsValues() {
    assertThat(GaussianProcess.normalCdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(GaussianProcess.normalCdf(1)).isCloseTo(0.8413447461, within(2e-7));
    assertThat(GaussianProcess.normalCdf(-2)).isCloseTo(0.0227501319, within(2e-8));
    // At μ = best with ξ = 0, EI = σφ(0) = σ/√(2π); without uncertainty, max(best − μ, 0).
    assertThat(GaussianProcess.expectedImprovement(1, 0.3, 1, 0)).isCloseTo(0.3 / Math.sqrt(2 * Math.PI), within(1e-9));
    assertThat(GaussianProcess.expectedImprovement(0.5, 0, 1, 0)).isEqualTo(0.5);
    assertThat(GaussianProcess.expectedImprovement(1.5, 0, 1, 0)).isZero();
    // d = 0.4, σ = 0.2: z = 2, EI = 0.4Φ(2) + 0.2φ(2)
    double expected = 0.4 * 0.9772498681 + 0.2 * Math.exp(-2) / Math.sqrt(2 * Math.PI);
    assertThat(GaussianProcess.expectedImprovement(0.6, 0.2, 1, 0)).isCloseTo(expected, within(1e-7));
  }

  @Test
  void bayesianOptimisationFindsAKnownMinimumAndIsDeterministicFromItsSeed() {
    BayesianOptimization.BlackBox f = x -> new BayesianOptimization.Evaluation(x,
        Math.pow(x[0] - 1.3, 2) + 0.1 * Math.sin(3 * x[0]), Work.NONE, 0);
    BayesianOptimization a = new BayesianOptimization(f, new double[] {-3}, new double[] {4}, 3, false, 5);
    BayesianOptimization b = new BayesianOptimization(f, new double[] {-3}, new double[] {4}, 3, false, 5);
    BayesianOptimization c = new BayesianOptimization(f, new double[] {-3}, new double[] {4}, 3, false, 6);
    for (int i = 0; i < 15; i++) {
      a.iterate();
      b.iterate();
      c.iterate();
    }
    // f' = 2(x − 1.3) + 0.3 cos 3x = 0 at x = 1.3809 (Newton's method from 1.38: f'(1.38) = −0.002,
    // f''(1.38) = 2 − 0.9 sin 4.14 = 2.757); the only minimum on [−3, 4], since f'' > 0 there.
    assertThat(a.best().x()[0]).isCloseTo(1.3809, within(0.02));
    for (int i = 0; i < 15; i++) {
      assertThat(a.evaluations().get(i).x()).containsExactly(b.evaluations().get(i).x());
    }
    assertThat(a.evaluations().get(0).x()).isNotEqualTo(c.evaluations().get(0).x());
  }

  @Test
  void thePhasesComeInOrderAndTheDesignComesFirst() {
    BayesianOptimization.BlackBox f = x -> new BayesianOptimization.Evaluation(x, x[0] * x[0], Work.NONE, 0);
    BayesianOptimization bo = new BayesianOptimization(f, new double[] {-1}, new double[] {1}, 2, false, 1);
    assertThat(bo.advance()).isInstanceOf(BayesianOptimization.Posterior.class);
    BayesianOptimization.Acquired first = (BayesianOptimization.Acquired) bo.advance();
    assertThat(first.initialDesign()).isTrue();
    assertThat(bo.advance()).isInstanceOf(BayesianOptimization.Evaluated.class);
    bo.iterate();
    BayesianOptimization.Posterior p = (BayesianOptimization.Posterior) bo.advance();
    assertThat(p.process()).isNotNull();
    BayesianOptimization.Acquired third = (BayesianOptimization.Acquired) bo.advance();
    assertThat(third.initialDesign()).isFalse();
    assertThat(third.improvement()).isPositive();
    // The chosen point maximises EI on the candidates.
    for (double[] u : bo.candidates()) {
      double[] q = p.process().predict(u);
      double ei = GaussianProcess.expectedImprovement(q[0], q[1], p.bestValue(),
          BayesianOptimization.XI * Math.sqrt(p.process().signalVariance()));
      assertThat(ei).isLessThanOrEqualTo(third.improvement());
    }
  }

  @Test
  void onTheNoisySineBayesianOptimisationGetsWithinOnePercentOfTheDenseGridBest() {
    HyperProblem sine = HyperProblems.sine();
    ValidationCurve curve = ValidationCurve.compute(sine.inner(), OuterObjective.VALIDATION, sine.logMin(),
        sine.logMax(), 160, f -> { }, () -> false);
    List<SearchBaselines.Trial> trials = MethodComparison.bayesian(sine, 20, 3, 1);
    assertThat(SearchBaselines.best(trials).value()).isLessThanOrEqualTo(1.01 * curve.minimum());
    // Every evaluation was charged its inner solve's passes, and they add up.
    for (int i = 1; i < trials.size(); i++) {
      assertThat(trials.get(i).work().gradients()).isGreaterThan(trials.get(i - 1).work().gradients());
    }
  }

  @Test
  void overLogLambdaAndEtaOfUnrolledTrainingPastTheCliffIsNoCrash() {
    HyperProblem sine = HyperProblems.sine();
    Unrolled.Loop loop = new Unrolled.Loop(UnrolledMethod.GD, 60, 0, new double[sine.inner().dimension()]);
    double edge = 2 / TrainingEdge.curvature(sine.inner());
    BayesianOptimization bo = new BayesianOptimization(
        HyperBlackBoxes.unrolled(sine.inner(), OuterObjective.VALIDATION, loop),
        new double[] {-10, 0.02 * edge}, new double[] {5, 1.5 * edge}, 5, true, 2);
    double designBest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < 20; i++) {
      BayesianOptimization.Evaluated e = bo.iterate();
      if (i < 5 && Double.isFinite(e.evaluation().value())) {
        designBest = Math.min(designBest, e.evaluation().value());
      }
      // T = 60 passes for a run that trains; fewer for one stopped when it diverged.
      assertThat(e.evaluation().work().gradients()).isLessThanOrEqualTo(60);
      if (Double.isFinite(e.evaluation().value())) {
        assertThat(e.evaluation().work().gradients()).isEqualTo(60);
      }
    }
    assertThat(bo.best().value()).isLessThan(designBest);
    assertThat(bo.best().x()[1]).isLessThan(edge);
  }

  private static double quadratic(DMatrixRMaj a, double[] u, double[] v) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      for (int j = 0; j < v.length; j++) {
        s += u[i] * a.get(i, j) * v[j];
      }
    }
    return s;
  }
}
