package org.gradientlab.scene;

import java.util.List;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.JointDescent;
import org.gradientlab.hyper.OuterLandscape;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.TrainingEdge;
import org.gradientlab.hyper.Unrolled;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.objective.Domain;

/**
 * The joint (log λ, η) hypergradient descent the workspace draws on its C_T(log λ, η) map, computed
 * here for the map and for the lesson checks alike: from the start a scene names, {@link #STEPS}
 * steps of {@link JointDescent} on T-step unrolled training, in a box wider than the map (η up to
 * three times the edge of training at λ = 0), so the map can be drawn over a box that holds the path.
 *
 * @param points the path, its start first
 * @param curvature L, the largest eigenvalue of ∇²L_train(0)
 * @param box the map's default box, before it is widened to hold the path
 */
public record JointPath(List<JointDescent.Point> points, UnrolledMethod method, double alpha,
    double curvature, Domain box) {

  /** Steps of the joint descent. */
  public static final int STEPS = 40;
  /** α of the momentum training loop behind the map. */
  public static final double MOMENTUM_ALPHA = 0.9;

  public JointPath {
    points = List.copyOf(points);
  }

  /**
   * The joint descent of problem {@code p} for T = {@code steps} of {@code method}, starting at
   * {@code logLambda0} (NaN: the problem's λ₀) and η = {@code etaFraction0} · 2/L.
   */
  public static JointPath of(HyperProblem p, UnrolledMethod method, int steps, double logLambda0,
      double etaFraction0) {
    double curvature = TrainingEdge.curvature(p.inner());
    double alpha = alpha(method);
    Domain d = defaultBox(p, curvature, method, alpha);
    OuterLandscape wide = new OuterLandscape(p.inner(), OuterObjective.VALIDATION, loop(p, method, steps),
        Math.max(p.logMin(), -10), p.logMax(), d.yMin(), 3 * d.yMax() / 1.3);
    double s0 = Double.isNaN(logLambda0) ? p.logLambda0() : logLambda0;
    s0 = Math.max(d.xMin(), Math.min(d.xMax(), s0));
    double eta0 = etaFraction0 * 2 / curvature;
    return new JointPath(JointDescent.run(wide, s0, eta0, STEPS), method, alpha, curvature, d);
  }

  /** The joint descent of scene {@code s}'s map. */
  public static JointPath of(HyperScene s, HyperProblem p) {
    return of(p, s.unrolledMethod(), s.unrolledSteps(), s.jointLogLambda0(), s.jointEtaFraction0());
  }

  /** The T-step training loop the map differentiates through, from w = 0. */
  public static Unrolled.Loop loop(HyperProblem p, UnrolledMethod method, int steps) {
    return new Unrolled.Loop(method, steps, alpha(method), new double[p.inner().dimension()]);
  }

  public static double alpha(UnrolledMethod method) {
    return method == UnrolledMethod.MOMENTUM ? MOMENTUM_ALPHA : 0;
  }

  /**
   * The default box of the outer landscape: the problem's log-λ range without its flat far left,
   * and η from 2 % to 130 % of the training loop's edge at λ = 0 (2/L, or 2(1+α)/L for momentum).
   */
  public static Domain defaultBox(HyperProblem p, double curvature, UnrolledMethod method, double alpha) {
    double logMin = Math.max(p.logMin(), -10);
    double edge = TrainingEdge.edge(method, alpha, curvature, 0);
    return new Domain(logMin, p.logMax(), 0.02 * edge, 1.3 * edge);
  }

  /** Where the descent stopped. */
  public JointDescent.Point end() {
    return points.get(points.size() - 1);
  }

  /** The edge of stable training, 2/(L + λ) (momentum: 2(1+α)/(L + λ)), at the λ the path ends at. */
  public double edgeAtEnd() {
    return TrainingEdge.edge(method, alpha, curvature, Math.exp(end().logLambda()));
  }
}
