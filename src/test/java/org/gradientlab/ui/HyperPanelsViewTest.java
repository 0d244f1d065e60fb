package org.gradientlab.ui;

import static org.gradientlab.testing.PixelDistance.distanceToNearest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.plot.Viewport;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.BayesModel;
import org.gradientlab.viewmodel.HyperModel;
import org.gradientlab.viewmodel.ManyLambdaModel;
import org.gradientlab.viewmodel.UnrolledModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workspace's panels as drawn, each on a model whose background is the FX thread itself (so
 * every change is computed and shown before the next line): meters that grow with T, dC/dη drawn
 * on its zero line at T = 10⁴, BO's next point drawn where it was chosen, the comparison's bars,
 * and the learned λⱼ as bars.
 */
@ExtendWith(ApplicationExtension.class)
class HyperPanelsViewTest {

  private final SimpleObjectProperty<HyperProblem> problem = new SimpleObjectProperty<>(HyperProblems.sine());
  private Stage stage;

  @Start
  void start(Stage s) {
    stage = s;
    s.show();
  }

  private void show(Node n) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(n), 1300, 820));
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void fx(Runnable r) throws Exception {
    WaitForAsyncUtils.asyncFx(r).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theReverseModeMeterGrowsWithTWhileForwardModeStaysAndDEtaEndsOnZero(FxRobot robot) throws Exception {
    UnrolledModel m = new UnrolledModel(Background.callingThread(), problem);
    UnrolledPane pane = WaitForAsyncUtils.asyncFx(() -> new UnrolledPane(m, new SimpleObjectProperty<>(PlotStyle.DARK))).get();
    show(pane);
    fx(() -> {
      m.activeProperty().set(true);
      m.stepsProperty().set(10);
    });
    UnrolledPane.MeterBar reverse = robot.lookup("#unrolled-reverse-memory").queryAs(UnrolledPane.MeterBar.class);
    UnrolledPane.MeterBar forward = robot.lookup("#unrolled-forward-memory").queryAs(UnrolledPane.MeterBar.class);
    double reverseAt10 = reverse.barWidth();
    double forwardAt10 = forward.barWidth();
    fx(() -> m.stepsProperty().set(3000));
    assertThat(reverse.barWidth()).isGreaterThan(reverseAt10 + 20);
    assertThat(forward.barWidth()).isEqualTo(forwardAt10);
    int p = problem.get().inner().dimension();
    assertThat(reverse.label()).contains(UnrolledPane.grouped(2L * p * 3000 + 3L * p));
    // dC/dη at T = 10⁴ is drawn on its zero line, in its colour, at the right end of the plot.
    HorizonView horizon = robot.lookup("#unrolled-horizon").queryAs(HorizonView.class);
    Viewport vp = horizon.viewport(1);
    assertThat(vp).isNotNull();
    Point2D at = horizon.localToScene(vp.toPixelX(Math.log10(UnrolledModel.MAX_STEPS)) - 3, vp.toPixelY(0));
    assertThat(distanceToNearest(snapshot(), at.getX(), at.getY(), HorizonView.ETA, 3)).isLessThan(0.15);
    m.dispose();
  }

  /** With the lesson panel open the cards are narrow: a meter's figures wrap instead of ending in "…". */
  @Test
  void aMetersFiguresAreShownWholeInANarrowColumn(FxRobot robot) throws Exception {
    UnrolledModel m = new UnrolledModel(Background.callingThread(), problem);
    UnrolledPane pane = WaitForAsyncUtils.asyncFx(() -> new UnrolledPane(m, new SimpleObjectProperty<>(PlotStyle.DARK))).get();
    WaitForAsyncUtils.asyncFx(() -> stage.setScene(new javafx.scene.Scene(
        new javafx.scene.layout.StackPane(pane), 760, 820))).get();
    WaitForAsyncUtils.waitForFxEvents();
    fx(() -> {
      m.activeProperty().set(true);
      m.stepsProperty().set(3000);
    });
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node meter = robot.lookup("#unrolled-reverse-memory").query();
    String shown = meter.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
        .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", (a, b) -> a + " " + b);
    int p = problem.get().inner().dimension();
    assertThat(shown).contains(UnrolledPane.grouped(2L * p * 3000 + 3L * p) + " numbers").doesNotContain("…");
    m.dispose();
  }

  @Test
  void boDrawsItsNextPointWhereTheAcquisitionChoseIt(FxRobot robot) throws Exception {
    SimpleObjectProperty<HyperModel.Curves> curves = new SimpleObjectProperty<>();
    BayesModel m = new BayesModel(Background.callingThread(), problem, curves);
    BayesPane pane = WaitForAsyncUtils.asyncFx(() -> new BayesPane(m, curves, new SimpleObjectProperty<>(PlotStyle.DARK))).get();
    show(pane);
    fx(() -> {
      for (int i = 0; i < 4; i++) {
        m.advanceIteration();
      }
      m.advance();
      m.advance();
    });
    BayesModel.State st = m.stateProperty().get();
    assertThat(st.next()).isNotNull();
    assertThat(robot.lookup("#bayes-evaluation").queryAs(PhaseCard.class).getStyleClass()).contains("phase-next");
    assertThat(robot.lookup("#bayes-acquisition-result").queryLabeled().getText()).contains("EI =");
    BayesPlotView plot = robot.lookup("#bayes-plot").queryAs(BayesPlotView.class);
    WaitForAsyncUtils.waitForFxEvents();
    Viewport ev = plot.improvementViewport();
    double x = ev.toPixelX(st.next()[0]);
    // The dashed line: somewhere in the top 12 px of the EI plot at that x, the next point's red.
    boolean found = false;
    WritableImage img = snapshot();
    for (int dy = 0; dy < 12 && !found; dy++) {
      Point2D at = plot.localToScene(x, ev.top() + 1 + dy);
      found = distanceToNearest(img, at.getX(), at.getY(), BayesPlotView.NEXT, 1) < 0.2;
    }
    assertThat(found).isTrue();
    m.dispose();
  }

  @Test
  void theCostChartHasABarForEveryMethodThatReachedOnePercentAndSaysNeverOtherwise(FxRobot robot) throws Exception {
    SimpleObjectProperty<HyperModel.Curves> curves = new SimpleObjectProperty<>();
    BayesModel m = new BayesModel(Background.callingThread(), problem, curves);
    BayesPane pane = WaitForAsyncUtils.asyncFx(() -> new BayesPane(m, curves, new SimpleObjectProperty<>(PlotStyle.DARK))).get();
    show(pane);
    HyperProblem p = problem.get();
    ValidationCurve c = ValidationCurve.compute(p.inner(), OuterObjective.VALIDATION, p.logMin(), p.logMax(), 160,
        f -> { }, () -> false);
    fx(() -> {
      curves.set(new HyperModel.Curves(p, c, c, List.of()));
      m.activeProperty().set(true);
    });
    CostBarChart chart = robot.lookup("#bayes-costs").queryAs(CostBarChart.class);
    WaitForAsyncUtils.waitForFxEvents();
    List<Object[]> bars = chart.drawnBars();
    assertThat(bars).hasSize(6);
    for (int i = 0; i < bars.size(); i++) {
      var row = m.comparisonProperty().get().rows().get(i);
      double right = (double) bars.get(i)[1];
      assertThat(Double.isNaN(right)).as(row.method()).isEqualTo(!row.reachedWithin());
    }
    // Longer bars cost more: HOAG's 110-odd passes against BO's thousand and more.
    double hoag = (double) bars.get(0)[1];
    double bo = (double) bars.get(5)[1];
    assertThat(bo).isGreaterThan(hoag);
    assertThat(robot.lookup("#methods-1-7").queryLabeled().getText()).contains("L+∇L");
    m.dispose();
  }

  @Test
  void theLearnedLambdasAreDrawnAsBarsFromTheBestSingleLambda(FxRobot robot) throws Exception {
    ManyLambdaModel m = new ManyLambdaModel(Background.callingThread());
    ManyLambdaPane pane = WaitForAsyncUtils.asyncFx(() -> new ManyLambdaPane(m, new SimpleObjectProperty<>(PlotStyle.DARK))).get();
    show(pane);
    fx(() -> m.activeProperty().set(true));
    ManyLambdaModel.Result r = m.resultProperty().get();
    LambdaBarsView bars = robot.lookup("#many-bars").queryAs(LambdaBarsView.class);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(bars.drawnLogLambdas()).containsExactly(r.descent().best().logLambdas());
    // Halfway along the bmi bar (feature 2) the bar's colour.
    Viewport vp = bars.viewport();
    double s2 = r.descent().best().logLambdas()[2];
    Point2D mid = bars.localToScene(vp.toPixelX(2), vp.toPixelY((s2 + r.singleBestLogLambda()) / 2));
    assertThat(Math.abs(s2 - r.singleBestLogLambda())).isGreaterThan(1);
    assertThat(distanceToNearest(snapshot(), mid.getX(), mid.getY(), LambdaBarsView.DESCENT, 1)).isLessThan(0.1);
    // After the first evaluation the bars are the start: every log λⱼ = log λ₀ = 0.
    fx(() -> m.shownProperty().set(1));
    assertThat(bars.drawnLogLambdas()).containsOnly(0.0);
    assertThat(robot.lookup("#many-grid-cost").queryLabeled().getText()).contains("5¹⁰ = 9 765 625 solves");
    m.dispose();
  }

  private WritableImage snapshot() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
  }
}
