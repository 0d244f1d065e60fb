package org.gradientlab.ui;

import static org.gradientlab.testing.PixelDistance.distanceToNearest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
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
 * precision. Expectations come from the trajectories themselves, never from the chart.
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
    NumberAxis x = (NumberAxis) chart.valueChart().getXAxis();
    NumberAxis y = (NumberAxis) chart.valueChart().getYAxis();
    Trajectory nesterov = run(org.gradientlab.optimizer.Nesterov.KIND);
    double f0 = best(result());
    int leaves = -1;
    for (int k = 0; k < nesterov.length() && leaves < 0; k++) {
      if (Math.log10(Math.abs(nesterov.value(k) - f0)) > y.getUpperBound()) {
        leaves = k;
      }
    }
    assertThat(leaves).isPositive();

    Set<Node> marks = chart.valueChart().lookupAll(".diverged-mark");
    assertThat(marks).hasSize(1);
    Node mark = marks.iterator().next();
    assertThat(mark.getLayoutX()).isCloseTo(x.getDisplayPosition(leaves), within(0.5));
    assertThat(mark.getLayoutY()).isCloseTo(y.getDisplayPosition(y.getUpperBound()), within(0.5));
    // The series stops there, at the top edge.
    XYChart.Series<Number, Number> s = series(org.gradientlab.optimizer.Nesterov.KIND);
    XYChart.Data<Number, Number> last = s.getData().get(s.getData().size() - 1);
    assertThat(last.getXValue().intValue()).isEqualTo(leaves);
    assertThat(last.getYValue().doubleValue()).isEqualTo(y.getUpperBound());
    // ... and the mark is drawn in Nesterov's colour just below the top edge at that step.
    Color colour = OptimizerColors.forStyle(org.gradientlab.optimizer.Nesterov.KIND, PlotStyle.DARK);
    Point2D at = mark.localToScene(0, 4);
    assertThat(distanceToNearest(snapshot(), at.getX(), at.getY(), colour, 4)).isLessThan(0.12);
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

    XYChart.Series<Number, Number> s = series(org.gradientlab.optimizer.Momentum.KIND);
    XYChart.Data<Number, Number> last = s.getData().get(s.getData().size() - 1);
    assertThat(last.getXValue().intValue()).as("no flat line at the floor after it").isEqualTo(arrives);
    List<Node> converged = List.copyOf(chart.valueChart().lookupAll(".precision-mark"));
    assertThat(converged).hasSize(1);
    // The mark says what happened there, not "converged": the status line's "converged in N
    // steps" is the optimizer's own test (a small gradient), usually many steps earlier.
    assertThat(((javafx.scene.Parent) converged.get(0)).getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText()))
        .containsExactly("machine precision");
    NumberAxis x = (NumberAxis) chart.valueChart().getXAxis();
    assertThat(converged.get(0).getLayoutX()).isCloseTo(x.getDisplayPosition(arrives), within(0.5));
    Color colour = OptimizerColors.forStyle(org.gradientlab.optimizer.Momentum.KIND, PlotStyle.DARK);
    Point2D at = converged.get(0).localToScene(0, 0);
    assertThat(distanceToNearest(snapshot(), at.getX(), at.getY(), colour, 3)).isLessThan(0.12);
    // Right of the mark, at the floor, nothing of Momentum's colour: the curve has ended.
    assertThat(distanceToNearest(snapshot(), at.getX() + 30, at.getY() + 3, colour, 2)).isGreaterThan(0.3);
  }

  @Test
  void aMarkThatMovesWithTheLearningRateIsTheSameNodeAtItsNewStepSayingIt(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Node before = chart.valueChart().lookupAll(".diverged-mark").iterator().next();
    String tipBefore = ((javafx.scene.control.Tooltip) before.getProperties()
        .get(javafx.scene.control.Tooltip.class)).getText();
    boolean moved = false;
    List<String> seen = new java.util.ArrayList<>();
    // Nearby learning rates at which Nesterov alone still diverges, until its mark moves.
    for (double eta : new double[] {0.00155, 0.0016, 0.0017, 0.0019, 0.0022}) {
      robot.interact(() -> model.etaProperty().set(eta));
      WaitForAsyncUtils.waitForFxEvents();
      Trajectory nesterov = run(org.gradientlab.optimizer.Nesterov.KIND);
      Set<Node> marks = chart.valueChart().lookupAll(".diverged-mark");
      if (!(nesterov.outcome() instanceof Outcome.Diverging) || marks.size() != 1) {
        continue;
      }
      assertThat(marks).as("η = %s", eta).containsExactly(before); // moved, not rebuilt
      NumberAxis x = (NumberAxis) chart.valueChart().getXAxis();
      NumberAxis y = (NumberAxis) chart.valueChart().getYAxis();
      double f0 = best(result());
      int leaves = -1;
      for (int k = 0; k < nesterov.length() && leaves < 0; k++) {
        if (Math.log10(Math.abs(nesterov.value(k) - f0)) > y.getUpperBound()) {
          leaves = k;
        }
      }
      assertThat(before.getLayoutX()).isCloseTo(x.getDisplayPosition(leaves), within(0.5));
      javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) before.getProperties()
          .get(javafx.scene.control.Tooltip.class);
      assertThat(tip.getText()).contains("at step " + leaves);
      seen.add(eta + ": " + leaves);
      if (!tip.getText().equals(tipBefore)) {
        moved = true;
        break;
      }
    }
    assertThat(moved).as("the mark moved to another step at some nearby η: %s", seen).isTrue();
  }

  private XYChart.Series<Number, Number> series(OptimizerKind kind) {
    return chart.valueChart().getData().stream().filter(s -> s.getName().equals(kind.label()))
        .findFirst().orElseThrow();
  }

  private WritableImage snapshot() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> chart.getScene().snapshot(null)).get();
  }
}
