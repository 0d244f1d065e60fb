package org.gradientlab.formula;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.MinimumFinder;
import org.gradientlab.objective.Objective;

/**
 * A typed formula as a landscape: f(x) (a curve) when y does not occur, else f(x, y). Gradient and
 * Hessian are exact, by forward-mode automatic differentiation ({@link Jet}). Where f is undefined
 * (log of a negative number, 1/0) it is NaN or ∞, which a run reports as divergence.
 */
public final class FormulaObjective implements Objective {

  /** Seeds per axis for the search for local minima. */
  static final int SEEDS_PER_AXIS = 9;
  /** Warn when f is not finite on more than this fraction of the plotting domain. */
  static final double UNDEFINED_WARNING = 0.5;

  private final Formula formula;
  private final Domain domain;
  private List<Minimum> minima;

  public FormulaObjective(Formula formula, double halfWidth) {
    this.formula = formula;
    this.domain = formula.dimension() == 1
        ? Domain.interval(-halfWidth, halfWidth) : Domain.square(halfWidth);
  }

  public Formula typed() {
    return formula;
  }

  @Override
  public String name() {
    return "f = " + formula.pretty();
  }

  @Override
  public String formula() {
    return (formula.dimension() == 1 ? "f(x) = " : "f(x, y) = ") + formula.pretty();
  }

  @Override
  public int dimension() {
    return formula.dimension();
  }

  @Override
  public double value(double[] theta) {
    return formula.value(theta[0], theta.length > 1 ? theta[1] : 0);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradientOut) {
    Jet j = formula.jet(theta[0], theta.length > 1 ? theta[1] : 0);
    gradientOut[0] = j.dx();
    if (gradientOut.length > 1) {
      gradientOut[1] = j.dy();
    }
    return j.v();
  }

  @Override
  public void hessian(double[] theta, DMatrixRMaj hessianOut) {
    Jet j = formula.jet(theta[0], theta.length > 1 ? theta[1] : 0);
    int n = dimension();
    hessianOut.reshape(n, n);
    hessianOut.set(0, 0, j.dxx());
    if (n == 2) {
      hessianOut.set(0, 1, j.dxy());
      hessianOut.set(1, 0, j.dxy());
      hessianOut.set(1, 1, j.dyy());
    }
  }

  @Override
  public String whyUndefined(double[] theta) {
    return formula.whyUndefined(theta[0], theta.length > 1 ? theta[1] : 0);
  }

  @Override
  public Domain domain() {
    return domain;
  }

  /** Local minima found by Newton's method from a grid of seeds over the domain. */
  @Override
  public synchronized List<Minimum> knownMinima() {
    if (minima == null) {
      List<double[]> seeds = new ArrayList<>();
      int k = SEEDS_PER_AXIS;
      for (int i = 0; i < k; i++) {
        double x = domain.xMin() + domain.width() * (i + 0.5) / k;
        if (dimension() == 1) {
          seeds.add(new double[] {x});
          continue;
        }
        for (int j = 0; j < k; j++) {
          seeds.add(new double[] {x, domain.yMin() + domain.height() * (j + 0.5) / k});
        }
      }
      List<Minimum> inside = new ArrayList<>();
      Domain reach = domain.zoomedAbout(domain.centerX(), domain.centerY(), 1.5);
      for (Minimum m : MinimumFinder.refineAll(this, seeds)) {
        double y = dimension() == 2 ? m.coordinate(1) : reach.centerY();
        if (reach.contains(m.coordinate(0), y) && Double.isFinite(m.value())) {
          inside.add(m);
        }
      }
      minima = List.copyOf(inside);
    }
    return minima;
  }

  /** A sentence for the student when f is undefined on most of the domain, else "". */
  public String warning() {
    int n = 40;
    int bad = 0;
    int total = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= (dimension() == 1 ? 0 : n); j++) {
        double x = domain.xMin() + domain.width() * i / n;
        double y = domain.yMin() + domain.height() * j / n;
        total++;
        if (!Double.isFinite(formula.value(x, y))) {
          bad++;
        }
      }
    }
    if (bad > UNDEFINED_WARNING * total) {
      return "f is undefined on " + Math.round(100.0 * bad / total) + "% of the plotted region"
          + " (e.g. log or sqrt of negative numbers): runs that step there diverge.";
    }
    return "";
  }
}
