package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.gradientlab.data.Dataset;
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
 * training points on top, filled; held-out validation points are rings in their class colour, so
 * the student sees which points the net never trained on. The frame is the one the picture was
 * computed on, which fits all the data with a margin, so every point is drawn inside it. In a race
 * it shows the leading optimizer's net. Redrawn after every chunk of training.
 */
public final class DecisionView extends CanvasPlot {

  public static final Color CLASS_0 = Color.web("#0072B2");
  public static final Color CLASS_1 = Color.web("#E69F00");

  private final NetModel model;
  private final WritableImage image = new WritableImage(NetModel.GRID, NetModel.GRID);
  private final List<Point2D> drawnPoints = new ArrayList<>();
  private final List<Point2D> drawnHeldOut = new ArrayList<>();
  private Bounds drawnFrame;

  public DecisionView(NetModel model) {
    this.model = model;
    redrawOn(model.decisionProperty());
    redrawOn(model.dataProperty());
    setMinSize(200, 200);
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    drawnPoints.clear();
    drawnHeldOut.clear();
    NetModel.Decision decision = model.decisionProperty().get();
    drawnFrame = paint(gc, w, h, s, decision, titles(model.snapshotProperty().get(),
        model.optimizersProperty().get(), decision != null && decision.heldOut() != null), image,
        drawnPoints, drawnHeldOut);
  }

  /**
   * Paints {@code decision} into a w × h area with the longest of {@code titles} that fits on top,
   * using {@code image} ({@link NetModel#GRID}²) for its pixels; adds where the data points went
   * to {@code points} (held-out ones also to {@code heldOutPoints}). Returns the plot frame, null
   * when there is nothing to draw. The screen and the exports (slides, GIF frames of training)
   * draw through this.
   */
  static Bounds paint(GraphicsContext gc, double w, double h, PlotStyle s, NetModel.Decision decision,
      List<String> titles, WritableImage image, List<Point2D> points, List<Point2D> heldOutPoints) {
    if (decision == null || w < 100 || h < 100) {
      return null;
    }
    List<Point2D> drawnPoints = points;
    List<Point2D> drawnHeldOut = heldOutPoints;
    float[] grid = decision.probabilities();
    Dataset data = decision.data();
    Domain frame = decision.frame();
    double k = s.scale();
    double side = Math.min(w - 60 * k, h - 70 * k);
    Viewport vp = new Viewport(frame, 48 * k + (w - 60 * k - side) / 2, 30 * k, side, side);
    Bounds drawnFrame = new BoundingBox(vp.left(), vp.top(), vp.width(), vp.height());
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
    double stepX = frame.width() / n;
    double stepY = frame.height() / n;
    for (ContourSegment seg : ContourTracer.trace(grid, n, n, frame.xMin() + stepX / 2,
        frame.yMax() - stepY / 2, stepX, -stepY, level)) {
      gc.setStroke(s.minimum());
      gc.setLineWidth(2.2 * k);
      gc.strokeLine(vp.toPixelX(seg.x0()), vp.toPixelY(seg.y0()), vp.toPixelX(seg.x1()), vp.toPixelY(seg.y1()));
    }
    for (int i = 0; i < data.size(); i++) {
      double px = vp.toPixelX(data.feature(i, 0));
      double py = vp.toPixelY(data.feature(i, 1));
      double r = 3.6 * k;
      drawnPoints.add(new Point2D(px, py));
      gc.setFill(data.target(i) >= 0.5 ? CLASS_1 : CLASS_0);
      gc.fillOval(px - r, py - r, 2 * r, 2 * r);
      gc.setStroke(s.minimum());
      gc.setLineWidth(1);
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    }
    Dataset held = decision.heldOut();
    for (int i = 0; held != null && i < held.size(); i++) {
      double px = vp.toPixelX(held.feature(i, 0));
      double py = vp.toPixelY(held.feature(i, 1));
      double r = 3.6 * k;
      drawnPoints.add(new Point2D(px, py));
      drawnHeldOut.add(new Point2D(px, py));
      gc.setStroke(s.minimum());
      gc.setLineWidth(3.4 * k);
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
      gc.setStroke(held.target(i) >= 0.5 ? CLASS_1 : CLASS_0);
      gc.setLineWidth(2 * k);
      gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
    }
    AxesPainter.paintFrame(gc, vp, s, "x₁", "x₂");
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    String title = titles.get(titles.size() - 1);
    for (String t : titles) {
      if (textWidth(t, s.font()) <= w - vp.left() - 4 * k) {
        title = t;
        break;
      }
    }
    gc.fillText(title, vp.left(), 20 * k);
    return drawnFrame;
  }

  /**
   * The titles of the picture of training at {@code snap}, longest first, down to the numbers
   * alone: the view shows the longest that fits. {@code race}: the racing optimizers, the leader
   * first; {@code heldOut}: whether some points are held out.
   */
  static List<String> titles(TrainingSnapshot snap, List<org.gradientlab.optimizer.OptimizerKind> race,
      boolean held) {
    boolean numbers = snap != null && !snap.diverged();
    return titles(numbers ? snap.accuracy() : Double.NaN, numbers ? snap.validationAccuracy() : Double.NaN,
        race, held);
  }

  /** The same for a training accuracy and a held-out one (NaN: none to show). */
  static List<String> titles(double accuracy, double validationAccuracy,
      List<org.gradientlab.optimizer.OptimizerKind> race, boolean held) {
    String whose = race.size() > 1 ? race.get(0).label() + "'s " : "";
    boolean numbers = Double.isFinite(accuracy);
    String train = numbers ? percent(accuracy) : "";
    String heldOut = numbers && held && Double.isFinite(validationAccuracy) ? percent(validationAccuracy) : null;
    List<String> titles = new ArrayList<>();
    String boundary = whose.isEmpty() ? "Decision boundary P = ½" : whose + "decision boundary P = ½";
    if (!numbers) {
      titles.add(boundary);
    } else if (heldOut == null) {
      titles.add(boundary + "  ·  accuracy " + train);
      titles.add(whose + "accuracy " + train);
    } else {
      titles.add(boundary + "  ·  accuracy " + train + ", held out (rings) " + heldOut);
      titles.add(whose + "accuracy " + train + ", held out (rings) " + heldOut);
      titles.add(whose + "accuracy " + train + ", held out " + heldOut);
    }
    return titles;
  }

  private static String percent(double fraction) {
    return Numbers.compact(Math.round(fraction * 1000) / 10.0) + " %";
  }

  private static double textWidth(String text, javafx.scene.text.Font font) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** Where the last redraw put the centres of the data points, in the view's pixels; for tests. */
  public List<Point2D> drawnPoints() {
    return List.copyOf(drawnPoints);
  }

  /** Where the last redraw put the held-out points' centres (also in {@link #drawnPoints}); for tests. */
  public List<Point2D> drawnHeldOut() {
    return List.copyOf(drawnHeldOut);
  }

  /** The plot frame of the last redraw, in the view's pixels (null before there is a picture); for tests. */
  public Bounds drawnFrame() {
    return drawnFrame;
  }
}
