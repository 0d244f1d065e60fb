package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.optimizer.Marker;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each optimizer's marker, as drawn, differs from every other one: shape alone tells them apart. */
@ExtendWith(ApplicationExtension.class)
class MarkerShapesTest {

  private static final int SIZE = 40;

  @Start
  void start(Stage stage) {
    stage.show();
  }

  @Test
  void everyMarkerDrawnOnACanvasCoversADifferentSetOfPixels(FxRobot robot) {
    List<boolean[]> masks = new ArrayList<>();
    robot.interact(() -> {
      for (Marker m : Marker.values()) {
        Canvas c = new Canvas(SIZE, SIZE);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(Color.BLACK);
        gc.fillRect(0, 0, SIZE, SIZE);
        gc.setFill(Color.WHITE);
        MarkerShapes.fill(gc, m, SIZE / 2.0, SIZE / 2.0, 14);
        WritableImage image = c.snapshot(new SnapshotParameters(), null);
        masks.add(mask(image));
      }
    });
    for (int a = 0; a < masks.size(); a++) {
      int area = count(masks.get(a));
      // each covers roughly a unit disc's area (π·14² ≈ 616 px), so none is a speck or a blob
      assertThat(area).as(Marker.values()[a].name()).isBetween(300, 1000);
      for (int b = a + 1; b < masks.size(); b++) {
        int differing = 0;
        for (int i = 0; i < masks.get(a).length; i++) {
          if (masks.get(a)[i] != masks.get(b)[i]) {
            differing++;
          }
        }
        assertThat(differing).as(Marker.values()[a] + " vs " + Marker.values()[b])
            .isGreaterThan(area * 15 / 100); // a circle and a square differ by ≈ 20 %
      }
    }
  }

  @Test
  void theStatusLineSlideLegendAndRaceToggleShowTheOptimizersOwnShapeAndColour() {
    for (OptimizerKind k : OptimizerCatalog.standard().kinds()) {
      var node = MarkerShapes.node(k, OptimizerColors.of(k), 6);
      assertThat(node.getStyleClass()).contains("marker-" + k.style().marker().name().toLowerCase());
      assertThat(node.getFill()).isEqualTo(Color.web(k.style().onDark()));
    }
  }

  private static boolean[] mask(WritableImage image) {
    PixelReader r = image.getPixelReader();
    boolean[] m = new boolean[SIZE * SIZE];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        m[y * SIZE + x] = r.getColor(x, y).getBrightness() > 0.5;
      }
    }
    return m;
  }

  private static int count(boolean[] m) {
    int n = 0;
    for (boolean b : m) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
