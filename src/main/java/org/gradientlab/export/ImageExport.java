package org.gradientlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LandscapeView;

/**
 * Pictures of the lab for slides: the landscape, the charts, or the whole window at 1×, 2× or 4×.
 * Canvases are bitmaps, so the landscape is redrawn at the target size (its heat map rendered at
 * that resolution, off the FX thread) instead of being scaled up; the rest of the window is a
 * scaled snapshot, which JavaFX draws as vectors.
 */
public final class ImageExport {

  /** What to picture. */
  public enum Target {
    SLIDE,
    LANDSCAPE,
    CHARTS,
    WINDOW
  }

  private ImageExport() {}

  /** The landscape at {@code scale}; call from any thread but the FX thread (it waits for it). */
  public static WritableImage landscape(LabView lab, double scale, Progress progress) throws Exception {
    boolean twoD = Fx.call(() -> lab.landscapeView().isVisible());
    if (!twoD) {
      return Fx.call(() -> lab.curveView().paintExport(scale, lab.modelFrame()));
    }
    LandscapeView view = lab.landscapeView();
    LandscapeView.ExportJob job = Fx.call(() -> view.exportJob(scale));
    if (job == null) {
      throw new IllegalStateException("nothing to export yet: the lab has no result");
    }
    progress.update(0.1, "rendering the heat map at " + (int) scale + "×");
    Heatmap map = job.renderHeatmap(progress::cancelled);
    if (progress.cancelled()) {
      throw new CancellationException();
    }
    progress.update(0.8, "drawing");
    return Fx.call(() -> view.paintExport(job, map, job.frame()));
  }

  /** A node (charts, or the whole window) at {@code scale}, with the landscape inlaid sharply. */
  public static WritableImage node(Node node, LabView lab, double scale, Progress progress)
      throws Exception {
    WritableImage crisp = lab == null ? null : landscape(lab, scale, progress);
    return Fx.call(() -> {
      SnapshotParameters params = new SnapshotParameters();
      params.setTransform(Transform.scale(scale, scale));
      WritableImage image = node.snapshot(params, null);
      if (crisp != null) {
        Node landscape = lab.landscapeView().isVisible() ? lab.landscapeView() : lab.curveView();
        Bounds b = node.sceneToLocal(landscape.localToScene(landscape.getBoundsInLocal()));
        inlay(image, crisp, (int) Math.round(b.getMinX() * scale), (int) Math.round(b.getMinY() * scale));
      }
      return image;
    });
  }

  public static WritableImage render(Target target, Node window, LabView lab, double scale,
      Progress progress) throws Exception {
    return switch (target) {
      case SLIDE -> SlideExport.render(lab, null, scale, progress);
      case LANDSCAPE -> landscape(lab, scale, progress);
      case CHARTS -> node(lab.lossChart(), null, scale, progress);
      case WINDOW -> node(window, lab, scale, progress);
    };
  }

  private static void inlay(WritableImage into, WritableImage part, int x, int y) {
    PixelReader r = part.getPixelReader();
    PixelWriter w = into.getPixelWriter();
    int width = (int) Math.min(part.getWidth(), into.getWidth() - x);
    int height = (int) Math.min(part.getHeight(), into.getHeight() - y);
    if (width > 0 && height > 0 && x >= 0 && y >= 0) {
      w.setPixels(x, y, width, height, r, 0, 0);
    }
  }

  /** Writes {@code image} as PNG, complete or not at all (see {@link OutputFiles}). */
  public static void writePng(WritableImage image, Path file) throws Exception {
    java.awt.image.BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
    OutputFiles.write(file, temp -> {
      if (!ImageIO.write(pixels, "png", temp.toFile())) {
        throw new IOException("no PNG writer available");
      }
    });
  }
}
