package org.gradientlab.run;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.objective.Domain;
import org.gradientlab.objective.Objective;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.optimizer.Optimizer;
import org.gradientlab.optimizer.OptimizerConfig;

/**
 * Runs an optimizer on an objective and records the trajectory. A run never throws for numerical
 * reasons: an iterate that leaves the bound or a value that turns non-finite ends the run at that
 * step as {@link Outcome.Diverging}, with the step and the reason as its {@link Outcome.Exit}.
 */
public final class Runner {

  private Runner() {}

  /** One optimizer from {@code settings.start()} for {@code settings.steps()} steps. */
  public static Trajectory run(Objective objective, OptimizerConfig config, RunSettings settings) {
    return run(objective, config, settings, LearningRateSchedule.CONSTANT);
  }

  /**
   * One optimizer with its η following {@code schedule}: η_k is set before step k (θ_k → θ_{k+1})
   * and recorded in the trajectory.
   */
  public static Trajectory run(Objective objective, OptimizerConfig config, RunSettings settings,
      LearningRateSchedule schedule) {
    int n = objective.dimension();
    double[] theta = settings.start();
    if (theta.length != n) {
      throw new IllegalArgumentException(
          "start point has " + theta.length + " coordinates; " + objective.name() + " needs " + n);
    }
    int steps = settings.steps();
    Tolerances tol = settings.tolerances();
    double bound = divergenceBound(objective.domain(), tol);

    double[] thetas = new double[(steps + 1) * n];
    double[] values = new double[steps + 1];
    double[] gradientNorms = new double[steps + 1];
    double[] gradient = new double[n];

    Optimizer optimizer = config.create(n);
    // η per step when it varies: set by a schedule, or adapted by the optimizer itself (online
    // hypergradient descent reports its η_t, and a schedule does not apply to it).
    boolean adaptive = !Double.isNaN(optimizer.learningRate());
    boolean scheduled = !schedule.isConstant() && !adaptive;
    double[] etas = scheduled || adaptive ? new double[steps] : null;
    if (etas != null) {
      java.util.Arrays.fill(etas, Double.NaN);
    }
    GradientSource source = GradientSource.forRun(objective, config, settings.seed());
    Outcome.Exit exit = null;
    Outcome.Undefined undefined = null;
    int length = 0;
    for (int k = 0; k <= steps; k++) {
      double f = objective.valueAndGradient(theta, gradient);
      double squaredGradient = 0;
      double squaredTheta = 0;
      for (int i = 0; i < n; i++) {
        squaredGradient += gradient[i] * gradient[i];
        squaredTheta += theta[i] * theta[i];
      }
      if (!Double.isFinite(squaredTheta)
          || !Double.isFinite(f)
          || !Double.isFinite(squaredGradient)) {
        if (k == 0) {
          // The start is kept (with its undefined f), so every trajectory has a θ₀ to draw.
          System.arraycopy(theta, 0, thetas, 0, n);
          values[0] = f;
          gradientNorms[0] = Math.sqrt(squaredGradient);
          length = 1;
          undefined = undefinedAtStart(objective, theta, f);
          break;
        }
        // Only finite iterates are recorded; the path ends at the last one.
        exit = new Outcome.Exit(k, Outcome.Reason.NON_FINITE);
        break;
      }
      System.arraycopy(theta, 0, thetas, k * n, n);
      values[k] = f;
      gradientNorms[k] = Math.sqrt(squaredGradient);
      length = k + 1;
      if (Math.sqrt(squaredTheta) > bound) {
        exit = new Outcome.Exit(k, Outcome.Reason.OUT_OF_BOUNDS);
        break;
      }
      if (Math.abs(f) > tol.valueBound()) {
        exit = new Outcome.Exit(k, Outcome.Reason.VALUE_TOO_LARGE);
        break;
      }
      if (k == steps) {
        break;
      }
      source.prime(theta, gradient);
      if (scheduled) {
        etas[k] = schedule.at(config.learningRate(), k, steps);
        optimizer.setLearningRate(etas[k]);
      }
      optimizer.step(theta, source);
      if (adaptive) {
        etas[k] = optimizer.learningRate();
      }
    }
    Outcome outcome = undefined != null ? undefined : OutcomeClassifier.classify(
        thetas, values, gradientNorms, length, n, tol, source.isStochastic(), exit);
    return new Trajectory(config, n, length, thetas, values, gradientNorms, outcome,
        optimizer.status(), etas);
  }

  /**
   * What step k (θ_k → θ_{k+1}) of the run {@link #run} makes did inside the optimizer: the run is
   * replayed to there with the same gradients (seeded noise and batches included) and schedule, so
   * the anatomy's Δθ is the trajectory's. Null when the run never takes step k.
   */
  public static org.gradientlab.optimizer.StepAnatomy anatomyAt(Objective objective, OptimizerConfig config,
      RunSettings settings, LearningRateSchedule schedule, int k) {
    int n = objective.dimension();
    double[] theta = settings.start();
    double[] gradient = new double[n];
    Optimizer optimizer = config.create(n);
    GradientSource source = GradientSource.forRun(objective, config, settings.seed());
    for (int j = 0; j <= k && j < settings.steps(); j++) {
      double f = objective.valueAndGradient(theta, gradient);
      if (!Double.isFinite(f) || !org.gradientlab.math.Vectors.isFinite(gradient)) {
        return null;
      }
      source.prime(theta, gradient);
      if (!schedule.isConstant() && Double.isNaN(optimizer.learningRate())) {
        optimizer.setLearningRate(schedule.at(config.learningRate(), j, settings.steps()));
      }
      optimizer.step(theta, source);
      if (j == k) {
        return optimizer.anatomy();
      }
    }
    return null;
  }

  /** Every optimizer from the same start with the same settings: the race. */
  public static List<Trajectory> race(
      Objective objective, List<? extends OptimizerConfig> configs, RunSettings settings) {
    return race(objective, configs, settings, LearningRateSchedule.CONSTANT);
  }

  /** The race with every optimizer's η following {@code schedule}. */
  public static List<Trajectory> race(Objective objective, List<? extends OptimizerConfig> configs,
      RunSettings settings, LearningRateSchedule schedule) {
    List<Trajectory> result = new ArrayList<>(configs.size());
    for (OptimizerConfig config : configs) {
      result.add(run(objective, config, settings, schedule));
    }
    return List.copyOf(result);
  }

  /** Why nothing could be run from θ₀: the objective's own words where it has them. */
  static Outcome.Undefined undefinedAtStart(Objective objective, double[] theta, double f) {
    String quantity = Double.isFinite(f) ? "∇f" : "f";
    for (double t : theta) {
      if (!Double.isFinite(t)) {
        return new Outcome.Undefined(quantity, "the start is not a finite point");
      }
    }
    String why = objective.whyUndefined(theta);
    if (!why.isEmpty()) {
      return new Outcome.Undefined(quantity, why);
    }
    if (Double.isInfinite(f)) {
      return new Outcome.Undefined(quantity, "f overflows to " + (f > 0 ? "∞" : "−∞") + " (the start is too far out)");
    }
    return new Outcome.Undefined(quantity, Double.isNaN(f) ? "f is not a number there" : "∇f is not finite there");
  }

  /** ‖θ‖ past this is divergence: far outside the landscape, however it is centred. */
  static double divergenceBound(Domain domain, Tolerances tol) {
    double reach = Math.hypot(domain.centerX(), domain.centerY()) + domain.radius();
    return tol.divergenceRadius() * Math.max(1, reach);
  }
}
