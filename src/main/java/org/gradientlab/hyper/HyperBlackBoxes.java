package org.gradientlab.hyper;

/**
 * The hyperparameter problems as black boxes for Bayesian optimisation and random search, each
 * evaluation charged every pass over the training rows it made (a fresh {@link CountingProblem}
 * per box).
 */
public final class HyperBlackBoxes {

  private HyperBlackBoxes() {}

  /**
   * x = (log λ) ↦ C(λ) after an accurate inner solve (the shared L-BFGS, as grid and random search
   * do), warm-started from the weights of the previous evaluation.
   */
  public static BayesianOptimization.BlackBox validation(InnerProblem problem, OuterObjective outer) {
    CountingProblem counted = new CountingProblem(problem);
    double[][] w = {new double[problem.dimension()]};
    return x -> {
      Work before = counted.work();
      InnerSolution s = ExactInner.accurate(counted, Math.exp(x[0]), w[0]);
      w[0] = s.w();
      return new BayesianOptimization.Evaluation(x, outer.value(problem, s.w()),
          counted.work().minus(before), s.iterations());
    };
  }

  /**
   * x = (log λ, η) ↦ C_T(λ, η) after the T steps of {@code loop} from its start: NaN past the
   * stability edge. Each evaluation costs T passes.
   */
  public static BayesianOptimization.BlackBox unrolled(InnerProblem problem, OuterObjective outer,
      Unrolled.Loop loop) {
    CountingProblem counted = new CountingProblem(problem);
    return x -> {
      Work before = counted.work();
      double c = x[1] > 0 ? Unrolled.value(counted, outer, Math.exp(x[0]), x[1], loop) : Double.NaN;
      return new BayesianOptimization.Evaluation(x, c, counted.work().minus(before), loop.steps());
    };
  }
}
