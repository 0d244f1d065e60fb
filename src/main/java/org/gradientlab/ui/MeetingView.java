package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.HorizonSweep;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.UnrolledModel;

/**
 * C_T is not C: where C_T(·, η) is smallest over log λ after T steps (dots), against where C(λ),
 * the loss of fully trained weights, is smallest (dashed), for T = 1 … 10⁴. A short horizon stops
 * training early, which regularises by itself, so C_T's best λ sits elsewhere; they meet as T
 * grows and w_T reaches w*(λ).
 */
public final class MeetingView extends CanvasPlot {

  static final Color BEST = Color.web("#ff5e57");

  private final UnrolledModel model;
  private Viewport drawn;

  public MeetingView(UnrolledModel model) {
    this.model = model;
    redrawOn(model.horizonProperty(), model.horizonProgressProperty());
    setMinSize(260, 180);
  }

  /** The viewport of the last redraw (null before one); for tests. */
  public Viewport viewport() {
    return drawn;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    UnrolledModel.Horizon hz = model.horizonProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("C_T ≠ C: the best λ after T steps, against C's minimum", 64 * k, 18 * k);
    drawn = null;
    if (hz == null || h < 140 * k) {
      return;
    }
    HorizonSweep.Meeting m = hz.meeting();
    double[] logs = m.logLambdas();
    Domain d = new Domain(0, Math.log10(UnrolledModel.MAX_STEPS), logs[0] - 0.5, logs[logs.length - 1] + 0.5);
    Viewport vp = new Viewport(d, 64 * k, 30 * k, w - 84 * k, h - 96 * k);
    drawn = vp;
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    double oy = vp.toPixelY(m.optimumLogLambda());
    gc.setStroke(s.curve());
    gc.setLineWidth(1.5 * k);
    gc.setLineDashes(7 * k, 5 * k);
    gc.strokeLine(vp.left(), oy, vp.right(), oy);
    gc.setLineDashes();
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText("min of C(λ): log λ = " + r2(m.optimumLogLambda()) + ", C = " + n(m.optimumValue()),
        vp.left() + 6 * k, oy - 3 * k);
    List<HorizonSweep.Best> best = m.best();
    gc.setStroke(BEST);
    gc.setLineWidth(s.lineWidth() * 0.75);
    double px0 = Double.NaN;
    double py0 = Double.NaN;
    for (HorizonSweep.Best b : best) {
      if (Double.isNaN(b.logLambda())) {
        px0 = Double.NaN;
        continue;
      }
      double px = vp.toPixelX(Math.log10(b.steps()));
      double py = vp.toPixelY(b.logLambda());
      if (!Double.isNaN(px0)) {
        gc.strokeLine(px0, py0, px, py);
      }
      px0 = px;
      py0 = py;
    }
    for (HorizonSweep.Best b : best) {
      if (!Double.isNaN(b.logLambda())) {
        MarkerPainter.dot(gc, vp.toPixelX(Math.log10(b.steps())), vp.toPixelY(b.logLambda()), BEST, false, s);
      }
    }
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "", "best log λ");
    gc.setFill(s.background());
    gc.fillRect(vp.left() - 20 * k, vp.bottom() + 6 * k, vp.width() + 40 * k, 14 * k);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    for (int e = 0; e <= 4; e++) {
      gc.fillText(e == 0 ? "T = 1" : "10" + "⁰¹²³⁴".charAt(e), vp.toPixelX(e), vp.bottom() + 7 * k);
    }
    HorizonSweep.Best last = best.get(best.size() - 1);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.fillText("η = " + n(m.eta()) + ":  after 10⁴ steps C_T is best at log λ = " + r2(last.logLambda())
        + " (C_T = " + n(last.value()) + ").  Stopping early regularises too.", 12 * k, vp.bottom() + 26 * k);
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }

  private static String r2(double v) {
    return Numbers.compact(Math.round(v * 100) / 100.0);
  }
}
