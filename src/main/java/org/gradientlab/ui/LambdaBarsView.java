package org.gradientlab.ui;

import java.util.List;
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
 * The learned λⱼ, one bar per feature of the diabetes data, in log λ: the descent's values at the
 * evaluation shown (scrub through them), with the best single λ as a dashed line and the best
 * point random search and BO found as ticks. A short bar down (small λ) is a feature the model
 * may use freely; a tall one up is a feature it is told to leave alone.
 */
public final class LambdaBarsView extends CanvasPlot {

  static final Color DESCENT = Color.web("#ff9f43");
  static final Color RANDOM = Color.web("#9aa3b2");
  static final Color BAYES = Color.web("#b388ff");

  private final ManyLambdaModel model;
  /** The bars' tops (log λⱼ) as last drawn; for tests. */
  private double[] drawn = new double[0];
  private Viewport viewport;

  public LambdaBarsView(ManyLambdaModel model) {
    this.model = model;
    redrawOn(model.resultProperty(), model.shownProperty());
    setMinSize(260, 200);
  }

  public double[] drawnLogLambdas() {
    return drawn.clone();
  }

  public Viewport viewport() {
    return viewport;
  }

  /** The evaluation of the descent the view shows (the best of the first {@code shown}). */
  static PerFeatureRidge.Evaluation shownDescent(ManyLambdaModel.Result r, int shown) {
    List<PerFeatureRidge.Evaluation> ev = r.descent().evaluations();
    int n = Math.max(1, Math.min(shown, ev.size()));
    PerFeatureRidge.Evaluation b = ev.get(0);
    for (int i = 0; i < n; i++) {
      if (ev.get(i).value() < b.value()) {
        b = ev.get(i);
      }
    }
    return b;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    ManyLambdaModel.Result r = model.resultProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("One λ per feature: log λⱼ learned by hypergradient descent", 64 * k, 18 * k);
    viewport = null;
    if (r == null || h < 150 * k) {
      gc.setFont(s.smallFont());
      gc.fillText("computing…", 64 * k, 40 * k);
      return;
    }
    int p = r.features().size();
    Domain d = new Domain(-0.5, p - 0.5, r.logMin(), r.logMax());
    Viewport vp = new Viewport(d, 64 * k, 32 * k, w - 84 * k, h - 100 * k);
    viewport = vp;
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    PerFeatureRidge.Evaluation e = shownDescent(r, model.shownProperty().get());
    double[] s0 = e.logLambdas();
    drawn = s0.clone();
    double base = vp.toPixelY(r.singleBestLogLambda());
    double width = vp.width() / p * 0.56;
    for (int j = 0; j < p; j++) {
      double cx = vp.toPixelX(j);
      double top = vp.toPixelY(s0[j]);
      gc.setFill(DESCENT);
      gc.fillRect(cx - width / 2, Math.min(top, base), width, Math.max(1, Math.abs(top - base)));
      tick(gc, cx + width / 2 + 3 * k, vp.toPixelY(r.random().best().logLambdas()[j]), RANDOM, k);
      tick(gc, cx + width / 2 + 3 * k, vp.toPixelY(r.bayesian().best().logLambdas()[j]), BAYES, k);
    }
    gc.setStroke(s.curve());
    gc.setLineWidth(1.5 * k);
    gc.setLineDashes(7 * k, 5 * k);
    gc.strokeLine(vp.left(), base, vp.right(), base);
    gc.setLineDashes();
    AxesPainter.paintFrame(gc, vp, s, "", "log λⱼ");
    // Feature names instead of the x ticks.
    gc.setFill(s.background());
    gc.fillRect(vp.left() - 30 * k, vp.bottom() + 6 * k, vp.width() + 60 * k, 14 * k);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    for (int j = 0; j < p; j++) {
      gc.fillText(r.features().get(j), vp.toPixelX(j), vp.bottom() + 7 * k);
    }
    gc.setTextAlign(TextAlignment.LEFT);
    gc.fillText("bars: descent's best of its first " + Math.min(model.shownProperty().get(), r.descent().evaluations().size())
        + " evaluations (C = " + n(e.value()) + ");  dashed: the best single λ (log λ = "
        + Numbers.compact(Math.round(r.singleBestLogLambda() * 100) / 100.0) + ", C = " + n(r.singleBest())
        + ")\nticks: the best points of random search (grey) and BO (violet)", 12 * k, vp.bottom() + 24 * k);
  }

  private static void tick(GraphicsContext gc, double x, double y, Color c, double k) {
    gc.setStroke(c);
    gc.setLineWidth(2.5 * k);
    gc.strokeLine(x, y, x + 7 * k, y);
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
