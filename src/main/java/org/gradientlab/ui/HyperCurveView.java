package org.gradientlab.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.HyperModel;

/**
 * C(λ) over log λ on a log scale, computed densely in the background (a progress bar until then),
 * the training loss beside it (dashed), the dense-grid minimum, and the outer iterates λ₁, λ₂, …
 * numbered on the curve they minimise, with the λ the loop stands at as a vertical line.
 */
public final class HyperCurveView extends CanvasPlot {

  public static final Color ITERATES = Color.web("#ff9f43");
  static final Color TRAINING = Color.web("#5dade2");

  private final HyperModel model;
  private final List<javafx.geometry.Point2D> drawnIterates = new java.util.ArrayList<>();

  public HyperCurveView(HyperModel model) {
    this.model = model;
    redrawOn(model.curvesProperty());
    redrawOn(model.curveProgressProperty());
    redrawOn(model.stateProperty());
    redrawOn(model.objectiveProperty());
    model.iterates().addListener((ListChangeListener<OuterLoop.Iterate>) c -> requestRedraw());
    redrawOn(model.problemProperty());
    setMinSize(240, 180);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    drawnIterates.clear();
    paint(gc, w, h, s, model.iterates(), model.stateProperty().get(), drawnIterates);
  }

  /**
   * The curve with the outer iterates {@code its} and the loop standing at {@code st} (null: no
   * line for it); where the iterates were drawn goes into {@code drawn}. For the screen and for
   * pictures (a slide, the frames of the outer iterations).
   */
  void paint(GraphicsContext gc, double w, double h, PlotStyle s, List<OuterLoop.Iterate> its,
      HyperModel.LoopState st, List<javafx.geometry.Point2D> drawn) {
    double k = s.scale();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("Validation loss C(λ) = L_val(w*(λ))", 64 * k, 18 * k);
    HyperModel.Curves curves = model.curvesProperty().get();
    double progress = model.curveProgressProperty().get();
    if (curves == null || curves.problem() != model.problemProperty().get()) {
      paintProgress(gc, w, h, progress, s);
      return;
    }
    ValidationCurve val = curves.validation();
    ValidationCurve train = curves.training();
    double[] xs = val.logLambdas();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (ValidationCurve c : List.of(val, train)) {
      for (double v : c.values()) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, Math.log10(v));
          hi = Math.max(hi, Math.log10(v));
        }
      }
    }
    double pad = Math.max(0.05, 0.06 * (hi - lo));
    Domain view = new Domain(xs[0], xs[xs.length - 1], lo - pad, hi + pad);
    boolean training = model.objectiveProperty().get() == OuterObjective.TRAINING;
    int best = val.argmin();
    Object[][] rows = legendRows(s, val, best, training);
    double legendTop = 34 * k;
    int lines = legend(null, 64 * k, legendTop, w - 84 * k, s, rows);
    double top = legendTop + lines * 16 * k;
    Viewport vp = new Viewport(view, 64 * k, top, w - 84 * k, h - top - 52 * k);
    legend(gc, 64 * k, legendTop, w - 84 * k, s, rows);
    gc.setFill(s.plotBackground());
    gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    strokeCurve(gc, vp, train, TRAINING, s.lineWidth() * 0.75, true);
    strokeCurve(gc, vp, val, s.curve(), s.lineWidth(), false);
    double bx = vp.toPixelX(xs[best]);
    double by = vp.toPixelY(Math.log10(val.values()[best]));
    MarkerPainter.minimum(gc, bx, by, s);
    paintIterates(gc, vp, s, its, st, drawn);
    gc.restore();
    AxesPainter.paintFrame(gc, vp, s, "log λ", "loss (log scale)", true);
    if (progress < 1) {
      paintProgress(gc, w, h, progress, s);
    }
  }

  private static void paintIterates(GraphicsContext gc, Viewport vp, PlotStyle s,
      List<OuterLoop.Iterate> its, HyperModel.LoopState st, List<javafx.geometry.Point2D> drawn) {
    double k = s.scale();
    if (st != null) {
      double px = vp.toPixelX(Math.log(st.lambda()));
      gc.setStroke(ITERATES.deriveColor(0, 1, 1, 0.6));
      gc.setLineWidth(1.5 * k);
      gc.setLineDashes(5 * k, 4 * k);
      gc.strokeLine(px, vp.top(), px, vp.bottom());
      gc.setLineDashes();
    }
    its.forEach(it -> drawn.add(new javafx.geometry.Point2D(x(vp, it), y(vp, it))));
    gc.setStroke(ITERATES);
    gc.setLineWidth(1.2 * k);
    for (int i = 1; i < its.size(); i++) {
      gc.strokeLine(x(vp, its.get(i - 1)), y(vp, its.get(i - 1)), x(vp, its.get(i)), y(vp, its.get(i)));
    }
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    double lastLabelX = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < its.size(); i++) {
      OuterLoop.Iterate it = its.get(i);
      double px = x(vp, it);
      double py = y(vp, it);
      MarkerPainter.dot(gc, px, py, ITERATES, i == its.size() - 1, s);
      if (i < 9 || i == its.size() - 1) {
        if (Math.abs(px - lastLabelX) > 14 * k || i == its.size() - 1) {
          gc.setFill(s.text());
          gc.fillText(Integer.toString(it.iteration()), px, py - 6 * k);
          lastLabelX = px;
        }
      }
    }
  }

  /** Where the last redraw put the outer iterates, in the view's pixels; for tests. */
  public List<javafx.geometry.Point2D> drawnIterates() {
    return List.copyOf(drawnIterates);
  }

  private static double x(Viewport vp, OuterLoop.Iterate it) {
    return vp.toPixelX(Math.log(it.lambda()));
  }

  private static double y(Viewport vp, OuterLoop.Iterate it) {
    return vp.toPixelY(Math.log10(Math.max(it.outerValue(), 1e-300)));
  }

  private static void strokeCurve(GraphicsContext gc, Viewport vp, ValidationCurve c, Color color,
      double width, boolean dashed) {
    gc.setStroke(color);
    gc.setLineWidth(width);
    if (dashed) {
      gc.setLineDashes(6 * width, 4 * width);
    }
    gc.beginPath();
    boolean pen = false;
    for (int i = 0; i < c.values().length; i++) {
      double v = c.values()[i];
      if (!(v > 0) || !Double.isFinite(v)) {
        pen = false;
        continue;
      }
      double px = vp.toPixelX(c.logLambdas()[i]);
      double py = vp.toPixelY(Math.log10(v));
      if (pen) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        pen = true;
      }
    }
    gc.stroke();
    gc.setLineDashes();
  }

  /** The legend's entries: a colour (null: the minimum's cross) and a text. */
  private static Object[][] legendRows(PlotStyle s, ValidationCurve val, int best, boolean training) {
    return new Object[][] {
        {s.curve(), "validation loss C(λ)"},
        {null, "min " + Numbers.compact(HeatmapPainter.round3(val.values()[best]))
            + " at log λ = " + Numbers.compact(Math.round(val.logLambdas()[best] * 100) / 100.0)},
        {TRAINING, "training loss"},
        {ITERATES, "outer iterates λ_k" + (training ? " (on the training loss!)" : "")}};
  }

  /**
   * Lays the legend out in lines above the plot, left to right, wrapping at {@code width}; paints
   * it when {@code gc} is not null. Returns the number of lines: the legend never covers the data.
   */
  private static int legend(GraphicsContext gc, double left, double top, double width, PlotStyle s,
      Object[][] rows) {
    double k = s.scale();
    javafx.scene.text.Text measure = new javafx.scene.text.Text();
    measure.setFont(s.smallFont());
    double x = left;
    double y = top;
    int lines = 1;
    if (gc != null) {
      gc.setFont(s.smallFont());
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.CENTER);
    }
    for (Object[] r : rows) {
      measure.setText((String) r[1]);
      double item = 24 * k + measure.getLayoutBounds().getWidth() + 16 * k;
      if (x > left && x + item > left + width) {
        x = left;
        y += 16 * k;
        lines++;
      }
      if (gc != null) {
        if (r[0] == null) {
          MarkerPainter.minimum(gc, x + 9 * k, y, s.scaled(0.6 * k));
        } else {
          gc.setStroke((Color) r[0]);
          gc.setLineWidth(2.5 * k);
          gc.strokeLine(x, y, x + 18 * k, y);
        }
        gc.setFill(s.text());
        gc.fillText((String) r[1], x + 24 * k, y);
      }
      x += item;
    }
    return lines;
  }

  private static void paintProgress(GraphicsContext gc, double w, double h, double progress, PlotStyle s) {
    double k = s.scale();
    double bw = Math.min(320 * k, w * 0.6);
    double x = (w - bw) / 2;
    double y = h / 2;
    gc.setFill(s.halo());
    gc.fillRect(x - 10 * k, y - 26 * k, bw + 20 * k, 44 * k);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText("computing C(λ) densely and the search baselines… " + Math.round(progress * 100) + " %",
        w / 2, y - 6 * k);
    gc.setStroke(s.axis());
    gc.setLineWidth(1);
    gc.strokeRect(x, y, bw, 8 * k);
    gc.setFill(ITERATES);
    gc.fillRect(x, y, bw * Math.max(0, Math.min(1, progress)), 8 * k);
  }
}
