package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.data.CsvImport;
import org.gradientlab.data.ImportedData;
import org.gradientlab.plot.Viewport;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.ui.CsvPreview;
import org.gradientlab.ui.DataView;
import org.gradientlab.ui.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The line fit on a student's own (x, y) points, from the CSV preview to the data view. */
@ExtendWith(ApplicationExtension.class)
class OwnLineDataWindowTest {

  @TempDir
  Path dir;
  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  private static Optional<ImportedData> previewAndAnswer(FxRobot robot, Path file, String button,
      AtomicReference<Optional<ImportedData>> answer) throws Exception {
    Platform.runLater(() -> answer.set(CsvPreview.preview(null, file, CsvImport.Shape.LINE, SceneCodec.MAX_OWN_POINTS)));
    LabWindowFixture.await(() -> robot.lookup("#csv-summary").tryQuery().isPresent());
    robot.clickOn(button);
    LabWindowFixture.await(() -> answer.get() != null);
    return answer.get();
  }

  @Test
  void importedPointsAreFittedAndDrawnWhereTheyLieAndTheSceneKeepsThem(FxRobot robot) throws Exception {
    // Points far from every preset's: x from 100 to 130, y from −40 to 20.
    double[][] xy = {{100, -40}, {110, -18}, {120, 1}, {130, 20}};
    StringBuilder csv = new StringBuilder("hours,score\n");
    for (double[] p : xy) {
      csv.append(p[0]).append(',').append(p[1]).append('\n');
    }
    Path file = dir.resolve("own.csv");
    Files.writeString(file, csv);
    AtomicReference<Optional<ImportedData>> answer = new AtomicReference<>();
    ImportedData own = previewAndAnswer(robot, file, "Use these data", answer).orElseThrow();
    robot.interact(() -> lab.model.useOwnData("line", own));
    LabWindowFixture.await(() -> DataView.lineFit(lab.model.getResult()) != null
        && DataView.lineFit(lab.model.getResult()).data().equals(own.dataset()));
    assertThat(LabWindowFixture.text(robot, "#own-data-file")).isEqualTo("fitting own.csv (4 points)");

    DataView view = robot.lookup("#data-view").queryAs(DataView.class);
    LabWindowFixture.await(view::isVisible);
    Pixels shot = Pixels.of(view);
    PlotStyle s = view.plotStyleProperty().get();
    Viewport vp = DataView.viewport(own.dataset(), view.getWidth(), view.getHeight(), s);
    // The dots: the curve colour at 75 % over the plot's background.
    Color dot = s.curve().interpolate(s.plotBackground(), 0.25);
    for (double[] p : xy) {
      assertThat(shot.near(vp.toPixelX(p[0]), vp.toPixelY(p[1]), dot, 1)).as("point (%s, %s)", p[0], p[1]).isTrue();
    }
    // Nothing of the kind where no point lies (the mirror image of the first point in y).
    assertThat(shot.near(vp.toPixelX(100), vp.toPixelY(20), dot, 2)).isFalse();

    // The scene (and so the session and "save this setup") keeps the file.
    String text = new SceneCodec(org.gradientlab.landscape.LandscapeCatalog.standard()).write(lab.model.snapshot());
    assertThat(text).contains("data: " + file + "\n");
    assertThat(lab.model.snapshot().data()).isEqualTo(own);
    // A preset chosen again: the line fits it, not the file.
    robot.clickOn("#own-data-preset");
    LabWindowFixture.await(() -> lab.model.dataProperty().get() == null);
    assertThat(DataView.lineFit(lab.model.getResult()).data()).isNotEqualTo(own.dataset());
  }

  @Test
  void aFileWithBadRowsListsEachLineAndCannotBeUsed(FxRobot robot) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "x,y\n0,1\n1\n2,NaN\n3,4,5\n4,5\n");
    AtomicReference<Optional<ImportedData>> answer = new AtomicReference<>();
    Platform.runLater(() -> answer.set(CsvPreview.preview(null, file, CsvImport.Shape.LINE, SceneCodec.MAX_OWN_POINTS)));
    LabWindowFixture.await(() -> robot.lookup("#csv-problems").tryQuery().isPresent());
    assertThat(LabWindowFixture.text(robot, "#csv-problems")).isEqualTo(String.join("\n",
        "line 3: expected 2 values (x, y), found 1",
        "line 4: y (column 2) is not a finite number: 'NaN'",
        "line 5: expected 2 values (x, y), found 3"));
    Button use = robot.lookup(".button").match((Node n) -> n instanceof Button b && "Use these data".equals(b.getText()))
        .queryAs(Button.class);
    assertThat(use.isDisabled()).isTrue();
    robot.clickOn("Cancel");
    LabWindowFixture.await(() -> answer.get() != null);
    assertThat(answer.get()).isEmpty();
  }
}
