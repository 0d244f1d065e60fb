package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ImportedData;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.plot.Viewport;
import org.gradientlab.regression.LogisticFitObjective;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.ui.CsvPreview;
import org.gradientlab.ui.DataView;
import org.gradientlab.ui.DecisionView;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Logistic regression on a student's own file of x₁, x₂ and a label, from the preview to the data view. */
@ExtendWith(ApplicationExtension.class)
class OwnClassDataWindowTest {

  @TempDir
  Path dir;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void importedPointsAreDrawnInTheirClassColoursWithEachRunsBoundaryWhereItsWeightsPutIt(FxRobot robot)
      throws Exception {
    // Far from every preset: class 1 around (50, 10), class 0 around (40, 30), in the file's units.
    double[][] rows = {{52, 9, 1}, {49, 12, 1}, {51, 7, 1}, {47, 10, 1}, {41, 31, 0}, {38, 29, 0},
        {42, 27, 0}, {44, 33, 0}, {46, 20, 1}, {45, 21, 0}};
    StringBuilder csv = new StringBuilder("hours,age,passed\n");
    for (double[] r : rows) {
      csv.append(r[0]).append(',').append(r[1]).append(',').append((int) r[2]).append('\n');
    }
    Path file = dir.resolve("classes.csv");
    Files.writeString(file, csv);
    AtomicReference<Optional<ImportedData>> answer = new AtomicReference<>();
    Platform.runLater(() -> answer.set(CsvPreview.preview(null, file, CsvImport.Shape.CLASSIFICATION,
        SceneCodec.MAX_OWN_POINTS)));
    LabWindowFixture.await(() -> robot.lookup("#csv-summary").tryQuery().isPresent());
    robot.clickOn("Use these data");
    LabWindowFixture.await(() -> answer.get() != null);
    ImportedData own = answer.get().orElseThrow();
    robot.interact(() -> {
      lab.model.useOwnData("logistic", own);
      // A boundary well short of the best one after 5 steps, so the two differ on screen.
      lab.model.apply(lab.model.snapshot().withOptimizers(java.util.List.of(GradientDescent.KIND)).withSteps(5));
    });
    LabWindowFixture.await(() -> DataView.logisticFit(lab.model.getResult()) != null
        && DataView.logisticFit(lab.model.getResult()).data().equals(own.dataset())
        && lab.model.getResult().trajectories().size() == 1
        && lab.model.getResult().maxLength() == 6);
    assertThat(LabWindowFixture.text(robot, "#own-data-file")).isEqualTo("fitting classes.csv (10 points)");
    robot.interact(() -> lab.model.playback().showAll());
    LabWindowFixture.await(() -> lab.model.playback().getFrame() == 5);

    DataView view = robot.lookup("#data-view").queryAs(DataView.class);
    LabWindowFixture.await(view::isVisible);
    Pixels shot = Pixels.of(view);
    PlotStyle s = view.plotStyleProperty().get();
    Viewport vp = DataView.featureViewport(own.dataset(), view.getWidth(), view.getHeight(), s);
    for (double[] r : rows) {
      Color c = (r[2] > 0.5 ? DecisionView.CLASS_1 : DecisionView.CLASS_0).interpolate(s.plotBackground(), 0.2);
      assertThat(shot.near(vp.toPixelX(r[0]), vp.toPixelY(r[1]), c, 1)).as("point (%s, %s)", r[0], r[1]).isTrue();
    }
    // GD's boundary after 5 steps: w·z = 0 for its w, drawn through the data's mean in file units.
    LogisticFitObjective fit = DataView.logisticFit(lab.model.getResult());
    Trajectory gd = lab.model.getResult().trajectories().get(0);
    double[] line = DataView.boundaryLine(fit, gd.theta(5, 0), gd.theta(5, 1), vp.view());
    Color gdColour = OptimizerColors.forStyle(GradientDescent.KIND, s);
    double mx = fit.standardizer().mean(0);
    double my = fit.standardizer().mean(1);
    double dx = line[2] - mx;
    double dy = line[3] - my;
    double len = Math.hypot(vp.toPixelX(mx + dx) - vp.toPixelX(mx), vp.toPixelY(my + dy) - vp.toPixelY(my));
    for (double px : new double[] {-60, -25, 25, 60}) {
      double t = px / len; // px pixels along the line from the mean
      double x = vp.toPixelX(mx + t * dx);
      double y = vp.toPixelY(my + t * dy);
      assertThat(shot.near(x, y, gdColour, 2)).as("boundary %s px from the mean", px).isTrue();
    }
    // Across the line, 30 px off it on either side, there is none of GD's colour.
    double nx = -(vp.toPixelY(my + dy) - vp.toPixelY(my)) / len;
    double ny = (vp.toPixelX(mx + dx) - vp.toPixelX(mx)) / len;
    for (double off : new double[] {-30, 30}) {
      assertThat(shot.near(vp.toPixelX(mx) + off * nx, vp.toPixelY(my) + off * ny, gdColour, 2))
          .as("%s px across", off).isFalse();
    }
    // The scene keeps the file; a preset chosen again replaces it.
    assertThat(lab.model.snapshot().data()).isEqualTo(own);
    robot.clickOn("#own-data-preset");
    LabWindowFixture.await(() -> lab.model.dataProperty().get() == null);
    assertThat(DataView.logisticFit(lab.model.getResult()).data()).isNotEqualTo(own.dataset());
  }
}
