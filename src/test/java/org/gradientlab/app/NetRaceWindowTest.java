package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ImportedData;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.SliceMode;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.NetScene;
import org.gradientlab.ui.CsvPreview;
import org.gradientlab.ui.DecisionView;
import org.gradientlab.ui.NetView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;
import org.gradientlab.ui.SliceView;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.NetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The net workspace's race, validation curves and own data, as drawn: the net view alone on a
 * stage, trained by small scenes so the pictures come quickly.
 */
@ExtendWith(ApplicationExtension.class)
class NetRaceWindowTest {

  private NetModel model;
  private NetView view;

  @TempDir
  Path dir;

  @Start
  void start(Stage stage) {
    model = new NetModel(Background.threads(Platform::runLater), scene(ToyDatasets.Kind.XOR, 0, List.of(Adam.KIND), 0, 0));
    view = new NetView(model);
    view.setId("net-view");
    stage.setScene(new javafx.scene.Scene(view, 1400, 900));
    stage.setOnHidden(e -> view.dispose());
    stage.show();
  }

  /** 60 points, a 2–6–1 tanh net, full batch. */
  private static NetScene scene(ToyDatasets.Kind data, double noise, List<OptimizerKind> race,
      double validation, int steps) {
    return new NetScene(data, 60, noise, 3, null, validation, List.of(6), Activation.TANH,
        Initialization.XAVIER, race, OptimizerCatalog.standard().defaults(0.05), 0, 60, 1, steps,
        SliceMode.TRAJECTORY, 0, 1, EnumSet.allOf(NetScene.NetPanel.class));
  }

  private void applyAndWait(FxRobot robot, NetScene s) throws Exception {
    robot.interact(() -> model.apply(s));
    LabWindowFixture.await(() -> model.isIdle() && model.snapshotProperty().get().updates() == s.steps()
        && model.sliceProperty().get().heatmap().width() == NetModel.SLICE_PIXELS
        && model.sliceProperty().get().paths().size() == s.optimizers().size()
        // the loss chart's axes laid out for this run (under load the layout pass can lag)
        && ((javafx.scene.chart.NumberAxis) view.charts().lossChart().getXAxis()).getUpperBound() >= s.steps()
        && ((javafx.scene.chart.NumberAxis) view.charts().lossChart().getXAxis()).getUpperBound() < 2 * s.steps(),
        // the full slice under a whole suite on two cores has taken over 10 s
        60);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void twoOptimizersRaceAndBothCurvesAndBothPathsAreDrawnInTheirColours(FxRobot robot) throws Exception {
    List<OptimizerKind> race = List.of(Adam.KIND, Momentum.KIND);
    applyAndWait(robot, scene(ToyDatasets.Kind.MOONS, 0.1, race, 0, 80));
    SliceView slice = robot.lookup("#slice-view").queryAs(SliceView.class);
    LabWindowFixture.await(() -> slice.drawnCurrents().size() == 2);
    Pixels shot = Pixels.of(slice);
    Map<OptimizerKind, Point2D> now = slice.drawnCurrents();
    Map<OptimizerKind, List<Point2D>> paths = slice.drawnPaths();
    assertThat(now.get(Adam.KIND).distance(now.get(Momentum.KIND))).as("the two runs end apart").isGreaterThan(20);
    for (OptimizerKind k : race) {
      Color c = OptimizerColors.forStyle(k, PlotStyle.DARK);
      assertThat(shot.near(now.get(k).getX(), now.get(k).getY(), c, 1)).as("%s's marker", k.label()).isTrue();
      // A point of its path away from the other path, the markers and the start ring is in its colour.
      List<Point2D> own = alone(paths.get(k), paths, k, now, slice.drawnStart());
      assertThat(own).as("%s's path points away from everything else", k.label()).isNotEmpty();
      long coloured = own.stream().filter(p -> shot.near(p.getX(), p.getY(), c, 1)).count();
      assertThat(coloured).as("%s's path points drawn in its colour, of %d", k.label(), own.size())
          .isEqualTo(own.size());
    }

    // The loss chart: one curve per optimizer, each in its colour where its values are.
    LineChart<Number, Number> loss = view.charts().lossChart();
    Pixels chart = Pixels.of(loss);
    for (OptimizerKind k : race) {
      XYChart.Series<Number, Number> s = view.charts().lossSeries(k, false);
      assertThat(s.getData()).hasSizeGreaterThan(10);
      OptimizerKind other = k == Adam.KIND ? Momentum.KIND : Adam.KIND;
      List<Point2D> own = apart(loss, s, view.charts().lossSeries(other, false), 6);
      assertThat(own).as("%s's curve points away from the other curve", k.label()).isNotEmpty();
      Color c = OptimizerColors.forStyle(k, PlotStyle.DARK);
      for (Point2D p : own) {
        assertThat(chart.near(p.getX(), p.getY(), c, 2)).as("%s's loss at %s", k.label(), p).isTrue();
      }
    }
    assertThat(LabWindowFixture.text(robot, "#net-line-adam")).startsWith("Adam (η = 0.05, β₁ = 0.9, β₂ = 0.999): 80 updates");
    assertThat(LabWindowFixture.text(robot, "#net-line-momentum")).startsWith("Momentum (η = 0.05, α = 0.9): 80 updates");
  }

  @Test
  void theValidationCurveIsDrawnDashedWhereItsValuesAre(FxRobot robot) throws Exception {
    // Noisy moons, half held out, no penalty: the training loss falls far below the validation loss.
    applyAndWait(robot, scene(ToyDatasets.Kind.MOONS, 0.35, List.of(Adam.KIND), 0.5, 150));
    XYChart.Series<Number, Number> validation = view.charts().lossSeries(Adam.KIND, true);
    XYChart.Series<Number, Number> training = view.charts().lossSeries(Adam.KIND, false);
    assertThat(validation).isNotNull();
    assertThat(validation.getNode().getStyle()).contains("-fx-stroke-dash-array");
    assertThat(training.getNode().getStyle()).doesNotContain("-fx-stroke-dash-array");
    double lastValidation = validation.getData().get(validation.getData().size() - 1).getYValue().doubleValue();
    assertThat(lastValidation).isEqualTo(model.snapshotProperty().get().validationLoss());
    LineChart<Number, Number> loss = view.charts().lossChart();
    Pixels chart = Pixels.of(loss);
    List<Point2D> own = apart(loss, validation, training, 8);
    assertThat(own).hasSizeGreaterThan(5);
    Color c = OptimizerColors.forStyle(Adam.KIND, PlotStyle.DARK);
    // Dashed: within a dash's period of every point there is the curve's colour.
    for (Point2D p : own) {
      assertThat(chart.near(p.getX(), p.getY(), c, 6)).as("the validation loss at %s", p).isTrue();
    }
    // A view made after the scene was applied (a lesson opening the workspace) shows the curves too.
    NetView late = WaitForAsyncUtils.asyncFx(() -> new NetView(model)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(late.charts().lossSeries(Adam.KIND, true).getData()).hasSizeGreaterThan(10);
    DecisionView decision = robot.lookup("#decision-view").queryAs(DecisionView.class);
    assertThat(decision.drawnHeldOut()).hasSize(30);
    assertThat(decision.drawnPoints()).hasSize(60);
  }

  @Test
  void anImportedCsvsPointsAppearInTheDecisionViewWhereTheyLie(FxRobot robot) throws Exception {
    // Two clusters of own points far from any toy dataset's.
    StringBuilder csv = new StringBuilder("height,width,label\n");
    double[][] xs = {{10, 20}, {11, 21}, {12, 19}, {10.5, 22}, {30, 5}, {31, 6}, {29, 4}, {30.5, 7}};
    for (int i = 0; i < xs.length; i++) {
      csv.append(xs[i][0]).append(',').append(xs[i][1]).append(',').append(i < 4 ? 0 : 1).append('\n');
    }
    Path file = dir.resolve("own.csv");
    Files.writeString(file, csv);

    // The preview's dialog: the rows and the summary, and "Use these data" takes them.
    AtomicReference<Optional<ImportedData>> answer = new AtomicReference<>();
    Platform.runLater(() -> answer.set(CsvPreview.preview(null, file, CsvImport.Shape.CLASSIFICATION, 2000)));
    LabWindowFixture.await(() -> robot.lookup("#csv-summary").tryQuery().isPresent());
    assertThat(LabWindowFixture.text(robot, "#csv-summary")).contains("8 rows of two features and a 0/1 label")
        .contains("class 0: 4, class 1: 4").contains("height from 10 to 31");
    assertThat(LabWindowFixture.text(robot, "#csv-warning")).contains("The features reach 31");
    robot.clickOn("Use these data");
    LabWindowFixture.await(() -> answer.get() != null);
    ImportedData own = answer.get().orElseThrow();
    robot.interact(() -> model.importData(own));
    LabWindowFixture.await(() -> model.isIdle() && model.decisionProperty().get() != null
        && model.decisionProperty().get().data().equals(own.dataset()));

    DecisionView decision = robot.lookup("#decision-view").queryAs(DecisionView.class);
    LabWindowFixture.await(() -> decision.drawnPoints().size() == xs.length);
    Pixels shot = Pixels.of(decision);
    Bounds frame = decision.drawnFrame();
    Domain d = model.decisionProperty().get().frame();
    List<Point2D> drawn = decision.drawnPoints();
    for (int i = 0; i < xs.length; i++) {
      double px = frame.getMinX() + (xs[i][0] - d.xMin()) / d.width() * frame.getWidth();
      double py = frame.getMaxY() - (xs[i][1] - d.yMin()) / d.height() * frame.getHeight();
      assertThat(drawn.get(i).distance(px, py)).as("point %d", i).isLessThan(1);
      Color c = i < 4 ? DecisionView.CLASS_0 : DecisionView.CLASS_1;
      assertThat(shot.near(px, py, c, 1)).as("point %d in its class colour", i).isTrue();
    }
    assertThat(LabWindowFixture.text(robot, "#net-imported")).isEqualTo("training on own.csv (8 points)");
    assertThat(model.snapshot().imported()).isEqualTo(own);
  }

  @Test
  void aFileWithBadRowsIsPreviewedWithEachLineAndCannotBeUsed(FxRobot robot) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "x1,x2,label\n0,0,0\n1,1\n0,1,yes\n1,0,1\n");
    AtomicReference<Optional<ImportedData>> answer = new AtomicReference<>();
    Platform.runLater(() -> answer.set(CsvPreview.preview(null, file, CsvImport.Shape.CLASSIFICATION, 2000)));
    LabWindowFixture.await(() -> robot.lookup("#csv-problems").tryQuery().isPresent());
    assertThat(LabWindowFixture.text(robot, "#csv-problems")).isEqualTo(
        "line 3: expected 3 values (x1, x2, label), found 2\nline 4: label (column 3) is not a number: 'yes'");
    Button use = robot.lookup(".button").match((Node n) -> n instanceof Button b && "Use these data".equals(b.getText()))
        .queryAs(Button.class);
    assertThat(use.isDisabled()).isTrue();
    robot.clickOn("Cancel");
    LabWindowFixture.await(() -> answer.get() != null);
    assertThat(answer.get()).isEmpty();
  }

  /** The points of {@code path} at least 8 px from the other paths' points, every marker and the start. */
  private static List<Point2D> alone(List<Point2D> path, Map<OptimizerKind, List<Point2D>> all, OptimizerKind k,
      Map<OptimizerKind, Point2D> markers, Point2D start) {
    List<Point2D> out = new ArrayList<>();
    for (Point2D p : path) {
      boolean far = p.distance(start) > 14;
      for (Point2D m : markers.values()) {
        far &= p.distance(m) > 12;
      }
      for (Map.Entry<OptimizerKind, List<Point2D>> e : all.entrySet()) {
        if (e.getKey() != k) {
          for (Point2D q : e.getValue()) {
            far &= p.distance(q) > 8;
          }
        }
      }
      if (far) {
        out.add(p);
      }
    }
    return out;
  }

  /** The chart pixels of {@code s}'s points whose value lies at least {@code gap} px from {@code other}'s at that update. */
  private static List<Point2D> apart(LineChart<Number, Number> chart, XYChart.Series<Number, Number> s,
      XYChart.Series<Number, Number> other, double gap) {
    NumberAxis x = (NumberAxis) chart.getXAxis();
    NumberAxis y = (NumberAxis) chart.getYAxis();
    List<Point2D> out = new ArrayList<>();
    for (XYChart.Data<Number, Number> d : s.getData()) {
      double update = d.getXValue().doubleValue();
      double otherValue = Double.NaN;
      for (XYChart.Data<Number, Number> o : other.getData()) {
        if (o.getXValue().doubleValue() == update) {
          otherValue = o.getYValue().doubleValue();
        }
      }
      double py = y.getDisplayPosition(d.getYValue());
      if (Double.isNaN(otherValue) || Math.abs(py - y.getDisplayPosition(otherValue)) < gap
          || update == 0 || update == x.getUpperBound()) {
        continue;
      }
      Point2D inChart = chart.sceneToLocal(x.localToScene(x.getDisplayPosition(update), 0));
      double chartY = chart.sceneToLocal(y.localToScene(0, py)).getY();
      out.add(new Point2D(inChart.getX(), chartY));
    }
    return out;
  }
}
