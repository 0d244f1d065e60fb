package org.gradientlab.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.embed.swing.SwingFXUtils;
import org.gradientlab.ui.WorkspacePictures;

/**
 * The animation of the workspace on screen as a GIF — the lab's run step by step, a net's
 * training, the outer iterations — each frame with its legend and counter. Frames are drawn by
 * the workspace ({@link WorkspacePictures#animation}); their colours come from one palette taken
 * from the first, middle and last frames, dithered ({@link GifPalette}).
 */
public final class GifExport {

  /** At most this many frames by default; more steps are sampled evenly. */
  public static final int MAX_FRAMES = 120;

  /**
   * @param maxFrames at most this many frames (the steps between are sampled evenly)
   * @param fps frames per second
   * @param scale pixels per logical pixel
   */
  public record Options(int maxFrames, double fps, double scale) {
    public Options {
      if (maxFrames < 2 || maxFrames > 1000) {
        throw new IllegalArgumentException("frames must be between 2 and 1000, was " + maxFrames);
      }
      if (!(fps >= 1 && fps <= 50)) {
        throw new IllegalArgumentException("fps must be between 1 and 50, was " + fps);
      }
      if (!(scale >= 1 && scale <= 4)) {
        throw new IllegalArgumentException("scale must be between 1 and 4, was " + scale);
      }
    }

    public static final Options DEFAULT = new Options(MAX_FRAMES, 12.5, 1);

    int delayMillis() {
      return (int) Math.round(1000 / fps);
    }
  }

  private GifExport() {}

  /**
   * Writes the GIF, complete or not at all (a cancelled or killed export leaves the old file);
   * returns the number of frames. Call from a background thread.
   */
  public static int write(WorkspacePictures workspace, Path file, Options options, Progress progress)
      throws Exception {
    WorkspacePictures.Animation animation = Fx.call(() -> workspace.animation(options.scale(), options.maxFrames()));
    if (animation == null) {
      throw new IllegalStateException("nothing to animate in the " + Fx.call(workspace::pictureName)
          + ": " + Fx.call(workspace::noAnimationReason));
    }
    int[] frames = new int[1];
    OutputFiles.write(file, temp -> frames[0] = writeFrames(animation, temp, options, progress));
    return frames[0];
  }

  private static int writeFrames(WorkspacePictures.Animation animation, Path file, Options options,
      Progress progress) throws Exception {
    int n = animation.frameCount();
    // The palette from the frames that differ most: the first, the middle and the last.
    Map<Integer, BufferedImage> samples = new HashMap<>();
    List<int[]> pixels = new ArrayList<>();
    for (int i : new int[] {0, n / 2, n - 1}) {
      if (!samples.containsKey(i)) {
        BufferedImage frame = frame(animation, i, progress);
        samples.put(i, frame);
        pixels.add(frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth()));
      }
    }
    GifPalette palette = GifPalette.of(pixels, true);
    try (GifWriter gif = new GifWriter(file, options.delayMillis(), palette)) {
      for (int i = 0; i < n; i++) {
        BufferedImage frame = samples.containsKey(i) ? samples.remove(i) : frame(animation, i, progress);
        gif.add(frame);
        progress.update((i + 1.0) / n, "frame " + (i + 1) + " of " + n);
      }
      return gif.frames();
    }
  }

  private static BufferedImage frame(WorkspacePictures.Animation animation, int i, Progress progress)
      throws Exception {
    if (progress.cancelled()) {
      throw new CancellationException();
    }
    WorkspacePictures.Picture p = animation.frame(i);
    p.prepare(progress::cancelled);
    return SwingFXUtils.fromFXImage(Fx.call(p::paint), null);
  }
}
