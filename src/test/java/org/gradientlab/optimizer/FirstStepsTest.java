package org.gradientlab.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The first two steps of every optimizer, computed here by hand from its published formula on
 * f(x, y) = ½(x² + y²/4), ∇f = (x, y/4), from θ₀ = (1, 2) with η = 0.1.
 */
class FirstStepsTest {

  private static final double ETA = 0.1;
  private static final GradientOracle GRADIENT = new GradientOracle() {
    @Override
    public void gradient(double[] theta, double[] out) {
      out[0] = theta[0];
      out[1] = theta[1] / 4;
    }

    @Override
    public void hessian(double[] theta, org.ejml.data.DMatrixRMaj out) {
      out.zero();
      out.set(0, 0, 1);
      out.set(1, 1, 0.25);
    }
  };

  private static double[] twoSteps(OptimizerConfig config, double[] afterFirst) {
    Optimizer optimizer = config.create(2);
    double[] theta = {1, 2};
    optimizer.step(theta, GRADIENT);
    assertThat(theta[0]).as("first step, x").isCloseTo(afterFirst[0], within(1e-15));
    assertThat(theta[1]).as("first step, y").isCloseTo(afterFirst[1], within(1e-15));
    optimizer.step(theta, GRADIENT);
    return theta;
  }

  @Test
  void gradientDescent() {
    // θ₁ = θ₀ − η∇f(θ₀) = (1 − 0.1·1, 2 − 0.1·0.5) = (0.9, 1.95)
    // θ₂ = (0.9 − 0.1·0.9, 1.95 − 0.1·0.4875) = (0.81, 1.90125)
    double[] theta = twoSteps(new GradientDescent(ETA), new double[] {0.9, 1.95});
    assertThat(theta[0]).isCloseTo(0.81, within(1e-15));
    assertThat(theta[1]).isCloseTo(1.90125, within(1e-15));
  }

  @Test
  void momentum() {
    // v₁ = g₀ = (1, 0.5);                    θ₁ = θ₀ − ηv₁ = (0.9, 1.95)
    // g₁ = (0.9, 0.4875); v₂ = 0.9v₁ + g₁ = (1.8, 0.9375); θ₂ = θ₁ − ηv₂ = (0.72, 1.85625)
    double[] theta = twoSteps(new Momentum(ETA, 0.9), new double[] {0.9, 1.95});
    assertThat(theta[0]).isCloseTo(0.72, within(1e-15));
    assertThat(theta[1]).isCloseTo(1.85625, within(1e-15));
  }

  @Test
  void nesterovTakesTheGradientAtTheLookAheadPoint() {
    // Step 1: v₀ = 0, so the look-ahead is θ₀: v₁ = g₀ = (1, 0.5), θ₁ = (0.9, 1.95).
    // Step 2: look-ahead θ₁ − ηαv₁ = (0.9 − 0.09, 1.95 − 0.045) = (0.81, 1.905);
    //         g = (0.81, 0.47625); v₂ = 0.9v₁ + g = (1.71, 0.92625); θ₂ = (0.729, 1.857375).
    double[] theta = twoSteps(new Nesterov(ETA, 0.9), new double[] {0.9, 1.95});
    assertThat(theta[0]).isCloseTo(0.729, within(1e-15));
    assertThat(theta[1]).isCloseTo(1.857375, within(1e-15));
  }

  @Test
  void adagrad() {
    double delta = 1e-10;
    // r₁ = g₀² = (1, 0.25); θ₁ = θ₀ − η g₀/(δ + √r₁)
    double x1 = 1 - ETA * 1 / (delta + 1);
    double y1 = 2 - ETA * 0.5 / (delta + 0.5);
    // r₂ = r₁ + g₁², g₁ = (x₁, y₁/4)
    double gx = x1;
    double gy = y1 / 4;
    double x2 = x1 - ETA * gx / (delta + Math.sqrt(1 + gx * gx));
    double y2 = y1 - ETA * gy / (delta + Math.sqrt(0.25 + gy * gy));
    double[] theta = twoSteps(new Adagrad(ETA, delta), new double[] {x1, y1});
    assertThat(theta[0]).isCloseTo(x2, within(1e-15));
    assertThat(theta[1]).isCloseTo(y2, within(1e-15));
  }

  @Test
  void rmsProp() {
    double rho = 0.9;
    double delta = 1e-8;
    // r₁ = (1 − ρ)g₀² = (0.1, 0.025); θ₁ = θ₀ − η g₀/(√r₁ + δ)
    double rx = 0.1 * 1;
    double ry = 0.1 * 0.25;
    double x1 = 1 - ETA * 1 / (Math.sqrt(rx) + delta);
    double y1 = 2 - ETA * 0.5 / (Math.sqrt(ry) + delta);
    double gx = x1;
    double gy = y1 / 4;
    rx = rho * rx + (1 - rho) * gx * gx;
    ry = rho * ry + (1 - rho) * gy * gy;
    double x2 = x1 - ETA * gx / (Math.sqrt(rx) + delta);
    double y2 = y1 - ETA * gy / (Math.sqrt(ry) + delta);
    double[] theta = twoSteps(new RmsProp(ETA, rho, delta), new double[] {x1, y1});
    assertThat(theta[0]).isCloseTo(x2, within(1e-15));
    assertThat(theta[1]).isCloseTo(y2, within(1e-15));
  }

  @Test
  void adamFirstStepIsEtaTimesTheSignOfTheGradient() {
    // t = 1: m̂ = g, ŝ = g², so Δθ = −η g/(|g| + δ) ≈ −η sign(g): the bias correction at work.
    double b1 = 0.9;
    double b2 = 0.999;
    double d = 1e-8;
    double x1 = 1 - ETA * 1 / (1 + d);
    double y1 = 2 - ETA * 0.5 / (0.5 + d);
    // t = 2: m = β₁(1 − β₁)g₀ + (1 − β₁)g₁, s likewise, corrected by 1 − β²
    double gx = x1;
    double gy = y1 / 4;
    double mx = b1 * (1 - b1) * 1 + (1 - b1) * gx;
    double my = b1 * (1 - b1) * 0.5 + (1 - b1) * gy;
    double sx = b2 * (1 - b2) * 1 + (1 - b2) * gx * gx;
    double sy = b2 * (1 - b2) * 0.25 + (1 - b2) * gy * gy;
    double c1 = 1 - b1 * b1;
    double c2 = 1 - b2 * b2;
    double x2 = x1 - ETA * (mx / c1) / (Math.sqrt(sx / c2) + d);
    double y2 = y1 - ETA * (my / c1) / (Math.sqrt(sy / c2) + d);
    double[] theta = twoSteps(new Adam(ETA, b1, b2, d), new double[] {x1, y1});
    assertThat(theta[0]).isCloseTo(x2, within(1e-14));
    assertThat(theta[1]).isCloseTo(y2, within(1e-14));
  }

  @Test
  void sgdWithoutNoiseTakesTheGradientDescentStep() {
    double[] theta = twoSteps(new StochasticGradientDescent(ETA, 0, 1), new double[] {0.9, 1.95});
    assertThat(theta[0]).isCloseTo(0.81, within(1e-15));
    assertThat(theta[1]).isCloseTo(1.90125, within(1e-15));
  }

  @Test
  void newtonDividesEachCoordinateByItsCurvature() {
    // H = diag(1, 1/4), so H⁻¹∇f(θ) = θ: θ₁ = θ₀ − 0.1·θ₀ = (0.9, 1.8), θ₂ = (0.81, 1.62).
    double[] theta = twoSteps(new Newton(ETA), new double[] {0.9, 1.8});
    assertThat(theta[0]).isCloseTo(0.81, within(1e-15));
    assertThat(theta[1]).isCloseTo(1.62, within(1e-15));
  }

  @Test
  void resetForgetsVelocityAndAccumulators() {
    for (OptimizerKind kind : OptimizerCatalog.standard().kinds()) {
      Optimizer optimizer = kind.withDefaults(ETA).create(2);
      double[] a = {1, 2};
      optimizer.step(a, GRADIENT);
      optimizer.step(a, GRADIENT);
      optimizer.reset();
      double[] afterReset = {1, 2};
      optimizer.step(afterReset, GRADIENT);
      double[] fresh = {1, 2};
      kind.withDefaults(ETA).create(2).step(fresh, GRADIENT);
      assertThat(afterReset).as(kind.label()).containsExactly(fresh);
    }
  }
}
