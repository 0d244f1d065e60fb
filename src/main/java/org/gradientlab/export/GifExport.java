package org.gradientlab.export;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LandscapeView;

/**
 * The current run as an animated GIF: the landscape with the iterates appearing step by step, one
 * frame per shown step (every step when there are few, evenly spaced ones when there are many).
 */
public final class GifExport {

  /** At most this many frames; more steps are sampled evenly. */
  public static final int MAX_FRAMES = 120;

  private GifExport() {}

  /** The steps a run of {@code lastStep} steps is shown at: 0, …, lastStep. */
  public static int[] frameSteps(int lastStep) {
    int n = Math.min(lastStep + 1, MAX_FRAMES);
    int[] steps = new int[n];
    for (int i = 0; i < n; i++) {
      steps[i] = n == 1 ? 0 : (int) Math.round((double) i * lastStep / (n - 1));
    }
    return steps;
  }

  /**
   * Writes the GIF, complete or not at all (a cancelled or killed export leaves the old file); returns
   * the number of frames. Call from a background thread.
   */
  public static int write(LabView lab, Path file, double scale, int delayMillis, Progress progress)
      throws Exception {
    int[] frames = new int[1];
    OutputFiles.write(file, temp -> frames[0] = writeFrames(lab, temp, scale, delayMillis, progress));
    return frames[0];
  }

  private static int writeFrames(LabView lab, Path file, double scale, int delayMillis,
      Progress progress) throws Exception {
    int last = Fx.call(lab::lastStep);
    int[] steps = frameSteps(last);
    boolean twoD = Fx.call(() -> lab.landscapeView().isVisible());
    LandscapeView.ExportJob job = twoD ? Fx.call(() -> lab.landscapeView().exportJob(scale)) : null;
    Heatmap map = job == null ? null : job.renderHeatmap(progress::cancelled);
    try (GifWriter gif = new GifWriter(file, delayMillis)) {
      for (int i = 0; i < steps.length; i++) {
        if (progress.cancelled()) {
          throw new CancellationException();
        }
        int step = steps[i];
        WritableImage frame = twoD
            ? Fx.call(() -> lab.landscapeView().paintExport(job, map, step))
            : Fx.call(() -> lab.curveView().paintExport(scale, step));
        gif.add(SwingFXUtils.fromFXImage(frame, null));
        progress.update((i + 1.0) / steps.length, "frame " + (i + 1) + " of " + steps.length);
      }
      return gif.frames();
    }
  }
}
