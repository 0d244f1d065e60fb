package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.gradientlab.net.SliceMode;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.NetModel;

/**
 * The net's loss on a 2-D slice of weight space through the weights where training stood when
 * the slice was taken, with the training path projected onto the slice's plane: the run's start
 * ringed, the current weights a filled dot. By default the plane is the one through the path itself
 * (start → now and the path's main deviation), so the picture shows how far training moved. The
 * heat map is the same picture as any other landscape's.
 */
public final class SliceView extends CanvasPlot {

  private final NetModel model;
  private WritableImage image;
  private Point2D drawnStart;
  private Point2D drawnCurrent;

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
    gc.fillText(title(slice) + (computing ? "  (computing…)" : ""), 48 * k, 20 * k);
    if (slice == null || image == null || w < 150 || h < 150) {
      return;
    }
    double side = Math.min(w - 150 * k, h - 80 * k);
    Viewport vp = new Viewport(slice.heatmap().view(), 56 * k, 30 * k, side, side);
    HeatmapPainter.paint(gc, vp, slice.heatmap(), image, s);
    HeatmapPainter.paintColorBar(gc, vp, slice.heatmap(), s);
    gc.save();
    HeatmapPainter.clipToPlot(gc, vp);
    List<double[]> path = slice.path();
    gc.setStroke(s.halo());
    gc.setLineWidth(s.lineWidth() + 2 * k);
    strokePath(gc, vp, path);
    gc.setStroke(OptimizerColors.forStyle(model.optimizerProperty().get(), s));
    gc.setLineWidth(s.lineWidth());
    strokePath(gc, vp, path);
    if (!path.isEmpty()) {
      double[] first = path.get(0);
      double[] last = path.get(path.size() - 1);
      drawnStart = new Point2D(vp.toPixelX(first[0]), vp.toPixelY(first[1]));
      drawnCurrent = new Point2D(vp.toPixelX(last[0]), vp.toPixelY(last[1]));
      MarkerPainter.dot(gc, drawnCurrent.getX(), drawnCurrent.getY(),
          OptimizerColors.forStyle(model.optimizerProperty().get(), s), true, s);
      // The ring on top: before training moves, start and now coincide and both stay visible.
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
      gc.fillText("ring: start · dot: now · " + (long) Math.floor(100 * slice.shareInPlane() + 1e-9)
          + " % of the path lies in this plane", vp.left(), h - 6 * k);
    }
  }

  private String title(NetModel.Slice slice) {
    if (slice == null) {
      return "Loss on a slice of weight space";
    }
    if (slice.mode() != model.sliceModeProperty().get() && slice.mode() == SliceMode.RANDOM) {
      return "Loss on a random slice (no path yet)";
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

  /** Where the last redraw put the current weights' dot, in the view's pixels (null if not drawn); for tests. */
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
