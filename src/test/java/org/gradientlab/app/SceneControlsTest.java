package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gradientlab.format.Numbers;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonStep;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Applying a scene sets every control of the lab to the scene's value: none is left stale. */
@ExtendWith(ApplicationExtension.class)
class SceneControlsTest {

  private LabWindowFixture lab;

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage);
  }

  @Test
  void everyStepOfEveryShippedLessonShowsItsOwnValuesInEveryControl(FxRobot robot) throws Exception {
    SceneCodec codec = new SceneCodec(LandscapeCatalog.standard());
    LessonLibrary.Contents contents = new LessonLibrary(new LessonParser(codec)).load(Path.of("lessons"));
    assertThat(contents.problems()).isEmpty();
    int checked = 0;
    for (Lesson lesson : contents.lessons()) {
      for (int i = 0; i < lesson.steps().size(); i++) {
        LessonStep step = lesson.steps().get(i);
        if (!(step.scene() instanceof Scene labScene)) {
          continue; // the other workspaces' controls are checked in their own tests
        }
        robot.interact(() -> lab.model.apply(labScene));
        String where = lesson.number() + " step " + (i + 1);
        Scene applied = lab.model.snapshot();
        assertControlsShow(robot, applied, where);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void aLessonStepThatOnlyChangesKappaOnTheBowlAlreadyShownMovesTheKappaControl(FxRobot robot) {
    robot.interact(() -> lab.model.selectLandscape("bowl"));
    Scene kappa10 = lab.model.snapshot().withLandscape(lab.model.landscapeProperty().get().with("kappa", 10));
    robot.interact(() -> lab.model.apply(kappa10));
    assertThat(field(robot, "#param-kappa").getText()).isEqualTo("10");
    Scene rotated = kappa10.withLandscape(kappa10.landscape().with("rotation", 45));
    robot.interact(() -> lab.model.apply(rotated));
    assertThat(field(robot, "#param-rotation").getText()).isEqualTo("45");
    // The control following the model does not write a rounded value back.
    assertThat(lab.model.snapshot()).isEqualTo(rotated);
  }

  private void assertControlsShow(FxRobot robot, Scene s, String where) {
    LandscapeEntry entry = LandscapeCatalog.standard().entry(s.landscape().id());
    ComboBox<?> choice = robot.lookup("#landscape-choice").queryAs(ComboBox.class);
    assertThat(((LandscapeEntry) choice.getValue()).id()).as(where).isEqualTo(entry.id());
    for (ParameterSpec p : entry.parameters()) {
      String value = s.landscape().parameters().getOrDefault(p.name(), p.defaultValue());
      String id = "#param-" + p.name();
      switch (p.type()) {
        case NUMBER -> assertThat(field(robot, id).getText()).as(where + " " + p.name())
            .isEqualTo(Numbers.compact(Numbers.parse(value)));
        case CHOICE -> assertThat(robot.lookup(id).queryAs(ComboBox.class).getValue())
            .as(where + " " + p.name()).isEqualTo(value);
        case TEXT -> assertThat(robot.lookup("#formula-text").queryAs(TextField.class).getText())
            .as(where + " " + p.name()).isEqualTo(value);
      }
    }
    for (OptimizerKind k : lab.model.optimizers().kinds()) {
      ToggleButton t = robot.lookup("#toggle-" + k.label().toLowerCase()).queryAs(ToggleButton.class);
      assertThat(t.isSelected()).as(where + " " + k.label()).isEqualTo(s.optimizers().contains(k));
    }
    if (lab.model.linkedControlsProperty().get()) {
      for (Hyperparameter h : lab.model.optimizers().hyperparameters()) {
        double expected = s.settings().representative(h.key(), lab.model.racingInCatalogOrder());
        assertThat(field(robot, "#" + h.key()).getText()).as(where + " " + h.key())
            .isEqualTo(Numbers.compact(expected));
      }
    } else {
      // A fair race (each optimizer its own η …): every racing optimizer's own controls.
      for (OptimizerKind k : s.optimizers()) {
        String own = "#" + Hyperparameter.LEARNING_RATE.key() + "-" + k.label().toLowerCase();
        assertThat(field(robot, own).getText()).as(where + " " + k.label() + "'s η")
            .isEqualTo(Numbers.compact(s.settings().value(k, Hyperparameter.LEARNING_RATE.key())));
        for (String key : k.keys()) {
          var c = robot.lookup("#" + key + "-" + k.label().toLowerCase() + " .number-field").tryQuery();
          if (c.isPresent()) {
            assertThat(((TextField) c.get()).getText()).as(where + " " + k.label() + "'s " + key)
                .isEqualTo(Numbers.compact(s.settings().value(k, key)));
          }
        }
      }
    }
    assertThat(field(robot, "#lambda").getText()).as(where + " λ").isEqualTo(Numbers.compact(s.lambda()));
    assertThat(robot.lookup("#schedule-kind").queryAs(ComboBox.class).getValue()).as(where + " schedule")
        .isEqualTo(s.schedule().kind());
    assertThat(field(robot, "#schedule-decay").getText()).as(where + " decay")
        .isEqualTo(Numbers.compact(s.schedule().decay()));
    assertThat(field(robot, "#steps").getText()).as(where + " steps").isEqualTo(Integer.toString(s.steps()));
  }

  private static TextField field(FxRobot robot, String controlId) {
    return robot.lookup(controlId + " .number-field").queryAs(TextField.class);
  }
}
