package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.export.GifExport;
import org.gradientlab.export.ImageExport;
import org.gradientlab.export.Progress;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.ui.DecisionView;
import org.gradientlab.ui.HyperCurveView;
import org.gradientlab.ui.WorkspacePictures;
import org.gradientlab.ui.WorkspacePictures.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exports from the Neural nets and Hypergradients workspaces picture that workspace (issue 15: they
 * used to save the Optimizer lab's x² slide whichever workspace was on screen).
 */
@ExtendWith(ApplicationExtension.class)
class WorkspacePicturesWindowTest {

  private final WorkspaceSceneCodec codec = new WorkspaceSceneCodec(new SceneCodec(LandscapeCatalog.standard()));
  private LabWindowFixture lab;

  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  private WorkspacePictures show(String scene, Workspace w) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      try {
        lab.window.workspaces().show(codec.parse(scene));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(() -> lab.window.workspaces().isIdle(w)).get());
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.asyncFx(lab.window::pictures).get();
  }

  private WritableImage picture(WorkspacePictures w, Part part, double scale) throws Exception {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return ImageExport.render(w, part, WorkspacePictures.Options.at(scale), lab.window, Progress.NONE);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
  }

  private static List<String> labels(WorkspacePictures w) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> {
      ChoiceBox<Part> choice = ExportActions.partChoice(w);
      List<String> out = new ArrayList<>();
      for (Part p : choice.getItems()) {
        out.add(choice.getConverter().toString(p));
      }
      return out;
    }).get();
  }

  /** How many pixels in the box [x0, x1) × [y0, y1) are within 0.06 per channel of {@code c}. */
  static int count(WritableImage img, int x0, int x1, int y0, int y1, Color c) {
    PixelReader r = img.getPixelReader();
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        Color p = r.getColor(x, y);
        if (Math.abs(p.getRed() - c.getRed()) < 0.06 && Math.abs(p.getGreen() - c.getGreen()) < 0.06
            && Math.abs(p.getBlue() - c.getBlue()) < 0.06) {
          n++;
        }
      }
    }
    return n;
  }

  /** Pixels of {@code c}'s hue (within 12°), saturated: the class colours, however shaded. */
  static int hueCount(WritableImage img, int x0, int x1, int y0, int y1, Color c) {
    PixelReader r = img.getPixelReader();
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        Color p = r.getColor(x, y);
        double d = Math.abs(p.getHue() - c.getHue());
        if (Math.min(d, 360 - d) < 12 && p.getSaturation() > 0.5 && p.getBrightness() > 0.3) {
          n++;
        }
      }
    }
    return n;
  }

  private static double brightness(WritableImage img, int x, int y) {
    return img.getPixelReader().getColor(x, y).getBrightness();
  }

  @Test
  void theLabsExportMenuSpeaksInWordsAndEachWorkspaceNamesItsOwnPlot() throws Exception {
    WorkspacePictures labPictures = WaitForAsyncUtils.asyncFx(lab.window::pictures).get();
    // x², one-dimensional: no surface to offer.
    assertThat(labels(labPictures)).containsExactly("Slide", "Landscape only", "Charts", "Whole window");
    assertThat(labels(show("landscape: himmelblau", Workspace.LAB))).containsExactly("Slide", "Landscape only",
        "Charts", "Whole window", "3-D surface");
    WorkspacePictures nets = show("workspace: nets\ndataset: xor\nsteps: 20", Workspace.NETS);
    assertThat(labels(nets)).first().isEqualTo("Slide");
    assertThat(labels(nets)).noneMatch(l -> l.contains("3-D"));
    assertThat(labels(nets).get(1)).contains("decision boundary");
    WorkspacePictures hyper = show("workspace: hyper\nproblem: sine\nmethod: hoag\niterations: 2", Workspace.HYPER);
    assertThat(labels(hyper).get(1)).contains("C(λ)");
    assertThat(labels(hyper)).noneMatch(l -> l.equals(l.toUpperCase()));
  }

  @Test
  void theSurfacePictureIsTheFlatSurfaceOnScreenPixelForPixelAndExistsWhileHiddenToo() throws Exception {
    WorkspacePictures labPictures = show(String.join("\n", "landscape: himmelblau", "optimizers: GD, Adam",
        "eta: 0.01, Adam=0.1", "steps: 100", "panels: surface"), Workspace.LAB);
    org.gradientlab.ui.SurfaceView surface = lab.window.lab().surfaceView();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
      // The map's final heat map (after its coarse first picture), and the flat picture drawn of it.
      var picture = surface.model().flatPictureProperty().get();
      return surface.shownSurface() != null
          && surface.shownSurface().heatmap() == lab.window.lab().landscapeView().heatmapProperty().get()
          && picture != null && picture.request().surface() == surface.shownSurface();
    }).get());
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.image.Image onScreen = WaitForAsyncUtils.asyncFx(
        () -> ((javafx.scene.image.ImageView) surface.lookup("#surface-flat")).getImage()).get();
    WritableImage exported = CompletableFuture.supplyAsync(() -> {
      try {
        return ImageExport.render(labPictures, Part.SURFACE, new WorkspacePictures.Options(1, null, true),
            lab.window, Progress.NONE);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
    assertThat(exported.getWidth()).isEqualTo(onScreen.getWidth());
    assertThat(exported.getHeight()).isEqualTo(onScreen.getHeight());
    int differing = 0;
    for (int y = 0; y < (int) exported.getHeight(); y++) {
      for (int x = 0; x < (int) exported.getWidth(); x++) {
        if (exported.getPixelReader().getArgb(x, y) != onScreen.getPixelReader().getArgb(x, y)) {
          differing++;
        }
      }
    }
    assertThat(differing).isZero();
    // Adam's path is in it; with a title and legend the picture is taller.
    assertThat(count(exported, 0, (int) exported.getWidth(), 0, (int) exported.getHeight(),
        org.gradientlab.ui.OptimizerColors.of(org.gradientlab.optimizer.Adam.KIND))).isGreaterThan(20);
    assertThat(picture(labPictures, Part.SURFACE, 1).getHeight()).isGreaterThan(exported.getHeight());
    // Hidden, the surface is computed for the export all the same.
    WaitForAsyncUtils.asyncFx(() -> lab.model.setPanelVisible(org.gradientlab.scene.Panel.SURFACE, false)).get();
    WritableImage hidden = picture(labPictures, Part.SURFACE, 1);
    assertThat(count(hidden, 0, (int) hidden.getWidth(), 0, (int) hidden.getHeight(),
        org.gradientlab.ui.OptimizerColors.of(org.gradientlab.optimizer.Adam.KIND))).isGreaterThan(20);
  }

  @Test
  void aNetSlideShowsTheDecisionBoundaryOverBothClassesAtEveryScaleAndInBothThemes() throws Exception {
    WorkspacePictures nets = show("workspace: nets\ndataset: xor\nlayers: 8\nsteps: 200", Workspace.NETS);
    assertThat(nets.pictureName()).contains("net");
    WritableImage slide = picture(nets, Part.SLIDE, 1);
    assertThat(slide.getWidth()).isEqualTo(1600);
    assertThat(slide.getHeight()).isEqualTo(900);
    // The decision picture takes the left third: both class colours fill much of it (the lab's
    // slide of x² has neither).
    int third = 530;
    assertThat(hueCount(slide, 0, third, 150, 850, DecisionView.CLASS_0)).isGreaterThan(20_000);
    assertThat(hueCount(slide, 0, third, 150, 850, DecisionView.CLASS_1)).isGreaterThan(20_000);
    assertThat(hueCount(slide, third, 1600, 150, 850, DecisionView.CLASS_1)).isLessThan(5_000);
    assertThat(brightness(slide, 4, 4)).isLessThan(0.3);

    WritableImage sharp = picture(nets, Part.SLIDE, 2);
    assertThat(sharp.getWidth()).isEqualTo(3200);
    assertThat(sharp.getHeight()).isEqualTo(1800);

    WaitForAsyncUtils.asyncFx(() -> lab.window.display().lightProperty().set(true)).get();
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage light = picture(nets, Part.SLIDE, 1);
    assertThat(brightness(light, 4, 4)).isGreaterThan(0.9);

    WritableImage plot = picture(nets, Part.MAIN_PLOT, 1);
    WritableImage charts = picture(nets, Part.CHARTS, 1);
    assertThat(plot.getWidth()).isGreaterThan(200);
    assertThat(charts.getWidth()).isGreaterThan(200);
    WritableImage window = picture(nets, Part.WINDOW, 1);
    assertThat(window.getWidth()).isEqualTo(Math.round(lab.window.getWidth()));
  }

  @Test
  void aHypergradientSlideShowsTheOuterIteratesOnTheCurveAndThePhaseJustTaken() throws Exception {
    WorkspacePictures hyper = show("workspace: hyper\nproblem: sine\nmethod: hoag\niterations: 5", Workspace.HYPER);
    WritableImage slide = picture(hyper, Part.SLIDE, 1);
    assertThat(slide.getWidth()).isEqualTo(1600);
    assertThat(slide.getHeight()).isEqualTo(900);
    // C(λ) on the left carries the orange iterates; the phase panel on the right is text only.
    assertThat(count(slide, 0, 1000, 200, 880, HyperCurveView.ITERATES)).isGreaterThan(50);
    assertThat(count(slide, 1020, 1600, 200, 880, HyperCurveView.ITERATES)).isZero();
    WritableImage x4 = picture(hyper, Part.SLIDE, 4);
    assertThat(x4.getWidth()).isEqualTo(6400);
    // The plot alone at 2× has its title and counter above it: wider than tall, and no bigger than
    // the window allows.
    WritableImage plot = picture(hyper, Part.MAIN_PLOT, 2);
    assertThat(count(plot, 0, (int) plot.getWidth(), 0, (int) plot.getHeight(), HyperCurveView.ITERATES))
        .isGreaterThan(50);
  }

  @Test
  void theLabsChartsPictureShowsEveryRacingOptimizersCurvesAtEachScale() throws Exception {
    WorkspacePictures labPictures = show(String.join("\n", "landscape: rosenbrock", "eta: 0.0015",
        "steps: 1000", "optimizers: GD, Adam"), Workspace.LAB);
    // The curves are painted on canvases over the charts' plot areas, and drawn again for the
    // picture: each optimizer's colour is on it, about four times as many pixels at 2×.
    for (org.gradientlab.optimizer.OptimizerKind k : List.of(org.gradientlab.optimizer.GradientDescent.KIND,
        org.gradientlab.optimizer.Adam.KIND)) {
      Color c = org.gradientlab.ui.OptimizerColors.forStyle(k, org.gradientlab.ui.PlotStyle.DARK);
      WritableImage one = picture(labPictures, Part.CHARTS, 1);
      WritableImage two = picture(labPictures, Part.CHARTS, 2);
      int n1 = count(one, 0, (int) one.getWidth(), 0, (int) one.getHeight(), c);
      int n2 = count(two, 0, (int) two.getWidth(), 0, (int) two.getHeight(), c);
      assertThat(n1).as("%s at 1x", k.label()).isGreaterThan(300);
      assertThat((double) n2).as("%s at 2x", k.label()).isBetween(2.5 * n1, 6.0 * n1);
      WritableImage window = picture(labPictures, Part.WINDOW, 1);
      javafx.geometry.Bounds charts = WaitForAsyncUtils.asyncFx(() -> {
        javafx.scene.Node n = lab.window.lab().lossChart();
        return n.localToScene(n.getBoundsInLocal());
      }).get();
      assertThat(count(window, (int) charts.getMinX(), (int) charts.getMaxX(), (int) charts.getMinY(),
          (int) charts.getMaxY(), c)).as("%s on the window's charts", k.label()).isGreaterThan(300);
    }
  }

  @Test
  void theHypergradientChartsAreTheTabOnScreen() throws Exception {
    WorkspacePictures hyper = show("workspace: hyper\nproblem: sine\nmethod: hoag\niterations: 2", Workspace.HYPER);
    WritableImage outer = picture(hyper, Part.CHARTS, 1);
    javafx.scene.control.TabPane tabs = WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.control.TabPane t = (javafx.scene.control.TabPane) lab.window.lookup("#hyper-tabs");
      t.getSelectionModel().select(2); // Bayesian optimisation · every method
      return t;
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(labels(hyper).get(2)).contains("Bayesian");
    WritableImage bayes = picture(hyper, Part.CHARTS, 2);
    javafx.scene.Node panel = tabs.getTabs().get(2).getContent();
    assertThat(bayes.getWidth()).isEqualTo(Math.round(2 * panel.getLayoutBounds().getWidth()), within(2.0));
    assertThat(bayes.getHeight()).isEqualTo(Math.round(2 * panel.getLayoutBounds().getHeight()), within(2.0));
    assertThat(outer.getWidth() == bayes.getWidth() / 2 && outer.getHeight() == bayes.getHeight() / 2).isFalse();
  }

  @Test
  void netTrainingAndOuterIterationsBecomeGifsWithTheFramesAskedForUnderTwoMegabytes() throws Exception {
    WorkspacePictures nets = show("workspace: nets\ndataset: spirals\nlayers: 12, 12\noptimizer: Adam\nsteps: 300",
        Workspace.NETS);
    Path gif = dir.resolve("nets.gif");
    int frames = CompletableFuture.supplyAsync(() -> {
      try {
        return GifExport.write(nets, gif, GifExport.Options.DEFAULT, Progress.NONE);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(120, TimeUnit.SECONDS);
    assertThat(frames).isEqualTo(120);
    assertThat(CommandLineTest.gifFrames(gif)).isEqualTo(120);
    assertThat(Files.size(gif)).isLessThan(2_000_000);

    WorkspacePictures hyper = show("workspace: hyper\nproblem: sine\nmethod: hoag\niterations: 6", Workspace.HYPER);
    Path outer = dir.resolve("hyper.gif");
    int n = CompletableFuture.supplyAsync(() -> {
      try {
        return GifExport.write(hyper, outer, new GifExport.Options(30, 5, 1), Progress.NONE);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).get(60, TimeUnit.SECONDS);
    // One frame before the first iteration and one per outer iteration.
    assertThat(n).isEqualTo(7);

    // Cancelled: an exception, and no file left behind.
    Path cancelled = dir.resolve("cancelled.gif");
    Progress cancel = new Progress() {
      @Override
      public void update(double fraction, String message) {}

      @Override
      public boolean cancelled() {
        return true;
      }
    };
    assertThatThrownBy(() -> CompletableFuture.supplyAsync(() -> {
      try {
        return GifExport.write(hyper, cancelled, GifExport.Options.DEFAULT, cancel);
      } catch (Exception e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }).get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CancellationException.class);
    assertThat(cancelled).doesNotExist();
  }
}
