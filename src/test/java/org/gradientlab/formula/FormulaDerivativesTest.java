package org.gradientlab.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Automatic derivatives against finite differences and theory, on many generated formulas. */
class FormulaDerivativesTest {

  private static final double H = 1e-5;

  @Test
  void gradientAndHessianAgreeWithCentralDifferencesOnGeneratedFormulas() {
    FormulaGenerator g = new FormulaGenerator(11);
    Random points = new Random(5);
    int compared = 0;
    for (int i = 0; i < 300; i++) {
      Formula f = FormulaParserTest.parse(g.smooth(4));
      for (int p = 0; p < 5; p++) {
        double x = points.nextDouble() * 4 - 2;
        double y = points.nextDouble() * 4 - 2;
        Jet j = f.jet(x, y);
        if (!Double.isFinite(j.v()) || Math.abs(j.v()) > 1e4) {
          continue;
        }
        assertThat(j.v()).as(f.source()).isCloseTo(f.value(x, y), within(1e-12 * (1 + Math.abs(j.v()))));
        double fx = (f.value(x + H, y) - f.value(x - H, y)) / (2 * H);
        double fy = (f.value(x, y + H) - f.value(x, y - H)) / (2 * H);
        double scale = 1 + Math.abs(fx) + Math.abs(fy) + Math.abs(j.v());
        assertThat(j.dx()).as("∂x of %s at (%s, %s)", f.source(), x, y).isCloseTo(fx, within(1e-5 * scale));
        assertThat(j.dy()).as("∂y of %s", f.source()).isCloseTo(fy, within(1e-5 * scale));
        Jet xp = f.jet(x + H, y);
        Jet xm = f.jet(x - H, y);
        Jet yp = f.jet(x, y + H);
        Jet ym = f.jet(x, y - H);
        double hScale = 1 + Math.abs(j.dxx()) + Math.abs(j.dyy()) + Math.abs(j.dxy()) + scale;
        assertThat(j.dxx()).as("∂xx of %s", f.source()).isCloseTo((xp.dx() - xm.dx()) / (2 * H), within(1e-4 * hScale));
        assertThat(j.dxy()).as("∂xy of %s", f.source()).isCloseTo((yp.dx() - ym.dx()) / (2 * H), within(1e-4 * hScale));
        assertThat(j.dxy()).as("∂yx of %s", f.source()).isCloseTo((xp.dy() - xm.dy()) / (2 * H), within(1e-4 * hScale));
        assertThat(j.dyy()).as("∂yy of %s", f.source()).isCloseTo((yp.dy() - ym.dy()) / (2 * H), within(1e-4 * hScale));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void aPrintedFormulaParsesBackToTheSameFunction() {
    FormulaGenerator g = new FormulaGenerator(17);
    Random points = new Random(9);
    for (int i = 0; i < 300; i++) {
      Formula f = FormulaParserTest.parse(g.smooth(4));
      Formula again = FormulaParserTest.parse(f.print());
      for (int p = 0; p < 3; p++) {
        double x = points.nextDouble() * 4 - 2;
        double y = points.nextDouble() * 4 - 2;
        double a = f.value(x, y);
        double b = again.value(x, y);
        if (Double.isFinite(a)) {
          assertThat(b).as(f.source() + " printed as " + f.print()).isCloseTo(a, within(1e-9 * (1 + Math.abs(a))));
        }
      }
    }
  }

  @Test
  void knownDerivativesFromTheTextbook() {
    // f = x² + 10y²: ∇f = (2x, 20y), ∇²f = diag(2, 20).
    Jet j = FormulaParserTest.parse("x^2 + 10*y^2").jet(1.5, -2);
    assertThat(j.dx()).isEqualTo(3);
    assertThat(j.dy()).isEqualTo(-40);
    assertThat(j.dxx()).isEqualTo(2);
    assertThat(j.dxy()).isEqualTo(0);
    assertThat(j.dyy()).isEqualTo(20);
    // f = sin(x)cos(y): f_xy = −cos(x) sin(y).
    Jet s = FormulaParserTest.parse("sin(x)*cos(y)").jet(0.3, 0.7);
    assertThat(s.dxy()).isCloseTo(-Math.cos(0.3) * Math.sin(0.7), within(1e-15));
    // x^y = exp(y ln x): ∂/∂y = x^y ln x.
    Jet p = FormulaParserTest.parse("x^y").jet(2, 3);
    assertThat(p.dy()).isCloseTo(8 * Math.log(2), within(1e-12));
    // |x| at the kink: the derivative 0, inside the subdifferential [−1, 1].
    assertThat(FormulaParserTest.parse("abs(x)").jet(0, 0).dx()).isZero();
  }
}
