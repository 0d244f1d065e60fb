package org.gradientlab.ui;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gradientlab.format.Numbers;
import org.gradientlab.maps.GradientDescentRate;
import org.gradientlab.maps.RateMap;
import org.gradientlab.maps.RatePoint;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.MapsModel;

/**
 * Gradient descent's rate max |1 − ηλᵢ| over (η, κ) for a quadratic with the landscape's L: solid
 * the edge η = 2/L, dashed η* = 2/(L + μ) = 2κ/((κ + 1)L), both the fastest step for each κ and the
 * end of the monotone region. The disc is the race's (η, κ): drag it (κ moves on the bowl only).
 */
public final class GradientMapView extends RateMapView {

  private static final int CURVE_POINTS = 200;

  public GradientMapView(MapsModel model) {
    super(model);
    setId("gradient-map");
  }

  @Override
  RateMap map(MapsModel.RateMaps maps) {
    return maps.gradientDescent();
  }

  @Override
  double[] current(MapsModel.Curvature c) {
    return new double[] {model.gradientDescentEta(), c.kappa()};
  }

  @Override
  double[] optimum(MapsModel.Curvature c) {
    return new double[] {GradientDescentRate.optimalStep(c.mu(), c.largest()), c.kappa()};
  }

  @Override
  RatePoint rateAt(MapsModel.Curvature c, double eta, double kappa) {
    return GradientDescentRate.atConditionNumber(eta, kappa, c.largest());
  }

  @Override
  void moveTo(double eta, double kappa) {
    model.moveGradientPoint(eta, kappa);
  }

  @Override
  void paintEdges(GraphicsContext gc, Viewport vp, MapsModel.Curvature c, PlotStyle s) {
    double l = c.largest();
    double edge = GradientDescentRate.divergenceEdge(l);
    strokeCurve(gc, vp, new double[] {edge, edge}, new double[] {vp.view().yMin(), vp.view().yMax()}, false, s);
    double[] xs = new double[CURVE_POINTS + 1];
    double[] ys = new double[CURVE_POINTS + 1];
    for (int i = 0; i <= CURVE_POINTS; i++) {
      double logKappa = vp.view().yMin() + vp.view().height() * i / CURVE_POINTS;
      xs[i] = GradientDescentRate.optimalStep(l / Math.pow(10, logKappa), l);
      ys[i] = logKappa;
    }
    strokeCurve(gc, vp, xs, ys, true, s);
    double y = vp.view().yMin() + 0.75 * vp.view().height();
    label(gc, vp, 0.5 / l, y, "monotone", s);
    // The oscillating band 2/(L + μ) < η < 2/L is widest where κ is small.
    double low = vp.view().yMin() + 0.07 * vp.view().height();
    double lowKappa = Math.pow(10, low);
    label(gc, vp, (GradientDescentRate.optimalStep(l / lowKappa, l) + edge) / 2, low, "oscillating", s);
    label(gc, vp, (edge + vp.view().xMax()) / 2, y, "diverging", s);
  }

  @Override
  String title(MapsModel.Curvature c) {
    return "GD: rate max|1 − ηλᵢ|, λ = L and L/κ, L = " + Numbers.compact(round3(c.largest()))
        + (model.kappaIsAdjustable() ? "" : " (κ: the landscape's)")
        + (model.scheduled() ? " · constant η" : "");
  }

  @Override
  String yText(double kappa) {
    return "κ = " + Numbers.compact(round3(kappa));
  }

  @Override
  String optimumText(MapsModel.Curvature c) {
    double eta = GradientDescentRate.optimalStep(c.mu(), c.largest());
    return "fastest at κ = " + Numbers.compact(round3(c.kappa())) + ": η* = " + Numbers.compact(round3(eta))
        + ", ρ* = " + Numbers.compact(round3(GradientDescentRate.optimalRate(c.kappa())));
  }

  @Override
  String legendText() {
    return "η* = 2/(L+μ), ρ* = (κ−1)/(κ+1) · solid: 2/L · dashed: η*(κ), monotone ends";
  }

  @Override
  Color markerColor(PlotStyle s) {
    return OptimizerColors.forStyle(GradientDescent.KIND, s);
  }
}
