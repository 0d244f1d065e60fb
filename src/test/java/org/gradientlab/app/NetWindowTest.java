package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.ui.NetView;
import org.gradientlab.viewmodel.NetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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

  private static NetModel modelOf(FxRobot robot) throws Exception {
    java.lang.reflect.Field f = NetView.class.getDeclaredField("model");
    f.setAccessible(true);
    return (NetModel) f.get(robot.lookup("#net-view").query());
  }
}
