package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.ColorMap;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.BayesModel;
import org.gradientlab.viewmodel.HyperModel;

/**
 * What Bayesian optimisation believes, step by step. Over log λ: the Gaussian process's posterior
 * mean of C with its ±2σ band over the true C(λ) (the dense curve, thin), the points evaluated
 * (numbered), and below it the expected improvement with its maximum, the next point (a vertical
 * line through both). Over (log λ, η): the posterior mean of C_T and the expected improvement as
 * two maps with the points evaluated and the next one.
 */
public final class BayesPlotView extends CanvasPlot {

  static final Color POSTERIOR = Color.web("#b388ff");
  static final Color POINTS = Color.web("#ff9f43");
  static final Color NEXT = Color.web("#ff5e57");
  static final Color EI = Color.web("#4fc3f7");

  private final BayesModel model;
  private final javafx.beans.value.ObservableValue<HyperModel.Curves> curves;
  private Viewport curveViewport;
  private Viewport eiViewport;

  /** @param curves the workspace's dense curves, for the true C(λ) under the posterior */
  public BayesPlotView(BayesModel model, javafx.beans.value.ObservableValue<HyperModel.Curves> curves) {
    this.model = model;
    this.curves = curves;
    redrawOn(model.stateProperty(), curves);
    setMinSize(280, 260);
  }

  /** The viewports of the last 1-D redraw: C with its posterior, and EI; null otherwise. For tests. */
  public Viewport curveViewport() {
    return curveViewport;
  }

  public Viewport improvementViewport() {
    return eiViewport;
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    double k = s.scale();
    curveViewport = null;
    eiViewport = null;
    BayesModel.State st = model.stateProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    if (st == null || h < 200 * k || w < 200 * k) {
      gc.fillText("Bayesian optimisation", 64 * k, 18 * k);
      return;
    }
    if (st.target() == BayesModel.Target.VALIDATION) {
      paintCurve(gc, w, h, s, st);
    } else {
      paintMaps(gc, w, h, s, st);
    }
  }

  private void paintCurve(GraphicsContext gc, double w, double h, PlotStyle s, BayesModel.State st) {
    double k = s.scale();
    // Two short lines: one long title ran past the plot's right edge at the default window size.
    gc.fillText("The Gaussian process's belief about C(λ)", 64 * k, 14 * k);
    gc.fillText("mean ± 2σ, with the points evaluated", 64 * k, 28 * k);
    HyperModel.Curves dense = curves.getValue();
    ValidationCurve truth = dense != null && dense.problem() == st.problem() ? dense.validation() : null;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    if (truth != null) {
      for (double v : truth.values()) {
        lo = Math.min(lo, Math.log10(v));
        hi = Math.max(hi, Math.log10(v));
      }
    }
    for (BayesianOptimization.Evaluation e : st.evaluations()) {
      if (e.value() > 0) {
        lo = Math.min(lo, Math.log10(e.value()));
        hi = Math.max(hi, Math.log10(e.value()));
      }
    }
    if (!(hi >= lo)) {
      lo = -2;
      hi = 0;
    }
    double pad = Math.max(0.05, 0.12 * (hi - lo));
    Domain view = new Domain(st.low()[0], st.high()[0], lo - pad, hi + pad);
    double top = 36 * k;
    double eiHeight = Math.max(60 * k, 0.26 * h);
    Viewport vp = new Viewport(view, 64 * k, top, w - 84 * k, h - top - eiHeight - 100 * k);
    curveViewport = vp;
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    if (st.xs() != null) {
      int n = st.xs().length;
      double[] px = new double[2 * n];
      double[] py = new double[2 * n];
      for (int i = 0; i < n; i++) {
        px[i] = vp.toPixelX(st.xs()[i]);
        py[i] = vp.toPixelY(Math.log10(st.upper()[i]));
        px[2 * n - 1 - i] = px[i];
        py[2 * n - 1 - i] = vp.toPixelY(Math.log10(st.lower()[i]));
      }
      gc.setFill(POSTERIOR.deriveColor(0, 1, 1, 0.22));
      gc.fillPolygon(px, py, 2 * n);
    }
    if (truth != null) {
      gc.setStroke(s.curve().deriveColor(0, 1, 1, 0.55));
      gc.setLineWidth(1.2 * k);
      stroke(gc, vp, truth.logLambdas(), truth.values());
    }
    if (st.xs() != null) {
      gc.setStroke(POSTERIOR);
      gc.setLineWidth(s.lineWidth());
      stroke(gc, vp, st.xs(), st.mean());
    }
    paintPoints(gc, vp, s, st, true);
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "", "C (log scale)", true);
    // The acquisition below, on the same log-λ axis.
    Viewport ev = new Viewport(new Domain(view.xMin(), view.xMax(), 0, max(st.improvement()) * 1.1 + 1e-300),
        64 * k, vp.bottom() + 30 * k, w - 84 * k, eiHeight);
    eiViewport = ev;
    gc.setFill(s.plotBackground());
    gc.fillRect(ev.left(), ev.top(), ev.width(), ev.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, ev);
    if (st.xs() == null) {
      gc.setFill(s.text());
      gc.setFont(s.smallFont());
      gc.setTextAlign(TextAlignment.CENTER);
      gc.setTextBaseline(VPos.CENTER);
      gc.fillText("no process yet: " + st.evaluations().size() + " of the " + BayesModel.DESIGN_1D
          + " first points evaluated (spread over the range, before any model)",
          ev.left() + ev.width() / 2, ev.top() + ev.height() / 2);
    } else {
      gc.setStroke(EI);
      gc.setLineWidth(s.lineWidth());
      gc.beginPath();
      for (int i = 0; i < st.xs().length; i++) {
        double px = ev.toPixelX(st.xs()[i]);
        double py = ev.toPixelY(st.improvement()[i]);
        if (i == 0) {
          gc.moveTo(px, py);
        } else {
          gc.lineTo(px, py);
        }
      }
      gc.stroke();
    }
    if (st.next() != null) {
      double nx = ev.toPixelX(st.next()[0]);
      gc.setStroke(NEXT);
      gc.setLineWidth(1.5 * k);
      gc.setLineDashes(5 * k, 4 * k);
      gc.strokeLine(nx, ev.top(), nx, ev.bottom());
      gc.setLineDashes();
    }
    gc.restore();
    if (st.next() != null) {
      double nx = vp.toPixelX(st.next()[0]);
      gc.setStroke(NEXT);
      gc.setLineWidth(1.5 * k);
      gc.setLineDashes(5 * k, 4 * k);
      gc.strokeLine(nx, vp.top(), nx, vp.bottom());
      gc.setLineDashes();
    }
    if (st.xs() == null) {
      gc.setStroke(s.axis());
      gc.setLineWidth(1);
      gc.strokeRect(ev.left(), ev.top(), ev.width(), ev.height());
    } else {
      AxesPainter.paintFrame(gc, ev, s, "log λ", "EI");
    }
    gc.setFont(s.smallFont());
    gc.setFill(s.text());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    String legend = "thin: the true C(λ), the dense curve (for you: BO never sees it);  violet: posterior mean,"
        + " band ±2σ\nblue: expected improvement;  red dashed: the next point;  numbers: the order of evaluation";
    gc.fillText(legend, 12 * k, ev.bottom() + 42 * k);
  }

  private void paintPoints(GraphicsContext gc, Viewport vp, PlotStyle s, BayesModel.State st, boolean oneD) {
    double k = s.scale();
    List<BayesianOptimization.Evaluation> ev = st.evaluations();
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    for (int i = 0; i < ev.size(); i++) {
      BayesianOptimization.Evaluation e = ev.get(i);
      double px = vp.toPixelX(e.x()[0]);
      double py = oneD ? vp.toPixelY(Math.log10(Math.max(e.value(), 1e-300))) : vp.toPixelY(e.x()[1]);
      if (!oneD && !Double.isFinite(e.value())) {
        gc.setStroke(Color.web("#f85149"));
        gc.setLineWidth(2 * k);
        gc.strokeLine(px - 4 * k, py - 4 * k, px + 4 * k, py + 4 * k);
        gc.strokeLine(px - 4 * k, py + 4 * k, px + 4 * k, py - 4 * k);
        continue;
      }
      MarkerPainter.dot(gc, px, py, POINTS, e == st.best(), s);
      if (oneD) {
        gc.setFill(s.text());
        gc.fillText(Integer.toString(i + 1), px, py - 6 * k);
      }
    }
    if (!oneD && st.next() != null) {
      gc.setStroke(NEXT);
      gc.setLineWidth(2.5 * k);
      double px = vp.toPixelX(st.next()[0]);
      double py = vp.toPixelY(st.next()[1]);
      gc.strokeOval(px - 8 * k, py - 8 * k, 16 * k, 16 * k);
    }
  }

  private void paintMaps(GraphicsContext gc, double w, double h, PlotStyle s, BayesModel.State st) {
    double k = s.scale();
    gc.fillText("Over (log λ, η), T = " + BayesModel.UNROLLED_STEPS + " GD steps: posterior mean of C_T, and EI",
        64 * k, 18 * k);
    Domain box = new Domain(st.low()[0], st.high()[0], st.low()[1], st.high()[1]);
    // Side by side when the panel is wide, one above the other when it is tall: the larger maps.
    double wide = Math.min((w - 150 * k) / 2, h - 120 * k);
    double tall = Math.min(w - 90 * k, (h - 190 * k) / 2);
    boolean stacked = tall > wide;
    double side = Math.max(40 * k, stacked ? tall : wide);
    Viewport left = new Viewport(box, 64 * k, 34 * k, side, side);
    Viewport right = stacked ? new Viewport(box, 64 * k, 34 * k + side + 56 * k, side, side)
        : new Viewport(box, 64 * k + side + 70 * k, 34 * k, side, side);
    for (int m = 0; m < 2; m++) {
      Viewport vp = m == 0 ? left : right;
      double[] values = m == 0 ? st.mean() : st.improvement();
      gc.setFill(s.plotBackground());
      gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
      if (values != null) {
        gc.drawImage(image(values, m == 0), vp.left(), vp.top(), vp.width(), vp.height());
      }
      gc.save();
      HeatmapPainter.clipToPlot(gc, vp);
      // GD's edge 2/(L + λ) for reference: past it training diverges (red crosses).
      if (Double.isFinite(st.edgeCurvature())) {
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.2 * k);
        gc.setLineDashes(6 * k, 5 * k);
        gc.beginPath();
        for (int i = 0; i <= 100; i++) {
          double x = box.xMin() + box.width() * i / 100;
          double y = 2 / (st.edgeCurvature() + Math.exp(x));
          if (i == 0) {
            gc.moveTo(vp.toPixelX(x), vp.toPixelY(y));
          } else {
            gc.lineTo(vp.toPixelX(x), vp.toPixelY(y));
          }
        }
        gc.stroke();
        gc.setLineDashes();
      }
      paintPoints(gc, vp, s, st, false);
      gc.restore();
      AxesPainter.paintFrame(gc, vp, s, "log λ", m == 0 ? "η   (mean of C_T)" : "η   (expected improvement)");
    }
    gc.setFont(s.smallFont());
    gc.setFill(s.text());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    gc.fillText("dots: points evaluated;  red ×: training diverged there (no value: the fit takes the worst C seen)"
        + "\nred ring: the next point;  dashed: the edge η = 2/(L + λ)", 12 * k, right.bottom() + 44 * k);
  }

  /** A map of {@code values} (row 0 at the top), coloured by viridis on a log scale for C. */
  private static WritableImage image(double[] values, boolean log) {
    int m = BayesModel.MAP_POINTS;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] t = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      t[i] = log ? Math.log10(Math.max(values[i], 1e-300)) : values[i];
      if (Double.isFinite(t[i])) {
        lo = Math.min(lo, t[i]);
        hi = Math.max(hi, t[i]);
      }
    }
    WritableImage img = new WritableImage(m, m);
    PixelWriter pw = img.getPixelWriter();
    for (int row = 0; row < m; row++) {
      for (int col = 0; col < m; col++) {
        double v = t[row * m + col];
        double u = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        pw.setArgb(col, row, Double.isFinite(v) ? ColorMap.viridis(u) : ColorMap.NO_VALUE);
      }
    }
    return img;
  }

  private static void stroke(GraphicsContext gc, Viewport vp, double[] xs, double[] ys) {
    gc.beginPath();
    boolean pen = false;
    for (int i = 0; i < xs.length; i++) {
      if (!(ys[i] > 0)) {
        pen = false;
        continue;
      }
      double px = vp.toPixelX(xs[i]);
      double py = vp.toPixelY(Math.log10(ys[i]));
      if (pen) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        pen = true;
      }
    }
    gc.stroke();
  }

  private static double max(double[] v) {
    double m = 0;
    if (v != null) {
      for (double x : v) {
        if (Double.isFinite(x)) {
          m = Math.max(m, x);
        }
      }
    }
    return m;
  }

  static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
