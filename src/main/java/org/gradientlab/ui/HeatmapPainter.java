package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.gradientlab.format.Numbers;
import org.gradientlab.plot.ColorMap;
import org.gradientlab.plot.ContourSegment;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.plot.Viewport;

/**
 * Draws a {@link Heatmap}: the image placed where its box lies in a viewport, labelled contours,
 * and the colour bar. Shared by every view with a heat map: the landscape, a net's weight-space
 * slice, the outer landscape C(λ, η).
 */
final class HeatmapPainter {

  /** Viridis from the top (1) to the bottom (0), one pixel per entry: the bar is one image. */
  private static final WritableImage COLOR_BAR = colorBar();

  private HeatmapPainter() {}

  private static WritableImage colorBar() {
    WritableImage img = new WritableImage(1, 256);
    for (int i = 0; i < 256; i++) {
      img.getPixelWriter().setArgb(0, i, ColorMap.viridis(1 - i / 255.0));
    }
    return img;
  }

  static WritableImage toImage(Heatmap h) {
    return image(h.width(), h.height(), h.argb());
  }

  /** {@code width × height} ARGB pixels, row 0 at the top, as an image. */
  static WritableImage image(int width, int height, int[] argb) {
    WritableImage img = new WritableImage(width, height);
    img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    return img;
  }

  /** The image of {@code map} (which covers map.view()) placed into {@code vp}, with its contours. */
  static void paint(GraphicsContext gc, Viewport vp, Heatmap map, WritableImage image, PlotStyle s) {
    double x0 = vp.toPixelX(map.view().xMin());
    double x1 = vp.toPixelX(map.view().xMax());
    double y0 = vp.toPixelY(map.view().yMax());
    double y1 = vp.toPixelY(map.view().yMin());
    gc.save();
    clipToPlot(gc, vp);
    gc.setImageSmoothing(true);
    gc.drawImage(image, x0, y0, x1 - x0, y1 - y0);
    paintContours(gc, vp, map, s);
    gc.restore();
  }

  static void clipToPlot(GraphicsContext gc, Viewport vp) {
    gc.beginPath();
    gc.rect(vp.left(), vp.top(), vp.width(), vp.height());
    gc.clip();
  }

  static void paintContours(GraphicsContext gc, Viewport vp, Heatmap map, PlotStyle s) {
    gc.setStroke(Color.web("#ffffff", 0.33));
    gc.setLineWidth(1.0 * s.scale());
    gc.setLineCap(StrokeLineCap.ROUND);
    // One path for every segment: one canvas operation, not thousands.
    gc.beginPath();
    for (ContourSegment seg : map.contours()) {
      gc.moveTo(vp.toPixelX(seg.x0()), vp.toPixelY(seg.y0()));
      gc.lineTo(vp.toPixelX(seg.x1()), vp.toPixelY(seg.y1()));
    }
    gc.stroke();
    // One label per level where its contour passes well inside the plot, spread apart.
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    List<double[]> placed = new ArrayList<>();
    double margin = 28 * s.scale();
    double spacing = 70 * s.scale();
    for (double level : map.levels()) {
      List<ContourSegment> ofLevel = new ArrayList<>();
      for (ContourSegment seg : map.contours()) {
        if (Math.abs(seg.level() - level) <= 1e-9 * Math.max(1, Math.abs(level))) {
          ofLevel.add(seg);
        }
      }
      for (int i = ofLevel.size() / 3; i < ofLevel.size(); i += Math.max(1, ofLevel.size() / 7)) {
        ContourSegment seg = ofLevel.get(i);
        double px = vp.toPixelX(0.5 * (seg.x0() + seg.x1()));
        double py = vp.toPixelY(0.5 * (seg.y0() + seg.y1()));
        if (px < vp.left() + margin || px > vp.right() - margin
            || py < vp.top() + margin || py > vp.bottom() - margin || near(placed, px, py, spacing)) {
          continue;
        }
        String text = Numbers.compact(level);
        double tw = text.length() * 6.2 * s.scale() + 6 * s.scale();
        double th = 14 * s.scale();
        gc.setFill(Color.web("#000000", 0.45));
        gc.fillRoundRect(px - tw / 2, py - th / 2, tw, th, th, th);
        gc.setFill(Color.web("#ffffff", 0.92));
        gc.fillText(text, px, py);
        placed.add(new double[] {px, py});
        break;
      }
    }
  }

  private static boolean near(List<double[]> placed, double x, double y, double d) {
    for (double[] p : placed) {
      if (Math.hypot(p[0] - x, p[1] - y) < d) {
        return true;
      }
    }
    return false;
  }

  static void paintColorBar(GraphicsContext gc, Viewport vp, Heatmap map, PlotStyle s) {
    paintColorBar(gc, vp, map, s, "f");
  }

  /** The colour bar, headed by the name of the quantity it shows. */
  static void paintColorBar(GraphicsContext gc, Viewport vp, Heatmap map, PlotStyle s, String name) {
    double k = s.scale();
    double x = vp.right() + 14 * k;
    double w = 12 * k;
    double top = vp.top();
    double h = vp.height();
    gc.save();
    gc.setImageSmoothing(true);
    gc.drawImage(COLOR_BAR, x, top, w, h);
    gc.restore();
    gc.setStroke(s.axis());
    gc.setLineWidth(1);
    gc.strokeRect(x, top, w, h);
    gc.setFill(s.text());
    gc.setFont(s.smallFont());
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    double lastY = Double.NEGATIVE_INFINITY;
    List<Double> labels = new ArrayList<>();
    labels.add(map.scale().min());
    for (double l : map.levels()) {
      labels.add(l);
    }
    labels.add(map.scale().max());
    for (int i = labels.size() - 1; i >= 0; i--) {
      double v = labels.get(i);
      double py = top + h * (1 - map.scale().normalize(v));
      if (py - lastY < 16 * k) {
        continue;
      }
      gc.strokeLine(x + w, py, x + w + 4 * k, py);
      gc.fillText(Numbers.compact(round3(v)), x + w + 6 * k, py);
      lastY = py;
    }
    gc.save();
    gc.translate(x + w / 2, top - 2 * k);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText(map.scale().logarithmic() ? name + " (log)" : name, 0, 0);
    gc.restore();
  }

  static double round3(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double m = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * m) / m;
  }
}
