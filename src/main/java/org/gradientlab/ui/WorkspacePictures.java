package org.gradientlab.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;

/**
 * The pictures a workspace offers: a lecture slide, its main plot, its charts, the whole window,
 * and the frames of an animation. The Export menu, the command line and the GIF writer know a
 * workspace only through this, so they serve whichever is on screen, and a new workspace brings
 * its own pictures.
 *
 * <p>Every method is called on the FX thread and captures what the picture needs; the heavy part
 * (a heat map at 4×, a decision picture per frame) then runs in {@link Picture#prepare} on the
 * exporting thread, and {@link Picture#paint} draws on the FX thread again. Canvases are drawn at
 * the target resolution, never scaled up.
 */
public interface WorkspacePictures {

  /** What to picture. */
  enum Part {
    /** 1600 × 900 logical pixels: title, the parameters that matter, the plots, a legend. */
    SLIDE,
    /** The workspace's main plot (the lab's landscape), with a title and legend unless plain. */
    MAIN_PLOT,
    /** The workspace's charts. */
    CHARTS,
    /** The whole window, with this workspace in it. */
    WINDOW,
    /** The lab's 2-D landscape as a 3-D surface with the paths, from the view's angle. */
    SURFACE
  }

  /** Whether this workspace can picture {@code part} now (the lab's 3-D surface needs a 2-D landscape). */
  default boolean offers(Part part) {
    return part != Part.SURFACE;
  }

  /** Why {@link #offers} says no to {@code part}: a sentence for the user. */
  default String whyNot(Part part) {
    return part == Part.SURFACE
        ? "the " + pictureName() + " has no 3-D surface: that is the optimizer lab's view of a 2-D landscape"
        : "the " + pictureName() + " has no picture of that kind";
  }

  /**
   * @param scale 1, 2 or 4: pixels per logical pixel
   * @param title the slide's title (a lesson step's); null for the workspace's own
   * @param plain the main plot without its title and legend
   */
  record Options(double scale, String title, boolean plain) {
    public Options {
      if (!(scale > 0 && scale <= 8)) {
        throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
      }
    }

    public static Options at(double scale) {
      return new Options(scale, null, false);
    }
  }

  /** The workspace's name in messages: "optimizer lab", "neural-net workspace", … */
  String pictureName();

  /** What the Export menu calls {@code part} in this workspace, in words ("Landscape only"). */
  String label(Part part);

  /**
   * What a picture of {@code part} needs, captured now; {@code window} is the node the whole-window
   * picture shows (it contains this workspace).
   */
  Picture picture(Part part, Options options, Node window);

  /**
   * The workspace's animation — the lab's run step by step, a net's training, the outer
   * iterations — in at most {@code maxFrames} frames; null when there is nothing to animate yet,
   * with the reason in {@link #noAnimationReason}.
   */
  Animation animation(double scale, int maxFrames);

  /** Why {@link #animation} has nothing to show now ("run some outer iterations first"). */
  String noAnimationReason();

  /** A picture in two halves: heavy work off the FX thread, then drawing on it. */
  interface Picture {
    /** Work that may take long; runs on the calling thread (not the FX thread). */
    default void prepare(BooleanSupplier cancelled) {}

    /** Draws the picture (FX thread). */
    WritableImage paint();
  }

  /**
   * Frames of one size, each with a legend and a counter ("step 40 of 200"). {@link #frame} may be
   * called from any thread: the animation holds copies of everything it draws.
   */
  interface Animation {
    int frameCount();

    Picture frame(int index);
  }
}
