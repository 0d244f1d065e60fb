package org.gradientlab.scene;

import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.HyperBlackBoxes;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.TrainingEdge;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMethod;

/**
 * Bayesian optimisation as the Hypergradients workspace runs it, built here for the workspace and
 * the lesson checks alike: over log λ of C(λ) (the problem's whole range), or over (log λ, η) of
 * C_T after {@link #UNROLLED_STEPS} steps of gradient descent (log λ without the flat far left,
 * η from 2 % to 130 % of the edge 2/L).
 */
public final class HyperBayes {

  /** Steps of unrolled gradient descent behind each evaluation of C_T. */
  public static final int UNROLLED_STEPS = 60;
  /** Evaluations of the initial design. */
  public static final int DESIGN_1D = 3;
  public static final int DESIGN_2D = 5;

  private HyperBayes() {}

  /** A fresh optimiser for {@code target} on {@code p}, deterministic from {@code seed}. */
  public static BayesianOptimization optimizer(HyperProblem p, HyperScene.BayesTarget target, long seed) {
    if (target == HyperScene.BayesTarget.VALIDATION) {
      return new BayesianOptimization(HyperBlackBoxes.validation(p.inner(), OuterObjective.VALIDATION),
          new double[] {p.logMin()}, new double[] {p.logMax()}, DESIGN_1D, true, seed);
    }
    double edge = 2 / TrainingEdge.curvature(p.inner());
    Unrolled.Loop loop = new Unrolled.Loop(UnrolledMethod.GD, UNROLLED_STEPS, 0, new double[p.inner().dimension()]);
    return new BayesianOptimization(HyperBlackBoxes.unrolled(p.inner(), OuterObjective.VALIDATION, loop),
        new double[] {Math.max(p.logMin(), -10), 0.02 * edge}, new double[] {p.logMax(), 1.3 * edge},
        DESIGN_2D, true, seed);
  }

  /**
   * Advances {@code bo} until it has {@code evaluations} evaluations, then {@code phases} phases of
   * the next iteration; every step it took, in order.
   */
  public static java.util.List<BayesianOptimization.Step> prerun(BayesianOptimization bo, int evaluations,
      int phases, java.util.function.BooleanSupplier cancelled) {
    java.util.List<BayesianOptimization.Step> out = new java.util.ArrayList<>();
    while (bo.evaluations().size() < evaluations && !cancelled.getAsBoolean()) {
      out.add(bo.advance());
    }
    for (int k = 0; k < phases && !cancelled.getAsBoolean(); k++) {
      out.add(bo.advance());
    }
    return out;
  }
}
