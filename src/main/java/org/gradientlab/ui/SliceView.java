package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import javafx.scene.paint.Color;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.NetModel;

/**
 * The net's loss on a 2-D slice of weight space through the weights where training stood when
 * the slice was taken, with the training path projected onto the slice's plane: the run's start
 * ringed, the current weights a filled dot. By default the plane is the one through the path itself
 * (start → now and the path's main deviation), so the picture shows how far training moved. In a
 * race every optimizer's path is projected on the leader's plane — one plane, so the paths compare —
 * each in its catalog colour, its current weights its catalog marker. The heat map is the same
 * picture as any other landscape's.
 */
public final class SliceView extends CanvasPlot {

  private final NetModel model;
  private WritableImage image;
  private Point2D drawnStart;
  private Point2D drawnCurrent;
  private final Map<OptimizerKind, Point2D> drawnCurrents = new LinkedHashMap<>();
  private final Map<OptimizerKind, List<Point2D>> drawnPaths = new LinkedHashMap<>();

  public SliceView(NetModel model) {
    this.model = model;
    model.sliceProperty().addListener((o, a, b) -> {
      if (b == null) {
        image = null;
      } else if (a == null || a.heatmap() != b.heatmap()) {
        image = HeatmapPainter.toImage(b.heatmap());
      }
      requestRedraw();
    });
    redrawOn(model.sliceProgressProperty());
    setMinSize(200, 200);
    Tooltip.install(this, new Tooltip("""
        By default the plane through the training path (Li et al. 2018): centred on the current
        weights, a runs from the start to now, b along the path's main sideways deviation; both are
        distances in weight space. "% of the path in this plane": Σ‖in-plane part of θᵢ − θ₀‖² /
        Σ‖θᵢ − θ₀‖² over the path's points, θ₀ the centre. The other kinds: two random
        filter-normalised directions, or two chosen weights."""));
  }

  @Override
  protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
    NetModel.Slice slice = model.sliceProperty().get();
    double k = s.scale();
    gc.setFill(s.text());
    gc.setFont(s.font());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.BASELINE);
    boolean computing = model.sliceProgressProperty().get() < 1;
    drawnStart = null;
    drawnCurrent = null;
    drawnCurrents.clear();
    drawnPaths.clear();
    gc.fillText(title(slice) + (computing ? "  (computing…)" : ""), 48 * k, 20 * k);
    if (slice == null || image == null || w < 150 || h < 150) {
      return;
    }
    double side = Math.min(w - 150 * k, h - 92 * k); // room below for the axis label and the caption
    Viewport vp = new Viewport(slice.heatmap().view(), 56 * k, 30 * k, side, side);
    HeatmapPainter.paint(gc, vp, slice.heatmap(), image, s);
    HeatmapPainter.paintColorBar(gc, vp, slice.heatmap(), s);
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    drawnCurrents.clear();
    drawnPaths.clear();
    // The followers first, the leader on top: every path on the same plane, in its optimizer's colour.
    for (int i = slice.paths().size() - 1; i >= 0; i--) {
      List<double[]> path = slice.paths().get(i);
      OptimizerKind kind = slice.kinds().get(i);
      Color c = OptimizerColors.forStyle(kind, s);
      gc.setStroke(s.halo());
      gc.setLineWidth(s.lineWidth() + 2 * k);
      strokePath(gc, vp, path);
      gc.setStroke(c);
      gc.setLineWidth(s.lineWidth());
      strokePath(gc, vp, path);
      List<Point2D> pixels = new ArrayList<>();
      for (double[] ab : path) {
        pixels.add(new Point2D(vp.toPixelX(ab[0]), vp.toPixelY(ab[1])));
      }
      drawnPaths.put(kind, pixels);
    }
    for (int i = slice.paths().size() - 1; i >= 0; i--) {
      List<double[]> path = slice.paths().get(i);
      if (path.isEmpty()) {
        continue;
      }
      OptimizerKind kind = slice.kinds().get(i);
      double[] last = path.get(path.size() - 1);
      Point2D now = new Point2D(vp.toPixelX(last[0]), vp.toPixelY(last[1]));
      drawnCurrents.put(kind, now);
      if (slice.paths().size() == 1) {
        MarkerPainter.dot(gc, now.getX(), now.getY(), OptimizerColors.forStyle(kind, s), true, s);
      } else if (Double.isFinite(now.getX()) && Double.isFinite(now.getY())) {
        MarkerShapes.current(gc, now.getX(), now.getY(), kind.style().marker(), OptimizerColors.forStyle(kind, s), s);
      }
    }
    List<double[]> path = slice.path();
    if (!path.isEmpty()) {
      double[] first = path.get(0);
      double[] last = path.get(path.size() - 1);
      drawnStart = new Point2D(vp.toPixelX(first[0]), vp.toPixelY(first[1]));
      drawnCurrent = new Point2D(vp.toPixelX(last[0]), vp.toPixelY(last[1]));
      // The ring on top: before training moves, start and now coincide and both stay visible; every
      // racer starts here.
      MarkerPainter.start(gc, drawnStart.getX(), drawnStart.getY(), s);
    }
    gc.restore();
    List<String> names = slice.objective().parameterNames();
    AxesPainter.paintFrame(gc, vp, s, names.get(0), names.get(1));
    if (Double.isFinite(slice.shareInPlane())) {
      gc.setFill(s.text());
      gc.setFont(s.smallFont());
      gc.setTextAlign(TextAlignment.LEFT);
      // Rounded down, so "100 %" only when the whole path lies in the plane (to rounding).
      String now = slice.paths().size() == 1 ? "dot: now" : "markers: now";
      String whose = slice.paths().size() == 1 ? "the path" : slice.kinds().get(0).label() + "'s path";
      gc.fillText("ring: start · " + now + " · " + (long) Math.floor(100 * slice.shareInPlane() + 1e-9)
          + " % of " + whose + " lies in this plane", vp.left(), h - 6 * k);
    }
  }

  private String title(NetModel.Slice slice) {
    if (slice == null) {
      return "Loss on a slice of weight space";
    }
    if (slice.mode() != model.sliceModeProperty().get() && slice.mode() == SliceMode.RANDOM) {
      return "Loss on a random slice (no path yet)";
    }
    if (slice.mode() == SliceMode.TRAJECTORY && slice.paths().size() > 1) {
      return "Loss on the plane through " + slice.kinds().get(0).label() + "'s path";
    }
    return switch (slice.mode()) {
      case TRAJECTORY -> "Loss on the plane through the training path";
      case RANDOM -> "Loss on a random filter-normalised slice";
      case CHOSEN -> "Loss against two chosen weights";
    };
  }

  /** Where the last redraw ringed the run's start, in the view's pixels (null if not drawn); for tests. */
  public Point2D drawnStart() {
    return drawnStart;
  }

  /** Where the last redraw put every racer's current weights, in the view's pixels; for tests. */
  public Map<OptimizerKind, Point2D> drawnCurrents() {
    return Map.copyOf(drawnCurrents);
  }

  /** The pixels of every racer's path points in the last redraw (start first); for tests. */
  public Map<OptimizerKind, List<Point2D>> drawnPaths() {
    return Map.copyOf(drawnPaths);
  }

  /** Where the last redraw put the leader's current weights, in the view's pixels (null if not drawn); for tests. */
  public Point2D drawnCurrent() {
    return drawnCurrent;
  }

  private static void strokePath(GraphicsContext gc, Viewport vp, List<double[]> path) {
    for (int i = 1; i < path.size(); i++) {
      double[] a = path.get(i - 1);
      double[] b = path.get(i);
      MarkerPainter.segment(gc, vp, vp.toPixelX(a[0]), vp.toPixelY(a[1]), vp.toPixelX(b[0]), vp.toPixelY(b[1]));
    }
  }
}
