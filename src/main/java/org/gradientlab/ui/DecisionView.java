package org.gradientlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.format.Numbers;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.ContourSegment;
import org.gradientlab.plot.ContourTracer;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.NetModel;

/**
 * What the net believes: P(class 1) over the input plane, blue for class 0 and orange for class 1
 * (Okabe–Ito, safe for colour-blind viewers), the decision boundary P = ½ as a white line, and the
 * training points on top. Redrawn after every chunk of training.
 */
public final class DecisionView extends CanvasPlot {

  static final Color CLASS_0 = Color.web("#0072B2");
  static final Color CLASS_1 = Color.web("#E69F00");

  private final NetModel model;
  private final WritableImage image = new WritableImage(NetModel.GRID, NetModel.GRID);

  public DecisionView(NetModel model) {
    this.model = model;
    redrawOn(model.decisionProperty());
    redrawOn(model.dataProperty());
    setMinSize(200, 200);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    float[] grid = model.decisionProperty().get();
    Dataset data = model.dataProperty().get();
    if (grid == null || data == null || w < 100 || h < 100) {
      return;
    }
    double k = s.scale();
    double side = Math.min(w - 60 * k, h - 70 * k);
    double e = ToyDatasets.EXTENT;
    Viewport vp = new Viewport(new Domain(-e, e, -e, e), 48 * k + (w - 60 * k - side) / 2, 30 * k, side, side);
    int n = NetModel.GRID;
    PixelWriter pw = image.getPixelWriter();
    Color bg = s.plotBackground();
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        double p = grid[row * n + col];
        Color c = p >= 0.5 ? CLASS_1 : CLASS_0;
        double strength = 0.15 + 0.6 * Math.abs(p - 0.5) * 2;
        pw.setColor(col, row, bg.interpolate(c, strength));
      }
    }
    gc.setImageSmoothing(true);
    gc.drawImage(image, vp.left(), vp.top(), vp.width(), vp.height());
    double[] level = {0.5};
    double step = 2 * e / n;
    for (ContourSegment seg : ContourTracer.trace(grid, n, n, -e + step / 2, e - step / 2, step, -step, level)) {
      gc.setStroke(s.minimum());
      gc.setLineWidth(2.2 * k);
      gc.strokeLine(vp.toPixelX(seg.x0()), vp.toPixelY(seg.y0()), vp.toPixelX(seg.x1()), vp.toPixelY(seg.y1()));
    }
    for (int i = 0; i < data.size(); i++) {
      double px = vp.toPixelX(data.feature(i, 0));
      double py = vp.toPixelY(data.feature(i, 1));
      double r = 3.6 * k;
      gc.setFill(data.target(i) >= 0.5 ? CLASS_1 : CLASS_0);
      gc.fillOval(px - r, py - r, 2 * r, 2 * r);
      gc.setStroke(s.minimum());
      gc.setLineWidth(1);
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    }
    AxesPainter.paintFrame(gc, vp, s, "x₁", "x₂");
    TrainingSnapshot snap = model.snapshotProperty().get();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    String acc = snap == null || snap.diverged() ? "" : "  ·  accuracy " + Numbers.compact(
        Math.round(snap.accuracy() * 1000) / 10.0) + " %";
    gc.fillText("Decision boundary P = ½" + acc, vp.left(), 20 * k);
  }
}
