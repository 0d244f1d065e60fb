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
    WritableImage slide = render(lab, WorkspacePictures.Part.SLIDE, 1);
    assertThat(slide.getWidth()).isEqualTo(Slide.WIDTH);
    assertThat(slide.getHeight()).isEqualTo(Slide.HEIGHT);
    // The last legend line (Adam's dot, left-aligned under the others) is on the slide.
    Color adam = OptimizerColors.forStyle(org.gradientlab.optimizer.Adam.KIND, PlotStyle.DARK);
    assertThat(nearest(slide, 40, 80, (int) Slide.HEIGHT - 60, (int) Slide.HEIGHT - 1, adam))
        .isLessThan(0.1);
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
