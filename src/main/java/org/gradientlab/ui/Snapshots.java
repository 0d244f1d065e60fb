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
    WritableImage image = node.snapshot(params, null);
    Bounds origin = node.getBoundsInLocal();
    for (Node part : shown(node)) {
      WritableImage crisp = sharp.get(part);
      if (crisp == null && part instanceof CanvasPlot plot) {
        crisp = plot.paintImage(scale);
      }
      if (crisp != null) {
        Bounds b = node.sceneToLocal(part.localToScene(part.getBoundsInLocal()));
        inlay(image, crisp, (int) Math.round((b.getMinX() - origin.getMinX()) * scale),
            (int) Math.round((b.getMinY() - origin.getMinY()) * scale));
      }
    }
    return image;
  }

  /** The canvas plots (and the landscape) under {@code root} that are on screen now. */
  private static List<Node> shown(Node root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Node> out) {
    if (!n.isVisible() || n.getScene() == null) {
      return;
    }
    if (n instanceof CanvasPlot || n instanceof LandscapeView) {
      Bounds b = n.getLayoutBounds();
      if (b.getWidth() >= 1 && b.getHeight() >= 1) {
        out.add(n);
      }
      return;
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
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
