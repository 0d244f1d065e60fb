package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gradientlab.format.Numbers;
import org.gradientlab.maps.HeavyBallRate;
import org.gradientlab.maps.RateMap;
import org.gradientlab.maps.RatePoint;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.MapsModel;

/**
 * Heavy-ball momentum's rate over (η, α) on the quadratic model of the landscape (after Goh, "Why
 * Momentum Really Works", 2017): solid the diverging edge η = 2(1 + α)/L, dashed the end of the
 * monotone region, 2(1 + α)/(L + μ) below α* and (1 − √α)²/μ above, which meet at Polyak's optimum
 * (the diamond). The disc is the race's (η, α): drag it.
 */
public final class MomentumMapView extends RateMapView {

  private static final int CURVE_POINTS = 200;

  public MomentumMapView(MapsModel model) {
    super(model);
    setId("momentum-map");
  }

  @Override
  RateMap map(MapsModel.RateMaps maps) {
    return maps.momentum();
  }

  @Override
  double[] current(MapsModel.Curvature c) {
    return model.momentumPoint();
  }

  @Override
  double[] optimum(MapsModel.Curvature c) {
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(c.mu(), c.largest());
    return new double[] {best.eta(), best.alpha()};
  }

  @Override
  RatePoint rateAt(MapsModel.Curvature c, double eta, double alpha) {
    return HeavyBallRate.worst(eta, alpha, c.mu(), c.largest());
  }

  @Override
  void moveTo(double eta, double alpha) {
    model.moveMomentumPoint(eta, alpha);
  }

  @Override
  void paintEdges(GraphicsContext gc, Viewport vp, MapsModel.Curvature c, PlotStyle s) {
    double l = c.largest();
    double mu = c.mu();
    strokeCurve(gc, vp, new double[] {HeavyBallRate.divergenceEdge(0, l), HeavyBallRate.divergenceEdge(1, l)},
        new double[] {0, 1}, false, s);
    double[] xs = new double[CURVE_POINTS + 1];
    double[] ys = new double[CURVE_POINTS + 1];
    for (int i = 0; i <= CURVE_POINTS; i++) {
      double alpha = (double) i / CURVE_POINTS;
      xs[i] = HeavyBallRate.monotoneEdge(alpha, mu, l);
      ys[i] = alpha;
    }
    strokeCurve(gc, vp, xs, ys, true, s);
    double low = 0.12;
    label(gc, vp, HeavyBallRate.monotoneEdge(low, mu, l) / 2, low, "monotone", s);
    double mid = 0.55;
    label(gc, vp, (HeavyBallRate.monotoneEdge(mid, mu, l) + HeavyBallRate.divergenceEdge(mid, l)) / 2, mid,
        "oscillating", s);
    label(gc, vp, (HeavyBallRate.divergenceEdge(low, l) + vp.view().xMax()) / 2, low, "diverging", s);
  }

  @Override
  String title(MapsModel.Curvature c) {
    return "Momentum: rate ρ for L = " + Numbers.compact(round3(c.largest()))
        + ", μ = " + Numbers.compact(round3(c.mu())) + " (κ = " + Numbers.compact(round3(c.kappa())) + ")"
        + (c.atMinimum() ? "" : " at the start") + (model.scheduled() ? " · constant η (the race's decays)" : "");
  }

  @Override
  String yText(double alpha) {
    return "α = " + Numbers.compact(round3(alpha));
  }

  @Override
  String optimumText(MapsModel.Curvature c) {
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(c.mu(), c.largest());
    return "fastest: α* = " + Numbers.compact(round3(best.alpha()))
        + ", η* = " + Numbers.compact(round3(best.eta()))
        + ", ρ* = √α* = " + Numbers.compact(round3(best.rate()));
  }

  @Override
  String legendText() {
    return "α* = ((√κ−1)/(√κ+1))², η* = (1+√α*)²/L · solid: 2(1+α)/L · dashed: monotone ends";
  }

  @Override
  Color markerColor(PlotStyle s) {
    return OptimizerColors.forStyle(Momentum.KIND, s);
  }
}
