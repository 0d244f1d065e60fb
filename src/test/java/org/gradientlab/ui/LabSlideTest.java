package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LandscapeImageModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Slides whose legend holds a sentence per optimizer saying how its run ended. */
@ExtendWith(ApplicationExtension.class)
class LabSlideTest {

  private final LabModel model = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);
  private LabView lab;
  private final LandscapeImageModel landscapeImage = new LandscapeImageModel(Runnable::run, Runnable::run);

  @Start
  void start(Stage stage) throws Exception {
    lab = new LabView(model, landscapeImage);
    stage.setScene(new javafx.scene.Scene(lab, 1400, 900));
    stage.setOnHidden(e -> landscapeImage.dispose());
    stage.show();
    // All seven on x² at η = 0.999: most sentences are long enough to take a line each.
    Scene race = new SceneCodec(LandscapeCatalog.standard()).parse(String.join("\n",
        "landscape: parabola", "eta: 0.999",
        "optimizers: GD, SGD, Momentum, Nesterov, Adagrad, RMSProp, Adam"), Scene.initial());
    model.apply(race);
  }

  @Test
  void longOutcomeLinesStillMakeASixteenByNineSlideWithEveryLineOnIt() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.getResult().trajectories()).hasSize(7);
    WritableImage slide = render(lab.pictures(), WorkspacePictures.Part.SLIDE, 1);
    assertThat(slide.getWidth()).isEqualTo(Slide.WIDTH);
    assertThat(slide.getHeight()).isEqualTo(Slide.HEIGHT);
    // The last legend line (Adam's dot, left-aligned under the others) is on the slide.
    Color adam = OptimizerColors.forStyle(org.gradientlab.optimizer.Adam.KIND, PlotStyle.DARK);
    assertThat(nearest(slide, 40, 80, (int) Slide.HEIGHT - 60, (int) Slide.HEIGHT - 1, adam))
        .isLessThan(0.1);
  }

  /** Rows of {@code img} in [y0, y1) that hold a pixel of {@code c} (within 0.05). */
  static int rowsWith(WritableImage img, int y0, int y1, Color c) {
    int rows = 0;
    for (int y = y0; y < y1; y++) {
      if (nearest(img, 0, (int) img.getWidth() - 1, y, y, c) < 0.05) {
        rows++;
      }
    }
    return rows;
  }

  @Test
  void theLandscapePictureCarriesATitleAndLegendUnlessAskedPlain() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage titled = render(lab.pictures(), WorkspacePictures.Part.MAIN_PLOT, 1);
    WritableImage plain = CompletableFuture.supplyAsync(() -> {
      try {
        WorkspacePictures.Picture p = WaitForAsyncUtils.asyncFx(() -> lab.pictures().picture(WorkspacePictures.Part.MAIN_PLOT,
            new WorkspacePictures.Options(1, null, true), null)).get();
        p.prepare(() -> false);
        return WaitForAsyncUtils.asyncFx(p::paint).get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
    assertThat(titled.getWidth()).isEqualTo(plain.getWidth());
    assertThat(titled.getHeight()).isGreaterThan(plain.getHeight() + 60); // a title above, a legend below
    // The title is text on the background above the plot; the legend has each optimizer's colour.
    assertThat(rowsWith(titled, 0, 30, PlotStyle.DARK.text())).isGreaterThan(3);
    Color adam = OptimizerColors.forStyle(org.gradientlab.optimizer.Adam.KIND, PlotStyle.DARK);
    int h = (int) titled.getHeight();
    assertThat(nearest(titled, 0, (int) titled.getWidth() - 1, h - (int) (titled.getHeight() - plain.getHeight()) / 2,
        h - 1, adam)).isLessThan(0.1);
  }

  @Test
  void everyGifFrameHasTheLegendAndACounterThatMovesWithTheStep() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WorkspacePictures.Animation a = WaitForAsyncUtils.asyncFx(() -> lab.pictures().animation(1, 120)).get();
    assertThat(a.frameCount()).isEqualTo(101); // 100 steps: one frame each, and the start
    WritableImage first = frame(a, 0);
    WritableImage last = frame(a, a.frameCount() - 1);
    assertThat(first.getWidth()).isEqualTo(last.getWidth());
    assertThat(first.getHeight()).isEqualTo(last.getHeight());
    Color adam = OptimizerColors.forStyle(org.gradientlab.optimizer.Adam.KIND, PlotStyle.DARK);
    int h = (int) first.getHeight();
    assertThat(nearest(first, 0, (int) first.getWidth() - 1, h - 80, h - 1, adam)).isLessThan(0.1);
    // The header differs between the frames: the counter ("step 0 of 100" → "step 100 of 100").
    boolean differs = false;
    for (int y = 0; y < 50 && !differs; y++) {
      for (int x = 0; x < first.getWidth() && !differs; x++) {
        differs = first.getPixelReader().getArgb(x, y) != last.getPixelReader().getArgb(x, y);
      }
    }
    assertThat(differs).isTrue();
  }

  private static WritableImage frame(WorkspacePictures.Animation a, int i) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        WorkspacePictures.Picture p = a.frame(i);
        p.prepare(() -> false);
        return WaitForAsyncUtils.asyncFx(p::paint).get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
  }

  /** What an export does: the picture captured on the FX thread, prepared off it, painted on it. */
  static WritableImage render(WorkspacePictures w, WorkspacePictures.Part part, double scale) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        WorkspacePictures.Picture p = org.testfx.util.WaitForAsyncUtils.asyncFx(
            () -> w.picture(part, WorkspacePictures.Options.at(scale), null)).get();
        p.prepare(() -> false);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(p::paint).get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
  }

  /** The smallest RGB distance to {@code c} in the box [x0, x1] × [y0, y1]. */
  static double nearest(WritableImage img, int x0, int x1, int y0, int y1, Color c) {
    PixelReader p = img.getPixelReader();
    double best = Double.POSITIVE_INFINITY;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        Color q = p.getColor(x, y);
        best = Math.min(best, Math.sqrt(Math.pow(q.getRed() - c.getRed(), 2)
            + Math.pow(q.getGreen() - c.getGreen(), 2) + Math.pow(q.getBlue() - c.getBlue(), 2)));
      }
    }
    return best;
  }
}
