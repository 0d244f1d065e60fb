package org.gradientlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.PerFeatureRidge;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.ManyLambdaModel;

/**
 * The best validation loss so far against the number of evaluations, for hypergradient descent on
 * the ten log λⱼ, random search and Bayesian optimisation with the same budget, beside the best a
 * single λ can do (dashed): the gradient points the way in ten dimensions at once.
 */
public final class SearchCurvesView extends CanvasPlot {

  private final ManyLambdaModel model;
  private Viewport viewport;

  public SearchCurvesView(ManyLambdaModel model) {
    this.model = model;
    redrawOn(model.resultProperty(), model.shownProperty());
    setMinSize(260, 200);
  }

  public Viewport viewport() {
    return viewport;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    ManyLambdaModel.Result r = model.resultProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("Best C so far, with the same budget of evaluations", 64 * k, 18 * k);
    viewport = null;
    if (r == null || h < 150 * k) {
      return;
    }
    PerFeatureRidge.Run[] runs = {r.descent(), r.random(), r.bayesian()};
    Color[] colours = {LambdaBarsView.DESCENT, LambdaBarsView.RANDOM, LambdaBarsView.BAYES};
    double lo = r.singleBest();
    double hi = r.singleBest();
    for (PerFeatureRidge.Run run : runs) {
      for (double v : run.bestSoFar()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    hi = Math.min(hi, lo + 3 * (r.singleBest() - lo) + 1e-9); // the first random draws can be far off
    double pad = 0.06 * (hi - lo) + 1e-9;
    Domain d = new Domain(0.5, r.budget() + 0.5, lo - pad, hi + pad);
    Viewport vp = new Viewport(d, 64 * k, 32 * k, w - 84 * k, h - 96 * k);
    viewport = vp;
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    double sy = vp.toPixelY(r.singleBest());
    gc.setStroke(s.curve());
    gc.setLineWidth(1.5 * k);
    gc.setLineDashes(7 * k, 5 * k);
    gc.strokeLine(vp.left(), sy, vp.right(), sy);
    gc.setLineDashes();
    for (int m = 0; m < runs.length; m++) {
      double[] b = runs[m].bestSoFar();
      gc.setStroke(colours[m]);
      gc.setLineWidth(s.lineWidth());
      gc.beginPath();
      for (int i = 0; i < b.length; i++) {
        double px = vp.toPixelX(i + 1);
        double py = vp.toPixelY(b[i]);
        if (i == 0) {
          gc.moveTo(px, py);
        } else {
          gc.lineTo(px, py);
        }
      }
      gc.stroke();
    }
    double shown = vp.toPixelX(Math.min(model.shownProperty().get(), r.budget()));
    gc.setStroke(LambdaBarsView.DESCENT.deriveColor(0, 1, 1, 0.5));
    gc.setLineWidth(1.2 * k);
    gc.strokeLine(shown, vp.top(), shown, vp.bottom());
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "evaluations (each one Cholesky solve)", "best C so far");
    gc.setFont(s.smallFont());
    gc.setFill(s.text());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    // The curves are one run each (seed r.seed()); the step text beside quotes medians over seeds,
    // so say which this is, or the two numbers for "random search" look contradictory.
    gc.fillText("orange: hypergradient descent (" + n(r.descent().best().value()) + ");  grey: random search, seed "
        + r.seed() + " (" + n(r.random().best().value()) + ");  violet: BO, seed " + r.seed() + " ("
        + n(r.bayesian().best().value()) + ");  dashed: best single λ (" + n(r.singleBest()) + ")",
        12 * k, vp.bottom() + 44 * k);
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
