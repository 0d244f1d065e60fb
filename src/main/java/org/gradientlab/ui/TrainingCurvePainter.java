package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.NetModel;

/**
 * A net's training curves drawn on a canvas for pictures: the training loss on a log scale above,
 * the accuracy below, against updates. The axes are fixed by the whole run, so the frames of an
 * animation, which draw the run only up to their update, share them and do not jump.
 */
final class TrainingCurvePainter {

  private final List<NetModel.Point> run;
  private final Domain lossView;
  private final double lastUpdate;

  TrainingCurvePainter(List<NetModel.Point> run) {
    this.run = List.copyOf(run);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (NetModel.Point p : this.run) {
      if (p.loss() > 0 && Double.isFinite(p.loss())) {
        lo = Math.min(lo, Math.log10(p.loss()));
        hi = Math.max(hi, Math.log10(p.loss()));
      }
    }
    if (!(hi >= lo)) {
      lo = -1;
      hi = 0;
    }
    double pad = Math.max(0.05, 0.06 * (hi - lo));
    lastUpdate = this.run.isEmpty() ? 1 : Math.max(1, this.run.get(this.run.size() - 1).updates());
    lossView = new Domain(0, lastUpdate, lo - pad, hi + pad);
  }

  /** The curves of points 0 … {@code upTo} (an index into the run) in a w × h area. */
  void paint(GraphicsContext gc, double w, double h, PlotStyle s, Color color, int upTo) {
    double k = s.scale();
    double left = 70 * k;
    double right = 16 * k;
    double gap = 62 * k;
    double top = 30 * k;
    double panel = (h - top - gap - 48 * k) / 2;
    if (panel < 30 || w - left - right < 60) {
      return;
    }
    Viewport loss = new Viewport(lossView, left, top, w - left - right, panel);
    Viewport acc = new Viewport(new Domain(0, lastUpdate, 0, 1.02), left, top + panel + gap,
        w - left - right, panel);
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    gc.fillText("Training loss (log scale)", left, 20 * k);
    gc.fillText("Training accuracy", left, top + panel + gap - 10 * k);
    for (Viewport vp : List.of(loss, acc)) {
      gc.setFill(s.plotBackground());
      gc.fillRect(vp.left(), vp.top(), vp.width(), vp.height());
      AxesPainter.paintGrid(gc, vp, s);
    }
    int last = Math.min(upTo, run.size() - 1);
    stroke(gc, loss, s, color, last, true);
    stroke(gc, acc, s, color, last, false);
    // The titles name the y axes: tick labels such as 0.0316 need the room a rotated name would take.
    AxesPainter.paintFrame(gc, loss, s, "updates", "", true);
    AxesPainter.paintFrame(gc, acc, s, "updates", "");
  }

  private void stroke(GraphicsContext gc, Viewport vp, PlotStyle s, Color color, int last, boolean log) {
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    gc.setStroke(color);
    gc.setLineWidth(s.lineWidth());
    gc.beginPath();
    boolean pen = false;
    for (int i = 0; i <= last; i++) {
      NetModel.Point p = run.get(i);
      double v = log ? Math.log10(p.loss()) : p.accuracy();
      if (!Double.isFinite(v)) {
        pen = false;
        continue;
      }
      double px = vp.toPixelX(p.updates());
      double py = vp.toPixelY(v);
      if (pen) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
        pen = true;
      }
    }
    gc.stroke();
    if (last >= 0) {
      NetModel.Point p = run.get(last);
      double v = log ? Math.log10(p.loss()) : p.accuracy();
      if (Double.isFinite(v)) {
        MarkerPainter.dot(gc, vp.toPixelX(p.updates()), vp.toPixelY(v), color, true, s);
      }
    }
    gc.restore();
  }
}
