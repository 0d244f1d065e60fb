package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradientlab.testing.PixelDistance.distanceToNearest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Point2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The loss chart of the README's race: six optimizers on Rosenbrock at η = 0.0015, where Nesterov
 * is past its edge and flies off to ~1e70 within six steps while Momentum converges to machine
 * precision. Expectations come from the trajectories themselves, never from the chart: the curves
 * are painted on a canvas over each chart's plot area, so the tests look at its pixels, at the
 * axes' display positions of the runs' own values.
 */
@ExtendWith(ApplicationExtension.class)
class LossChartTest {

  private static final String RACE = String.join("\n", "landscape: rosenbrock", "eta: 0.0015",
      "steps: 3000", "optimizers: GD, Momentum, Nesterov, Adagrad, RMSProp, Adam");

  private final LandscapeCatalog catalog = LandscapeCatalog.standard();
  private final LabModel model = new LabModel(catalog, Runnable::run, Runnable::run);
  private LossChart chart;

  @Start
  void start(Stage stage) throws Exception {
    chart = new LossChart(model);
    stage.setScene(new javafx.scene.Scene(chart, 1000, 340));
    stage.show();
    Scene race = new SceneCodec(catalog).parse(RACE, Scene.initial());
    model.apply(race);
  }

  private SceneResult result() {
    return model.getResult();
  }

  private Trajectory run(OptimizerKind kind) {
    return result().trajectories().stream().filter(t -> t.optimizer().kind().equals(kind)).findFirst()
        .orElseThrow();
  }

  private static double best(SceneResult r) {
    return LossChart.bestKnownValue(r.objective());
  }

  private MarkedLineChart values() {
    return (MarkedLineChart) chart.valueChart();
  }

  private MarkedLineChart gradients() {
    return (MarkedLineChart) chart.gradientChart();
  }

  /** The scene point of data point (x, y) on {@code c}: where the axes put it. */
  private static Point2D at(MarkedLineChart c, double x, double y) {
    NumberAxis ax = (NumberAxis) c.getXAxis();
    NumberAxis ay = (NumberAxis) c.getYAxis();
    return c.plotCanvas().localToScene(ax.getDisplayPosition(x), ay.getDisplayPosition(y));
  }

  /** The first step at which Nesterov's f − f* is above the value chart's top, in decades. */
  private int nesterovLeaves() {
    NumberAxis y = (NumberAxis) values().getYAxis();
    Trajectory nesterov = run(org.gradientlab.optimizer.Nesterov.KIND);
    double f0 = best(result());
    for (int k = 0; k < nesterov.length(); k++) {
      if (Math.log10(Math.abs(nesterov.value(k) - f0)) > y.getUpperBound()) {
        return k;
      }
    }
    return -1;
  }

  private static List<MarkedLineChart.Mark> marksOf(MarkedLineChart c, MarkedLineChart.Kind... kinds) {
    List<MarkedLineChart.Mark> out = new ArrayList<>();
    for (MarkedLineChart.Mark m : c.marks()) {
      if (List.of(kinds).contains(m.kind())) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void oneDivergedRunDoesNotStretchTheAxisBeyondTheBoundedRuns(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(run(org.gradientlab.optimizer.Nesterov.KIND).outcome()).isInstanceOf(Outcome.Diverging.class);
    double f0 = best(result());
    double hiBounded = Double.NEGATIVE_INFINITY;
    double hiNesterov = Double.NEGATIVE_INFINITY;
    for (Trajectory t : result().trajectories()) {
      for (int k = 0; k < t.length(); k++) {
        double v = Math.log10(Math.abs(t.value(k) - f0));
        if (t.optimizer().kind().equals(org.gradientlab.optimizer.Nesterov.KIND)) {
          hiNesterov = Math.max(hiNesterov, v);
        } else if (Double.isFinite(v)) {
          hiBounded = Math.max(hiBounded, v);
        }
      }
    }
    NumberAxis y = (NumberAxis) chart.valueChart().getYAxis();
    // Whole decades just above the highest bounded value, far below Nesterov's.
    assertThat(y.getUpperBound()).isBetween(hiBounded, hiBounded + 2);
    assertThat(hiNesterov).isGreaterThan(y.getUpperBound() + 10);
  }

  @Test
  void theDivergedCurveEndsAtTheTopWithAMarkAtTheStepItLeftThePlot(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    NumberAxis x = (NumberAxis) values().getXAxis();
    NumberAxis y = (NumberAxis) values().getYAxis();
    int leaves = nesterovLeaves();
    assertThat(leaves).isPositive();

    List<MarkedLineChart.Mark> marks = marksOf(values(), MarkedLineChart.Kind.DIVERGED_UP,
        MarkedLineChart.Kind.DIVERGED_DOWN);
    assertThat(marks).hasSize(1);
    MarkedLineChart.Mark mark = marks.get(0);
    assertThat(mark.kind()).isEqualTo(MarkedLineChart.Kind.DIVERGED_UP);
    assertThat(mark.x()).isEqualTo(leaves);
    assertThat(mark.y()).isEqualTo(y.getUpperBound());
    // The curve stops there, at the top edge.
    MarkedLineChart.Curve c = curve(values(), org.gradientlab.optimizer.Nesterov.KIND);
    assertThat(c.xs()[c.size() - 1]).isEqualTo(leaves);
    assertThat(c.ys()[c.size() - 1]).isEqualTo(y.getUpperBound());
    // ... and the mark is painted in Nesterov's colour just below the top edge at that step.
    Color colour = OptimizerColors.forStyle(org.gradientlab.optimizer.Nesterov.KIND, PlotStyle.DARK);
    assertThat(mark.colour()).isEqualTo(colour);
    Point2D tip = at(values(), leaves, y.getUpperBound());
    assertThat(distanceToNearest(snapshot(), tip.getX(), tip.getY() + 4, colour, 4)).isLessThan(0.12);
    // The pointer on the mark finds it, and the tooltip says when the run left the chart.
    assertThat(values().markAt(x.getDisplayPosition(leaves), y.getDisplayPosition(y.getUpperBound()) + 4))
        .contains(mark);
    assertThat(mark.tooltip()).contains("off the chart at step " + leaves);
  }

  @Test
  void thePointerOnTheDivergedMarkShowsATooltipSayingWhenTheRunLeftTheChart(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    NumberAxis y = (NumberAxis) values().getYAxis();
    int leaves = nesterovLeaves();
    NumberAxis x = (NumberAxis) values().getXAxis();
    Point2D screen = values().plotCanvas().localToScreen(x.getDisplayPosition(leaves),
        y.getDisplayPosition(y.getUpperBound()));
    robot.moveTo(new Point2D(screen.getX() + 40, screen.getY() + 40));
    robot.moveTo(new Point2D(screen.getX() + 2, screen.getY() + 5));
    robot.moveTo(new Point2D(screen.getX() + 1, screen.getY() + 6));
    WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltip(robot) != null);
    assertThat(shownTooltip(robot).getText()).contains("Nesterov diverged: off the chart at step " + leaves);
    // Off the marks, no tooltip.
    robot.moveTo(new Point2D(screen.getX() + 150, screen.getY() + 80));
    WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltip(robot) == null);
  }

  private static javafx.scene.control.Tooltip shownTooltip(FxRobot robot) {
    for (javafx.stage.Window w : robot.listWindows()) {
      if (w instanceof javafx.scene.control.Tooltip t && t.isShowing()) {
        return t;
      }
    }
    return null;
  }

  @Test
  void aCurveThatReachesMachinePrecisionEndsThereWithAConvergedMark(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Trajectory momentum = run(org.gradientlab.optimizer.Momentum.KIND);
    double f0 = best(result());
    double floor = Math.max(LossChart.LOG_FLOOR, 2 * Math.ulp(f0));
    int arrives = -1;
    for (int k = 0; k < momentum.length() && arrives < 0; k++) {
      if (Math.abs(momentum.value(k) - f0) <= floor) {
        arrives = k;
      }
    }
    assertThat(arrives).as("Momentum reaches f* to machine precision").isBetween(1, 2999);

    MarkedLineChart.Curve c = curve(values(), org.gradientlab.optimizer.Momentum.KIND);
    assertThat(c.xs()[c.size() - 1]).as("no flat line at the floor after it").isEqualTo(arrives);
    List<MarkedLineChart.Mark> converged = marksOf(values(), MarkedLineChart.Kind.AT_PRECISION);
    assertThat(converged).hasSize(1);
    // The mark says what happened there, not "converged": the status line's "converged in N
    // steps" is the optimizer's own test (a small gradient), usually many steps earlier.
    assertThat(converged.get(0).kind().word).isEqualTo("machine precision");
    assertThat(converged.get(0).x()).isEqualTo(arrives);
    Color colour = OptimizerColors.forStyle(org.gradientlab.optimizer.Momentum.KIND, PlotStyle.DARK);
    Point2D at = at(values(), converged.get(0).x(), converged.get(0).y());
    WritableImage img = snapshot();
    assertThat(distanceToNearest(img, at.getX(), at.getY(), colour, 3)).isLessThan(0.12);
    // Right of the mark, at the floor, nothing of Momentum's colour: the curve has ended.
    assertThat(distanceToNearest(img, at.getX() + 30, at.getY() + 3, colour, 2)).isGreaterThan(0.3);
  }

  @Test
  void aMarkMovesWithTheLearningRateToTheStepItNowSays(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    String tipBefore = marksOf(values(), MarkedLineChart.Kind.DIVERGED_UP).get(0).tooltip();
    boolean moved = false;
    List<String> seen = new ArrayList<>();
    Color colour = OptimizerColors.forStyle(org.gradientlab.optimizer.Nesterov.KIND, PlotStyle.DARK);
    // Nearby learning rates at which Nesterov alone still diverges, until its mark moves.
    for (double eta : new double[] {0.00155, 0.0016, 0.0017, 0.0019, 0.0022}) {
      robot.interact(() -> model.etaProperty().set(eta));
      WaitForAsyncUtils.waitForFxEvents();
      Trajectory nesterov = run(org.gradientlab.optimizer.Nesterov.KIND);
      List<MarkedLineChart.Mark> marks = marksOf(values(), MarkedLineChart.Kind.DIVERGED_UP);
      if (!(nesterov.outcome() instanceof Outcome.Diverging) || marks.size() != 1) {
        continue;
      }
      MarkedLineChart.Mark mark = marks.get(0);
      int leaves = nesterovLeaves();
      NumberAxis x = (NumberAxis) values().getXAxis();
      NumberAxis y = (NumberAxis) values().getYAxis();
      assertThat(mark.x()).as("η = %s", eta).isEqualTo(leaves);
      assertThat(mark.tooltip()).contains("at step " + leaves);
      // Painted there, and found there by the pointer.
      Point2D tip = at(values(), leaves, y.getUpperBound());
      assertThat(distanceToNearest(snapshot(), tip.getX(), tip.getY() + 4, colour, 4)).isLessThan(0.12);
      assertThat(values().markAt(x.getDisplayPosition(leaves), y.getDisplayPosition(y.getUpperBound()) + 4))
          .contains(mark);
      seen.add(eta + ": " + leaves);
      if (!mark.tooltip().equals(tipBefore)) {
        moved = true;
        break;
      }
    }
    assertThat(moved).as("the mark moved to another step at some nearby η: %s", seen).isTrue();
  }

  @Test
  void everyCurveIsPaintedWhereItsRunsValuesAreOnBothCharts(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    double f0 = best(result());
    WritableImage img = snapshot();
    assertCurvesWhereTheRunsAre(img, values(), t -> k -> Math.log10(Math.abs(t.value(k) - f0)), PlotStyle.DARK);
    assertCurvesWhereTheRunsAre(img, gradients(), t -> k -> Math.log10(t.gradientNorm(k)), PlotStyle.DARK);
  }

  @Test
  void onLinearAxesTheCurvesArePaintedAtTheValuesThemselves(FxRobot robot) throws Exception {
    // On linear axes the race above is six curves on top of each other near 0 after a few steps;
    // on the stretched bowl three optimizers descend apart.
    Scene bowl = new SceneCodec(catalog).parse(String.join("\n", "landscape: bowl", "eta: 0.3",
        "steps: 120", "optimizers: GD, Momentum, Adam"), Scene.initial());
    robot.interact(() -> {
      model.apply(bowl);
      chart.logScaleProperty().set(false);
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(((NumberAxis) values().getYAxis()).getLabel()).isNull();
    WritableImage img = snapshot();
    assertCurvesWhereTheRunsAre(img, values(), t -> t::value, PlotStyle.DARK);
    assertCurvesWhereTheRunsAre(img, gradients(), t -> t::gradientNorm, PlotStyle.DARK);
  }

  @Test
  void theLightAndPresentationStylesPaintTheirColoursAndWiderLines(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    double f0 = best(result());
    Color adamDark = OptimizerColors.forStyle(Adam.KIND, PlotStyle.DARK);
    int thin = count(snapshot(), values(), adamDark);
    PlotStyle light = PlotStyle.LIGHT.scaled(org.gradientlab.viewmodel.DisplayModel.PRESENTATION_SCALE);
    robot.interact(() -> chart.plotStyleProperty().set(light));
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage img = snapshot();
    assertCurvesWhereTheRunsAre(img, values(), t -> k -> Math.log10(Math.abs(t.value(k) - f0)), light);
    // Adam's curve (painted last, so on top) is wider in presentation mode.
    Color adamLight = OptimizerColors.forStyle(Adam.KIND, light);
    assertThat((double) count(img, values(), adamLight)).isGreaterThan(1.3 * thin);
    // The marks take the light colours too.
    Color nesterov = OptimizerColors.forStyle(org.gradientlab.optimizer.Nesterov.KIND, light);
    assertThat(marksOf(values(), MarkedLineChart.Kind.DIVERGED_UP)).extracting(MarkedLineChart.Mark::colour)
        .containsExactly(nesterov);
    NumberAxis y = (NumberAxis) values().getYAxis();
    Point2D tip = at(values(), nesterovLeaves(), y.getUpperBound());
    assertThat(distanceToNearest(img, tip.getX(), tip.getY() + 6, nesterov, 5)).isLessThan(0.12);
  }

  @Test
  void aDragThatKeepsTheAxesRepaintsTheCurvesWithoutLayingTheChartOut(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    NumberAxis y = (NumberAxis) values().getYAxis();
    double lower = y.getLowerBound();
    double upper = y.getUpperBound();
    int layouts = values().layoutCount();
    int paints = values().paintCount();
    double before = curve(values(), Adam.KIND).ys()[20];
    robot.interact(() -> model.etaProperty().set(0.00151));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(y.getLowerBound()).isEqualTo(lower);
    assertThat(y.getUpperBound()).isEqualTo(upper);
    assertThat(curve(values(), Adam.KIND).ys()[20]).isNotEqualTo(before);
    assertThat(values().paintCount()).isGreaterThan(paints);
    assertThat(values().layoutCount()).isEqualTo(layouts);
    double f0 = best(result());
    assertCurvesWhereTheRunsAre(snapshot(), values(), t -> k -> Math.log10(Math.abs(t.value(k) - f0)),
        PlotStyle.DARK);
  }

  @Test
  void anExportAtTwiceTheSizeDrawsTheCurvesAgainWhereTheRunsAre(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage picture = WaitForAsyncUtils.asyncFx(
        () -> Snapshots.of(chart, 2, PlotStyle.DARK.background(), Map.of())).get();
    assertThat(picture.getWidth()).isEqualTo(2 * Math.round(chart.getWidth()));
    assertThat(values().plotCanvas().isVisible()).as("shown again after the export").isTrue();
    Trajectory adam = run(Adam.KIND);
    double f0 = best(result());
    Color colour = OptimizerColors.forStyle(Adam.KIND, PlotStyle.DARK);
    NumberAxis y = (NumberAxis) values().getYAxis();
    int checked = 0;
    for (int k = 0; k < adam.length(); k += 100) {
      double v = Math.log10(Math.abs(adam.value(k) - f0));
      if (v < y.getLowerBound() || v > y.getUpperBound()) {
        continue;
      }
      Point2D p = chart.sceneToLocal(at(values(), k, v));
      assertThat(distanceToNearest(picture, 2 * p.getX(), 2 * p.getY(), colour, 6)).as("Adam at step %d", k)
          .isLessThan(0.15);
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  /**
   * For every run and about 40 of the steps it shows, where no other run's curve passes within 8 px
   * (a curve painted later would cover it there), the pixel at the axes' position of the run's own
   * value has the run's colour: the canvas shows what the engine computed.
   */
  private void assertCurvesWhereTheRunsAre(WritableImage img, MarkedLineChart c, Values values,
      PlotStyle style) {
    NumberAxis x = (NumberAxis) c.getXAxis();
    NumberAxis y = (NumberAxis) c.getYAxis();
    List<Trajectory> runs = result().trajectories();
    int total = 0;
    for (Trajectory t : runs) {
      MarkedLineChart.Curve drawn = curve(c, t.optimizer().kind());
      int end = (int) drawn.xs()[drawn.size() - 1];
      IntToDoubleFunction v = values.of(t);
      Color colour = OptimizerColors.forStyle(t.optimizer().kind(), style);
      int checked = 0;
      for (int k = 0; k < end; k += Math.max(1, end / 40)) {
        double vk = v.applyAsDouble(k);
        if (!(vk >= y.getLowerBound() && vk <= y.getUpperBound())) {
          continue;
        }
        double py = y.getDisplayPosition(vk);
        boolean alone = true;
        for (Trajectory other : runs) {
          if (other != t && k < other.length()) {
            double ov = values.of(other).applyAsDouble(k);
            if (!Double.isFinite(ov) || Math.abs(y.getDisplayPosition(ov) - py) < 8) {
              alone = false;
            }
          }
        }
        if (!alone) {
          continue;
        }
        Point2D p = c.plotCanvas().localToScene(x.getDisplayPosition(k), py);
        assertThat(distanceToNearest(img, p.getX(), p.getY(), colour, 3))
            .as("%s on %s at step %d", t.optimizer().kind().label(), c.getId(), k).isLessThan(0.15);
        checked++;
      }
      total += checked;
    }
    assertThat(total).as("points checked on %s", c.getId()).isGreaterThanOrEqualTo(10);
  }

  private interface Values {
    IntToDoubleFunction of(Trajectory t);
  }

  /** Pixels within 0.1 of {@code colour} in {@code c}'s plot area. */
  private static int count(WritableImage img, MarkedLineChart c, Color colour) {
    javafx.geometry.Bounds b = c.plotCanvas().localToScene(c.plotCanvas().getBoundsInLocal());
    int n = 0;
    for (int py = (int) b.getMinY(); py < (int) b.getMaxY(); py++) {
      for (int px = (int) b.getMinX(); px < (int) b.getMaxX(); px++) {
        if (distanceToNearest(img, px, py, colour, 0) < 0.1) {
          n++;
        }
      }
    }
    return n;
  }

  private static MarkedLineChart.Curve curve(MarkedLineChart c, OptimizerKind kind) {
    return c.curves().stream().filter(s -> s.name().equals(kind.label())).findFirst().orElseThrow();
  }

  private WritableImage snapshot() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> chart.getScene().snapshot(null)).get();
  }
}
