package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.ui.DecisionView;
import org.gradientlab.ui.NetView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;
import org.gradientlab.ui.SliceView;
import org.gradientlab.viewmodel.NetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The neural-net lab as a student uses it: choose XOR, train, watch, pause, slice. */
@ExtendWith(ApplicationExtension.class)
class NetWindowTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void trainingOnXorImprovesAccuracyLiveAndPausingSlicesThroughTheWeights(FxRobot robot) throws Exception {
    robot.clickOn("#workspace-nets");
    LabWindowFixture.await(() -> robot.lookup("#net-view").tryQuery().isPresent());
    NetView view = robot.lookup("#net-view").queryAs(NetView.class);
    @SuppressWarnings("unchecked")
    ComboBox<ToyDatasets.Kind> data = robot.lookup("#net-dataset").queryAs(ComboBox.class);
    robot.interact(() -> data.setValue(ToyDatasets.Kind.XOR));
    NetModel model = modelOf(robot);
    LabWindowFixture.await(() -> model.snapshotProperty().get() != null
        && model.dataProperty().get().name().equals("XOR"));
    double before = model.snapshotProperty().get().accuracy();

    robot.clickOn("#net-play");
    LabWindowFixture.await(() -> model.snapshotProperty().get().updates() >= 100);
    robot.clickOn("#net-play");
    assertThat(model.playingProperty().get()).isFalse();
    TrainingSnapshot after = model.snapshotProperty().get();
    assertThat(after.loss()).isLessThan(0.69); // below the loss of guessing ½ everywhere, ln 2
    assertThat(after.accuracy()).isGreaterThanOrEqualTo(before);
    assertThat(view.historySize()).isGreaterThan(10);
    assertThat(model.decisionProperty().get().probabilities()).hasSize(NetModel.GRID * NetModel.GRID);
    // Pausing takes a slice through the weights where training stopped: its centre is their loss.
    LabWindowFixture.await(() -> model.sliceProgressProperty().get() == 1 && model.sliceProperty().get() != null
        && model.sliceProperty().get().heatmap().width() == NetModel.SLICE_PIXELS);
    double centre = model.sliceProperty().get().objective().value(new double[] {0, 0});
    assertThat(centre).isCloseTo(model.snapshotProperty().get().loss(),
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void trainingADeepReluNetOnXorMovesTheCurrentPointAwayFromTheStartRingOnTheSlice(FxRobot robot) throws Exception {
    NetModel model = open(robot);
    robot.interact(() -> {
      model.datasetProperty().set(ToyDatasets.Kind.XOR);
      model.activationProperty().set(Activation.RELU);
      model.hiddenProperty().set(List.of(8, 8, 8, 8, 8));
      model.stepsPerFrameProperty().set(20);
    });
    LabWindowFixture.await(() -> model.snapshotProperty().get() != null
        && model.layoutProperty().get().layerCount() == 6 && model.snapshotProperty().get().updates() == 0);
    robot.clickOn("#net-play");
    LabWindowFixture.await(() -> model.snapshotProperty().get().updates() >= 300);
    robot.clickOn("#net-play");
    // The slice through the final weights is the plane through the path: start and now both lie in it.
    LabWindowFixture.await(() -> model.sliceProgressProperty().get() == 1 && model.sliceProperty().get() != null
        && model.sliceProperty().get().heatmap().width() == NetModel.SLICE_PIXELS
        && model.sliceProperty().get().mode() == org.gradientlab.net.SliceMode.TRAJECTORY);
    SliceView view = robot.lookup("#slice-view").queryAs(SliceView.class);
    LabWindowFixture.await(() -> view.drawnCurrent() != null);
    Point2D start = view.drawnStart();
    Point2D now = view.drawnCurrent();
    assertThat(now.distance(start)).isGreaterThan(60);

    // And that is what is drawn: the current weights' dot in the optimizer's colour, the ring in the
    // marker colour on its circle, 7 px from the start's centre.
    WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
    Color dot = shot.getPixelReader().getColor((int) Math.round(now.getX()), (int) Math.round(now.getY()));
    assertThat(distance(dot, OptimizerColors.forStyle(model.optimizerProperty().get(), PlotStyle.DARK)))
        .isLessThan(0.1);
    assertThat(nearest(shot, start.getX() + 7, start.getY(), PlotStyle.DARK.minimum())).isLessThan(0.15);
  }

  @Test
  void everyDataPointIsDrawnInsideThePlotFrameForEveryDataset(FxRobot robot) throws Exception {
    NetModel model = open(robot);
    DecisionView view = robot.lookup("#decision-view").queryAs(DecisionView.class);
    for (ToyDatasets.Kind kind : ToyDatasets.Kind.values()) {
      robot.interact(() -> {
        model.datasetProperty().set(kind);
        model.noiseProperty().set(0.2); // moons then reach past x = ±1.5, the old fixed frame
      });
      LabWindowFixture.await(() -> model.decisionProperty().get() != null
          && model.decisionProperty().get().data().equals(model.dataProperty().get())
          && view.drawnPoints().size() == model.dataProperty().get().size());
      Bounds frame = view.drawnFrame();
      double r = 3.6;
      for (Point2D p : view.drawnPoints()) {
        assertThat(p.getX() - r).as("%s: x of a point", kind).isGreaterThan(frame.getMinX());
        assertThat(p.getX() + r).as("%s: x of a point", kind).isLessThan(frame.getMaxX());
        assertThat(p.getY() - r).as("%s: y of a point", kind).isGreaterThan(frame.getMinY());
        assertThat(p.getY() + r).as("%s: y of a point", kind).isLessThan(frame.getMaxY());
      }
      // The outermost points are drawn where reported: their class colour is there.
      WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
      List<Point2D> points = view.drawnPoints();
      for (Point2D p : List.of(extreme(points, true, true), extreme(points, true, false),
          extreme(points, false, true), extreme(points, false, false))) {
        double toClass = Math.min(nearest(shot, p.getX(), p.getY(), DecisionView.CLASS_0),
            nearest(shot, p.getX(), p.getY(), DecisionView.CLASS_1));
        assertThat(toClass).as("%s: a class colour at %s", kind, p).isLessThan(0.08);
      }
    }
  }

  /** The point with the smallest or largest x or y. */
  private static Point2D extreme(List<Point2D> points, boolean x, boolean smallest) {
    java.util.Comparator<Point2D> by = java.util.Comparator.comparingDouble(p -> x ? p.getX() : p.getY());
    return smallest ? java.util.Collections.min(points, by) : java.util.Collections.max(points, by);
  }

  /** The smallest RGB distance to {@code c} among the pixels within 2 px of (x, y). */
  private static double nearest(WritableImage shot, double x, double y, Color c) {
    double best = Double.POSITIVE_INFINITY;
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        int px = (int) Math.round(x) + dx;
        int py = (int) Math.round(y) + dy;
        if (px >= 0 && py >= 0 && px < shot.getWidth() && py < shot.getHeight()) {
          best = Math.min(best, distance(shot.getPixelReader().getColor(px, py), c));
        }
      }
    }
    return best;
  }

  private static double distance(Color a, Color b) {
    return Math.max(Math.abs(a.getRed() - b.getRed()),
        Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
  }

  private static NetModel open(FxRobot robot) throws Exception {
    robot.clickOn("#workspace-nets");
    LabWindowFixture.await(() -> robot.lookup("#net-view").tryQuery().isPresent());
    return modelOf(robot);
  }

  private static NetModel modelOf(FxRobot robot) throws Exception {
    java.lang.reflect.Field f = NetView.class.getDeclaredField("model");
    f.setAccessible(true);
    return (NetModel) f.get(robot.lookup("#net-view").query());
  }
}
