package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.NetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The net workspace's charts while a net blows up: a 2–32–32–32–32–32–1 ReLU net with N(0, 1)
 * weights trained by GD at η = 0.5 (lesson 10) has its loss past 1e100 and gradient norms of ∞
 * after four updates. The charts must keep to their place and say so in short numbers.
 */
@ExtendWith(ApplicationExtension.class)
class NetChartsTest {

  private static final String EXPLODING = String.join("\n", "workspace: nets", "dataset: moons",
      "layers: 32, 32, 32, 32, 32", "activation: relu", "init: naive", "optimizer: GD", "eta: 0.5",
      "batch: 200", "seed: 1", "steps: 4");

  private NetModel model;
  private NetCharts charts;
  private javafx.scene.layout.VBox curves;
  private HBox box;

  /**
   * Everything on the calling thread but the slice of weight space, which this test does not look
   * at (200² full-data losses of a 4 353-weight net would take it longer than the rest together).
   */
  private static Background withoutSlices() {
    Background calling = Background.callingThread();
    return new Background() {
      @Override
      public Worker worker(String name) {
        Worker w = calling.worker(name);
        return !name.equals("net-slice") ? w : new Worker() {
          @Override
          public void execute(Runnable task) {
            // dropped: no slice is drawn here
          }

          @Override
          public void close() {
            w.close();
          }
        };
      }

      @Override
      public java.util.concurrent.Executor publisher() {
        return calling.publisher();
      }
    };
  }

  @Start
  void start(Stage stage) throws Exception {
    model = new NetModel(withoutSlices());
    charts = new NetCharts(model);
    curves = charts.curves();
    box = new HBox(curves, charts.norms());
    stage.setScene(new javafx.scene.Scene(box, 900, 500));
    stage.show();
  }

  private NetScene exploding() throws Exception {
    return (NetScene) new WorkspaceSceneCodec(new SceneCodec(org.gradientlab.landscape.LandscapeCatalog.standard()))
        .parse(EXPLODING + "\n");
  }

  @Test
  void aLossPast1e100KeepsShortTickLabelsAndTheChartsInsideTheirWindow(FxRobot robot) throws Exception {
    NetScene scene = exploding();
    // The premise, from the run the checks compute: the loss is finite and past 1e100, a norm is ∞.
    TrainingSnapshot last = NetRun.of(scene).last();
    assertThat(last.loss()).isGreaterThan(1e100).isFinite();
    assertThat(last.layerGradientNorms()).contains(Double.POSITIVE_INFINITY);

    robot.interact(() -> model.apply(scene));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> box.layout());
    WaitForAsyncUtils.waitForFxEvents();

    LineChart<?, ?> loss = (LineChart<?, ?>) curves.getChildren().get(0);
    List<String> labels = tickLabels(loss.getYAxis());
    assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10));
    assertThat(labels).anySatisfy(l -> assertThat(l).contains("e"));
    // Nothing grew past the window: the curves and the bars share its 900 px.
    double right = charts.norms().getBoundsInParent().getMaxX();
    assertThat(right).isLessThanOrEqualTo(900.5);
    assertThat(loss.getWidth()).isLessThan(900);

    NumberAxis norms = (NumberAxis) charts.norms().getYAxis();
    assertThat(norms.getUpperBound()).isFinite();
    assertThat(norms.getTickMarks().size()).isLessThanOrEqualTo(NetCharts.NORM_TICKS + 2);
  }

  /**
   * Lesson 11's net (2–12–12–1 tanh, momentum on the moons) untrained has gradient norms near 0.4,
   * after 150 updates near 0.005: the axis must move its decades with the bars, even where its
   * number of ticks stays the same (it kept the first run's labels).
   */
  @Test
  void theNormAxisNamesTheDecadesOfTheRunOnScreenAfterAnotherRun(FxRobot robot) throws Exception {
    String net = String.join("\n", "workspace: nets", "dataset: moons", "layers: 12, 12", "activation: tanh",
        "init: xavier", "optimizer: Momentum", "eta: 0.1", "alpha: 0.9", "batch: 200", "seed: 1");
    WorkspaceSceneCodec codec = new WorkspaceSceneCodec(new SceneCodec(org.gradientlab.landscape.LandscapeCatalog.standard()));
    NetScene untrained = (NetScene) codec.parse(net + "\nsteps: 0\n");
    NetScene trained = (NetScene) codec.parse(net + "\nsteps: 150\n");
    robot.interact(() -> model.apply(untrained));
    robot.interact(() -> box.layout());
    robot.interact(() -> model.apply(trained));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> box.layout());
    WaitForAsyncUtils.waitForFxEvents();

    double[] norms = NetRun.of(trained).last().layerGradientNorms();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : norms) {
      lo = Math.min(lo, Math.log10(v));
      hi = Math.max(hi, Math.log10(v));
    }
    List<String> expected = new java.util.ArrayList<>();
    for (long k = (long) Math.floor(lo) - 1; k <= (long) Math.ceil(hi); k++) {
      expected.add("1e" + k);
    }
    assertThat(expected).contains("1e-3"); // the premise: norms of a few thousandths
    assertThat(tickLabels(charts.norms().getYAxis())).containsExactlyElementsOf(expected);
  }

  /** Past update 4 the weights overflow (diverged at update 5): the curves end, the bars stay. */
  @Test
  void aDivergedRunEndsItsCurvesAtItsLastNumbersAndKeepsTheirBars(FxRobot robot) throws Exception {
    NetScene scene = (NetScene) new WorkspaceSceneCodec(new SceneCodec(
        org.gradientlab.landscape.LandscapeCatalog.standard())).parse(EXPLODING.replace("steps: 4", "steps: 6") + "\n");
    NetRun run = NetRun.of(scene);
    assertThat(run.divergedAt()).isEqualTo(5);
    robot.interact(() -> model.apply(scene));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> box.layout());

    LineChart<?, ?> loss = (LineChart<?, ?>) curves.getChildren().get(0);
    List<? extends XYChart.Data<?, ?>> points = loss.getData().get(0).getData();
    assertThat(points.get(points.size() - 1).getXValue()).isEqualTo(4L);
    assertThat(points).allSatisfy(p -> assertThat(((Number) p.getYValue()).doubleValue()).isPositive());
    // The bars are update 4's norms, one of them overflowed (∞): the axis reaches 1e308.
    assertThat(run.at(4).layerGradientNorms()).contains(Double.POSITIVE_INFINITY);
    assertThat(tickLabels(charts.norms().getYAxis())).last().asString().startsWith("1e30");
  }

  @Test
  void anOverflowedNormStandsAtTheTopOfTheDoubles() {
    assertThat(NetCharts.logNorm(Double.POSITIVE_INFINITY)).isEqualTo(Math.log10(Double.MAX_VALUE));
    assertThat(NetCharts.logNorm(Double.NaN)).isEqualTo(Math.log10(Double.MAX_VALUE));
    assertThat(NetCharts.logNorm(0)).isEqualTo(-16);
    assertThat(NetCharts.logNorm(1e-3)).isEqualTo(-3, org.assertj.core.api.Assertions.within(1e-12));
  }

  private static List<String> tickLabels(Axis<?> axis) {
    return axis.getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
        .map(n -> ((javafx.scene.text.Text) n).getText())
        .toList();
  }
}
