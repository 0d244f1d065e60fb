package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gradientlab.scene.Panel;
import org.gradientlab.ui.SurfaceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 3-D button in the lab's header, as a student uses it (headless: the surface is drawn flat). */
@ExtendWith(ApplicationExtension.class)
class SurfaceWindowTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void theThreeDButtonShowsTheSurfaceOfTheMapsOwnHeatMapBesideOrInsteadOfIt(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("himmelblau"));
    ToggleButton toggle = robot.lookup("#surface-toggle").queryAs(ToggleButton.class);
    SurfaceView surface = lab.window.lab().surfaceView();
    assertThat(surface.isVisible()).isFalse();
    robot.clickOn(toggle);
    assertThat(lab.model.panels()).contains(Panel.SURFACE);
    LabWindowFixture.await(() -> surface.shownSurface() != null
        && surface.shownSurface().heatmap() == lab.window.lab().landscapeView().heatmapProperty().get());
    assertThat(surface.isVisible()).isTrue();
    // Beside the map first: both are laid out side by side.
    var plane = lab.window.lab().landscapeView();
    assertThat(surface.getParent()).isNotSameAs(plane.getParent());
    assertThat(surface.localToScene(surface.getBoundsInLocal()).getMinX())
        .isGreaterThanOrEqualTo(plane.localToScene(plane.getBoundsInLocal()).getMaxX() - 1);
    // Instead of the map: the surface takes the map's place, over it.
    robot.clickOn(robot.lookup("#surface-instead").queryAs(CheckBox.class));
    assertThat(surface.getParent()).isSameAs(plane.getParent());
    // Kept in the scene: saved, a lesson step can open it so.
    assertThat(lab.model.panels()).contains(Panel.SURFACE_INSTEAD);
    assertThat(lab.model.snapshot().panels()).contains(Panel.SURFACE_INSTEAD);
    LabWindowFixture.await(() -> Math.abs(surface.getWidth() - plane.getWidth()) < 1);
    // The map beneath, now wider, asks for its new heat map: the surface follows it.
    LabWindowFixture.await(() -> surface.shownSurface().heatmap() == plane.heatmapProperty().get()
        && plane.heatmapProperty().get().view().width() > 1.5 * plane.heatmapProperty().get().view().height());
    robot.clickOn(robot.lookup("#surface-instead").queryAs(CheckBox.class));
    assertThat(surface.getParent()).isNotSameAs(plane.getParent());
    assertThat(lab.model.panels()).doesNotContain(Panel.SURFACE_INSTEAD);
    robot.clickOn(toggle);
    assertThat(lab.model.panels()).doesNotContain(Panel.SURFACE);
    assertThat(surface.isVisible()).isFalse();
  }

  @Test
  void aOneDimensionalLandscapeHasNoThreeDButtonToPress(FxRobot robot) throws Exception {
    robot.interact(() -> lab.model.selectLandscape("parabola"));
    assertThat(robot.lookup("#surface-toggle").queryAs(ToggleButton.class).isDisabled()).isTrue();
  }
}
