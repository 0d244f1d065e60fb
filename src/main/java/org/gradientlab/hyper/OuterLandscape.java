package org.gradientlab.hyper;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.GradientDifferences;
import org.gradientlab.objective.Minimum;
import org.gradientlab.objective.Objective;

/**
 * The outer landscape C_T(λ, η) = F(w_T(λ, η)) of T-step unrolled training, over x = log λ and
 * y = η: an objective like any other, so the lab's heat map, contours and colour bar draw it. Past
 * the stability edge of training (η above about 2/L) w_T overflows: those points are NaN, drawn as
 * "no value", the cliff students see. The gradient is forward-mode unrolled differentiation, the
 * Hessian central differences of it.
 */
public final class OuterLandscape implements Objective {

  private final InnerProblem problem;
  private final OuterObjective outer;
  private final Unrolled.Loop loop;
  private final Domain domain;

  public OuterLandscape(InnerProblem problem, OuterObjective outer, Unrolled.Loop loop, double logMin,
      double logMax, double etaMin, double etaMax) {
    this.problem = problem;
    this.outer = outer;
    this.loop = loop;
    this.domain = new Domain(logMin, logMax, etaMin, etaMax);
  }

  public Unrolled.Loop loop() {
    return loop;
  }

  @Override
  public String name() {
    return "C_T(λ, η)";
  }

  @Override
  public String formula() {
    return "C_T(λ, η) = " + (outer == OuterObjective.VALIDATION ? "L_val" : "L_train") + "(w_T),  T = "
        + loop.steps() + " steps of " + loop.method();
  }

  @Override
  public List<String> parameterNames() {
    return List.of("log λ", "learning rate η");
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] x) {
    if (!(x[1] > 0)) {
      return Double.NaN;
    }
    return Unrolled.value(problem, outer, Math.exp(x[0]), x[1], loop);
  }

  @Override
  public double valueAndGradient(double[] x, double[] gradientOut) {
    if (!(x[1] > 0)) {
      gradientOut[0] = Double.NaN;
      gradientOut[1] = Double.NaN;
      return Double.NaN;
    }
    double lambda = Math.exp(x[0]);
    UnrolledResult r = Unrolled.forward(problem, outer, lambda, x[1], loop);
    gradientOut[0] = lambda * r.dLambda();
    gradientOut[1] = r.dEta();
    return r.value();
  }

  @Override
  public void hessian(double[] x, DMatrixRMaj hessianOut) {
    GradientDifferences.hessian(this, x, 1e-5, hessianOut);
  }

  @Override
  public Domain domain() {
    return domain;
  }

  @Override
  public List<Minimum> knownMinima() {
    return List.of();
  }
}
