package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Pictures of parts of the scene graph at 1×, 2× or 4×. A scaled snapshot draws controls, text and
 * charts as vectors, but a canvas as the bitmap it is — blurred when scaled — so every canvas plot
 * shown is drawn again at the target resolution and laid over its place (FX thread).
 */
final class Snapshots {

  private Snapshots() {}

  /** {@code node} at {@code scale}, its canvas plots redrawn sharply; {@code sharp}: plots drawn already. */
  static WritableImage of(Node node, double scale, Color fill, Map<Node, WritableImage> sharp) {
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(fill);
    List<Node> parts = shown(node, sharp);
    // The charts' curves lie over the grid on a transparent canvas: hidden for the snapshot (else
    // its blown-up bitmap would blur around the sharp curves) and laid over it drawn anew.
    List<Node> hidden = new ArrayList<>();
    for (Node part : parts) {
      if (part instanceof MarkedLineChart.PlotCanvas) {
        part.setVisible(false);
        hidden.add(part);
      }
    }
    WritableImage image;
    try {
      image = node.snapshot(params, null);
    } finally {
      hidden.forEach(n -> n.setVisible(true));
    }
    Bounds origin = node.getBoundsInLocal();
    for (Node part : parts) {
      WritableImage crisp = sharp.get(part);
      boolean over = false;
      if (crisp == null && part instanceof CanvasPlot plot) {
        crisp = plot.paintImage(scale);
      } else if (crisp == null && part instanceof MarkedLineChart.PlotCanvas curves) {
        crisp = curves.paintImage(scale);
        over = true;
      }
      if (crisp != null) {
        Bounds b = node.sceneToLocal(part.localToScene(part.getBoundsInLocal()));
        int x = (int) Math.round((b.getMinX() - origin.getMinX()) * scale);
        int y = (int) Math.round((b.getMinY() - origin.getMinY()) * scale);
        if (over) {
          blend(image, crisp, x, y);
        } else {
          inlay(image, crisp, x, y);
        }
      }
    }
    return image;
  }

  /** The canvas plots (and the landscape, and the nodes drawn already) under {@code root} that are on screen now. */
  private static List<Node> shown(Node root, Map<Node, WritableImage> sharp) {
    List<Node> out = new ArrayList<>();
    collect(root, out, sharp);
    return out;
  }

  private static void collect(Node n, List<Node> out, Map<Node, WritableImage> sharp) {
    if (!n.isVisible() || n.getScene() == null) {
      return;
    }
    if (n instanceof CanvasPlot || n instanceof LandscapeView || n instanceof MarkedLineChart.PlotCanvas
        || sharp.containsKey(n)) {
      Bounds b = n.getLayoutBounds();
      if (b.getWidth() >= 1 && b.getHeight() >= 1) {
        out.add(n);
      }
      return;
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out, sharp);
      }
    }
  }

  /** Images side by side, top-aligned, {@code gap} logical pixels apart. */
  static WritableImage sideBySide(List<WritableImage> parts, double gap, double scale, Color fill) {
    int width = 0;
    int height = 0;
    for (WritableImage p : parts) {
      width += (int) p.getWidth();
      height = Math.max(height, (int) p.getHeight());
    }
    int g = (int) Math.round(gap * scale);
    width += g * Math.max(0, parts.size() - 1);
    WritableImage out = new WritableImage(Math.max(1, width), Math.max(1, height));
    PixelWriter w = out.getPixelWriter();
    int[] row = new int[Math.max(1, width)];
    java.util.Arrays.fill(row, argb(fill));
    for (int y = 0; y < height; y++) {
      w.setPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
    }
    int x = 0;
    for (WritableImage p : parts) {
      inlay(out, p, x, 0);
      x += (int) p.getWidth() + g;
    }
    return out;
  }

  static int argb(Color c) {
    return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
  }

  /** Lays {@code part} over {@code into} at (x, y) by its alpha ("source over"). */
  static void blend(WritableImage into, WritableImage part, int x, int y) {
    PixelReader r = part.getPixelReader();
    PixelReader under = into.getPixelReader();
    PixelWriter w = into.getPixelWriter();
    int x0 = Math.max(0, x);
    int y0 = Math.max(0, y);
    int x1 = (int) Math.min(into.getWidth(), x + part.getWidth());
    int y1 = (int) Math.min(into.getHeight(), y + part.getHeight());
    for (int py = y0; py < y1; py++) {
      for (int px = x0; px < x1; px++) {
        int s = r.getArgb(px - x, py - y);
        int a = s >>> 24;
        if (a == 0) {
          continue;
        }
        int d = under.getArgb(px, py);
        if (a == 255) {
          w.setArgb(px, py, s);
          continue;
        }
        double f = a / 255.0;
        int da = d >>> 24;
        int oa = (int) Math.round(a + da * (1 - f));
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          double sc = (s >> shift) & 0xff;
          double dc = (d >> shift) & 0xff;
          double out = oa == 0 ? 0 : (sc * a + dc * da * (1 - f)) / oa;
          rgb |= (int) Math.round(out) << shift;
        }
        w.setArgb(px, py, oa << 24 | rgb);
      }
    }
  }

  static void inlay(WritableImage into, WritableImage part, int x, int y) {
    PixelReader r = part.getPixelReader();
    PixelWriter w = into.getPixelWriter();
    int width = (int) Math.min(part.getWidth(), into.getWidth() - x);
    int height = (int) Math.min(part.getHeight(), into.getHeight() - y);
    if (width > 0 && height > 0 && x >= 0 && y >= 0) {
      w.setPixels(x, y, width, height, r, 0, 0);
    }
  }
}
