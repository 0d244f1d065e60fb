package org.gradientlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.gradientlab.ui.WorkspacePictures;

/**
 * Pictures of the workspace on screen for slides: its slide, main plot, charts or the whole
 * window, at 1×, 2× or 4×. What each looks like is the workspace's own ({@link WorkspacePictures});
 * here the heavy half runs off the FX thread, cancellable, and the result is written as PNG.
 */
public final class ImageExport {

  private ImageExport() {}

  /**
   * {@code part} of {@code workspace} (inside {@code window}); call from any thread but the FX
   * thread (it waits for it).
   */
  public static WritableImage render(WorkspacePictures workspace, WorkspacePictures.Part part,
      WorkspacePictures.Options options, Node window, Progress progress) throws Exception {
    WorkspacePictures.Picture picture = Fx.call(() -> {
      if (!workspace.offers(part)) {
        throw new IllegalArgumentException(workspace.whyNot(part));
      }
      return workspace.picture(part, options, window);
    });
    progress.update(0.1, "rendering at " + (int) options.scale() + "×");
    picture.prepare(progress::cancelled);
    if (progress.cancelled()) {
      throw new CancellationException();
    }
    progress.update(0.8, "drawing");
    return Fx.call(picture::paint);
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
