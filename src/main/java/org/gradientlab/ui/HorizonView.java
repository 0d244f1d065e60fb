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
 * dC_T/d log λ and dC_T/dη against the horizon T (log scale, 1 … 10⁴) at the panel's (λ, η),
 * stacked: the first settles on the implicit hypergradient (dashed) as training converges, the
 * second fades to 0 (dashed) — the formal reason η has no hypergradient at convergence, and why
 * short horizons bias it. The T of the meters is the vertical line.
 */
public final class HorizonView extends CanvasPlot {

  static final Color LAMBDA = Color.web("#ff9f43");
  static final Color ETA = Color.web("#4fc3f7");

  private final UnrolledModel model;
  /** The last drawn plots' viewports (for tests): [0] dC/d log λ, [1] dC/dη. */
  private final Viewport[] drawn = new Viewport[2];

  public HorizonView(UnrolledModel model) {
    this.model = model;
    redrawOn(model.horizonProperty(), model.horizonProgressProperty(), model.metersProperty());
    setMinSize(260, 220);
  }

  /** The viewports of the last redraw, dC/d log λ then dC/dη (null before one); for tests. */
  public Viewport viewport(int which) {
    return drawn[which];
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    UnrolledModel.Horizon hz = model.horizonProperty().get();
    double progress = model.horizonProgressProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("The hypergradients after T steps, T = 1 … 10⁴" + (progress < 1 ? "   computing… "
        + Math.round(progress * 100) + " %" : ""), 64 * k, 18 * k);
    drawn[0] = null;
    drawn[1] = null;
    if (hz == null || h < 160 * k) {
      return;
    }
    HorizonSweep.Sweep sw = hz.sweep();
    List<HorizonSweep.Point> pts = sw.points();
    double top = 30 * k;
    double gap = 46 * k;
    double bottom = 44 * k;
    double each = (h - top - gap - bottom) / 2;
    double xMax = Math.log10(UnrolledModel.MAX_STEPS);
    double[] ls = new double[pts.size()];
    double[] es = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      ls[i] = pts.get(i).dLogLambda();
      es[i] = pts.get(i).dEta();
    }
    int currentT = model.metersProperty().get() == null ? -1 : model.metersProperty().get().comparison().steps();
    drawn[0] = panel(gc, s, new Viewport(range(ls, sw.implicitDLogLambda(), xMax), 64 * k, top, w - 84 * k, each),
        pts, ls, LAMBDA, sw.implicitDLogLambda(), "implicit dC/d log λ = " + n(sw.implicitDLogLambda()),
        "dC_T/d log λ", currentT);
    drawn[1] = panel(gc, s, new Viewport(range(es, 0, xMax), 64 * k, top + each + gap, w - 84 * k, each),
        pts, es, ETA, 0, "0: at convergence η leaves no trace", "dC_T/dη", currentT);
    boolean diverged = Double.isNaN(ls[ls.length - 1]);
    gc.setFont(s.smallFont());
    gc.setFill(diverged ? Color.web("#f85149") : s.text());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    String end = diverged ? "Training diverges at this η (past the edge): the derivatives have no value."
        : "T = 10⁴: dC/d log λ = " + n(ls[ls.length - 1]) + ",  dC/dη = " + n(es[es.length - 1])
            + "   (η = " + n(hz.eta()) + " = " + Math.round(100 * hz.eta() / hz.edge()) + " % of the edge)";
    gc.fillText(end, 12 * k, h - 16 * k);
  }

  private static Domain range(double[] v, double reference, double xMax) {
    double lo = reference;
    double hi = reference;
    for (double x : v) {
      if (Double.isFinite(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    double pad = Math.max(1e-12, 0.08 * (hi - lo));
    if (hi - lo < 1e-300) {
      pad = Math.max(Math.abs(hi) * 0.1, 1e-9);
    }
    return new Domain(0, xMax, lo - pad, hi + pad);
  }

  private Viewport panel(GraphicsContext gc, PlotStyle s, Viewport vp, List<HorizonSweep.Point> pts,
      double[] ys, Color colour, double reference, String referenceLabel, String name, int currentT) {
    double k = s.scale();
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    double ry = vp.toPixelY(reference);
    gc.setStroke(s.axis());
    gc.setLineWidth(1.2 * k);
    gc.setLineDashes(6 * k, 5 * k);
    gc.strokeLine(vp.left(), ry, vp.right(), ry);
    if (currentT > 0) {
      double tx = vp.toPixelX(Math.log10(currentT));
      gc.setStroke(colour.deriveColor(0, 1, 1, 0.5));
      gc.strokeLine(tx, vp.top(), tx, vp.bottom());
    }
    gc.setLineDashes();
    gc.setStroke(colour);
    gc.setLineWidth(s.lineWidth());
    gc.beginPath();
    boolean pen = false;
    for (int i = 0; i < pts.size(); i++) {
      if (!Double.isFinite(ys[i])) {
        pen = false;
        continue;
      }
      double px = vp.toPixelX(Math.log10(pts.get(i).steps()));
      double py = vp.toPixelY(ys[i]);
      if (pen) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        pen = true;
      }
    }
    gc.stroke();
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.RIGHT);
    gc.setTextBaseline(ry < vp.top() + vp.height() / 2 ? VPos.TOP : VPos.BOTTOM);
    gc.fillText(referenceLabel, vp.right() - 6 * k, ry + (ry < vp.top() + vp.height() / 2 ? 3 : -3) * k);
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "", name);
    // x ticks as T itself: 1, 10, 100, …
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    gc.clearRect(vp.left() - 20 * k, vp.bottom() + 6 * k, vp.width() + 40 * k, 14 * k);
    gc.setFill(s.background());
    gc.fillRect(vp.left() - 20 * k, vp.bottom() + 6 * k, vp.width() + 40 * k, 14 * k);
    gc.setFill(s.text());
    for (int e = 0; e <= 4; e++) {
      gc.fillText(e == 0 ? "T = 1" : "10" + "⁰¹²³⁴".charAt(e), vp.toPixelX(e), vp.bottom() + 7 * k);
    }
    return vp;
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
