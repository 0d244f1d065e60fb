package org.gradientlab.ui;

import static org.gradientlab.testing.PixelDistance.distanceToNearest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.GradientDescentHd;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.viewmodel.LabModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab draws η_k beside the loss for an optimizer that adapts it: GD-HD on x² from 1 at
 * η₀ = 1.2, past GD's edge 2/L = 1, where it brings η back below the edge.
 */
@ExtendWith(ApplicationExtension.class)
class LearningRateChartTest {

  private final LandscapeCatalog catalog = LandscapeCatalog.standard();
  private final LabModel model = new LabModel(catalog, Runnable::run, Runnable::run);
  private LossChart chart;

  @Start
  void start(Stage stage) throws Exception {
    chart = new LossChart(model);
    stage.setScene(new javafx.scene.Scene(chart, 1200, 340));
    stage.show();
    model.apply(new SceneCodec(catalog).parse(String.join("\n", "landscape: parabola", "start: 1",
        "optimizers: GD, GD-HD", "eta: 1.2", "beta: 0.01", "steps: 60"), Scene.initial()));
  }

  @Test
  void gdHdsEtaIsDrawnInItsColourAndEndsWhereTheRunEnds() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> model.playback().showAll()).get();
    WaitForAsyncUtils.waitForFxEvents();
    var rates = chart.rateChart();
    assertThat(rates.isVisible()).isTrue();
    Trajectory hd = model.getResult().trajectories().stream()
        .filter(t -> t.optimizer().kind() == GradientDescentHd.KIND).findFirst().orElseThrow();
    MarkedLineChart.Curve s = ((MarkedLineChart) rates).curves().stream()
        .filter(x -> x.name().equals("GD-HD")).findFirst().orElseThrow();
    assertThat(s.xs()[s.size() - 1]).isEqualTo(hd.lastStep());
    assertThat(s.ys()[s.size() - 1]).isCloseTo(hd.learningRate(hd.lastStep()), within(1e-12));
    assertThat(chart.curveNames(rates)).containsExactly("GD-HD", "2/L");
    // The curve's first point, η₀ = 1.2, is painted in GD-HD's colour.
    NumberAxis x = (NumberAxis) rates.getXAxis();
    NumberAxis y = (NumberAxis) rates.getYAxis();
    Point2D plot = rates.lookup(".chart-plot-background").localToScene(0, 0);
    double px = plot.getX() + x.getDisplayPosition(1);
    double py = plot.getY() + y.getDisplayPosition(hd.learningRate(1));
    Color colour = OptimizerColors.forStyle(GradientDescentHd.KIND, PlotStyle.DARK);
    WritableImage img = snapshot();
    assertThat(distanceToNearest(img, px, py, colour, 3)).isLessThan(0.15);
    // Every 5th step of the run, where η_k is painted (each is a point of the decimated curve:
    // 60 steps are far fewer than the curve's 250 points).
    for (int k = 0; k <= hd.lastStep(); k += 5) {
      double qx = plot.getX() + x.getDisplayPosition(k);
      double qy = plot.getY() + y.getDisplayPosition(hd.learningRate(k));
      assertThat(distanceToNearest(img, qx, qy, colour, 2)).as("η_%d", k).isLessThan(0.15);
    }
    // GD's edge 2/L = 1 is the dashed grey line across the chart.
    Color grey = Color.web("#9aa3b2");
    double edgeY = plot.getY() + y.getDisplayPosition(1.0);
    int onEdge = 0;
    for (int k = 0; k <= 60; k += 2) {
      if (distanceToNearest(img, plot.getX() + x.getDisplayPosition(k), edgeY, grey, 1) < 0.15) {
        onEdge++;
      }
    }
    assertThat(onEdge).as("dashes along 2/L").isBetween(8, 28);
  }

  @Test
  void theChartIsHiddenWhileNoRacingOptimizerAdaptsItsLearningRate() throws Exception {
    robotInteract(() -> model.setRacing(GradientDescentHd.KIND, false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chart.rateChart().isVisible()).isFalse();
    assertThat(chart.rateChart().isManaged()).isFalse();
  }

  private static void robotInteract(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get();
  }

  private WritableImage snapshot() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> chart.getScene().snapshot(null)).get();
  }
}
