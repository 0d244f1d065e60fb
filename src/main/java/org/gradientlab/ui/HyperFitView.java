package org.gradientlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.InnerProblem;
import org.gradientlab.hyper.SineFit;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The model being fitted at the λ the outer loop stands at. For the noisy sine, the degree-9
 * polynomial over the training points (filled) and the validation points (hollow), with the true
 * sine dashed: it wiggles through every training point at small λ and flattens at large λ. For the
 * datasets, the weights as bars (they shrink as λ grows) with the training and validation loss and,
 * for classification, the validation accuracy.
 */
public final class HyperFitView extends CanvasPlot {

  private static final Color TRAIN = Color.web("#ff9f43");
  private static final Color VALIDATION = Color.web("#5dade2");

  private final HyperModel model;
  private String lastTitle = "";

  public HyperFitView(HyperModel model) {
    this.model = model;
    redrawOn(model.stateProperty());
    setMinSize(220, 180);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    HyperModel.LoopState st = model.stateProperty().get();
    HyperProblem p = model.problemProperty().get();
    if (st == null || st.weights().length != p.inner().dimension()) {
      return;
    }
    double[] weights = st.weights();
    InnerProblem inner = p.inner();
    double k = s.scale();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    // The title names the λ these weights were fitted at (after an update the loop already
    // stands at the next λ, which has no fit yet); the losses are the loop's own numbers.
    String head = st.fitted()
        ? "The model fitted at λ = " + Numbers.compact(HeatmapPainter.round3(st.fitLambda()))
            + (st.fitLambda() != st.lambda() ? "   (next: λ = " + Numbers.compact(HeatmapPainter.round3(st.lambda())) + ")" : "")
        : "The model at λ = " + Numbers.compact(HeatmapPainter.round3(st.lambda())) + "  (not solved yet: press Next phase)";
    lastTitle = head;
    gc.fillText(head, 56 * k, 18 * k);
    gc.setFont(s.smallFont());
    if (st.fitted()) {
      String losses = "training loss " + Numbers.compact(HeatmapPainter.round3(st.trainLoss()))
          + "   validation loss " + Numbers.compact(HeatmapPainter.round3(st.validationLoss()));
      if (!Double.isNaN(st.accuracy())) {
        losses += "   validation accuracy " + Numbers.compact(Math.round(st.accuracy() * 1000) / 10.0) + " %";
      }
      gc.fillText(losses, 56 * k, 34 * k);
    }
    if (p.sine() != null) {
      paintSine(gc, p.sine(), weights, w, h, s);
    } else {
      paintBars(gc, weights, inner.penaltyMask(), w, h, s);
    }
  }

  /** The title the last redraw painted; for tests. */
  public String drawnTitle() {
    return lastTitle;
  }

  private void paintSine(GraphicsContext gc, SineFit fit, double[] weights, double w, double h, PlotStyle s) {
    double k = s.scale();
    Viewport vp = new Viewport(new Domain(0, 1, -2, 2), 56 * k, 44 * k, w - 72 * k, h - 92 * k);
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    AxesPainter.paintGrid(gc, vp, s);
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    gc.setStroke(s.axis());
    gc.setLineWidth(1.2 * k);
    gc.setLineDashes(5 * k, 4 * k);
    stroke(gc, vp, x -> Math.sin(2 * Math.PI * x));
    gc.setLineDashes();
    double[] vx = fit.validationX();
    double[] vy = fit.validationY();
    gc.setStroke(VALIDATION);
    gc.setLineWidth(1 * k);
    double r = 2.5 * k;
    for (int i = 0; i < vx.length; i++) {
      gc.strokeOval(vp.toPixelX(vx[i]) - r, vp.toPixelY(vy[i]) - r, 2 * r, 2 * r);
    }
    gc.setStroke(s.curve());
    gc.setLineWidth(s.lineWidth());
    stroke(gc, vp, x -> fit.curve(weights, x));
    double[] tx = fit.trainX();
    double[] ty = fit.trainY();
    for (int i = 0; i < tx.length; i++) {
      MarkerPainter.dot(gc, vp.toPixelX(tx[i]), vp.toPixelY(ty[i]), TRAIN, true, s);
    }
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "x   (● train, ○ validation, - - sin 2πx)", "y");
  }

  private static void stroke(GraphicsContext gc, Viewport vp, java.util.function.DoubleUnaryOperator f) {
    gc.beginPath();
    int n = 300;
    for (int i = 0; i <= n; i++) {
      double x = (double) i / n;
      double y = Math.max(-50, Math.min(50, f.applyAsDouble(x)));
      if (i == 0) {
        gc.moveTo(vp.toPixelX(x), vp.toPixelY(y));
      } else {
        gc.lineTo(vp.toPixelX(x), vp.toPixelY(y));
      }
    }
    gc.stroke();
  }

  /** The weights as bars on a symmetric axis; the intercept (not penalised) in grey. */
  private static void paintBars(GraphicsContext gc, double[] weights, double[] mask, double w, double h,
      PlotStyle s) {
    double k = s.scale();
    double max = 1e-9;
    for (double v : weights) {
      max = Math.max(max, Math.abs(v));
    }
    double top = Math.ceil(max * 10) / 10;
    Viewport vp = new Viewport(new Domain(0, weights.length, -top, top), 56 * k, 44 * k,
        w - 72 * k, h - 92 * k);
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    AxesPainter.paintGrid(gc, vp, s);
    double bar = vp.width() / weights.length;
    for (int j = 0; j < weights.length; j++) {
      double y0 = vp.toPixelY(0);
      double y1 = vp.toPixelY(weights[j]);
      gc.setFill(mask[j] == 0 ? s.axis() : (weights[j] >= 0 ? TRAIN : VALIDATION));
      gc.fillRect(vp.left() + j * bar + bar * 0.15, Math.min(y0, y1), bar * 0.7, Math.abs(y1 - y0));
    }
    AxesPainter.paintFrame(gc, vp, s, "weight index j   (grey: intercept, not penalised)", "w_j");
  }
}
