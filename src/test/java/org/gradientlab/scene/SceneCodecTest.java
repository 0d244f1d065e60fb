package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.Nesterov;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.junit.jupiter.api.Test;

class SceneCodecTest {

  private final SceneCodec codec = new SceneCodec(LandscapeCatalog.standard());

  @Test
  void aWrittenSceneReadsBackEqual() throws Exception {
    Scene scene = new Scene(LandscapeSpec.of("bowl").with("kappa", 25).with("rotation", -10),
        List.of(Adam.KIND, GradientDescent.KIND),
        OptimizerCatalog.standard().defaults(0.3).withEverywhere("alpha", 0.8)
            .withEverywhere("beta1", 0.85).withEverywhere("beta2", 0.99).withEverywhere("rho", 0.95)
            .withEverywhere("sigma", 0.2).withEverywhere("batch", 4),
        0.01, new Point(1.25, -2), 321, 9, new Domain(-4, 4, -3, 3),
        EnumSet.of(Panel.CHART, Panel.GRADIENT_ARROW));
    assertThat(codec.parse(codec.write(scene), Scene.initial())).isEqualTo(scene);
  }

  @Test
  void theRateMapPanelIsWrittenAsRateMapAndReadBack() throws Exception {
    Scene i = Scene.initial();
    Scene scene = new Scene(i.landscape(), i.optimizers(), i.settings(), i.lambda(), i.start(), i.steps(),
        i.seed(), i.view(), EnumSet.of(Panel.CONTROLS, Panel.RATE_MAP));
    String text = codec.write(scene);
    assertThat(text).contains("panels: controls, rate-map\n");
    assertThat(codec.parse(text, Scene.initial())).isEqualTo(scene);
    assertThat(codec.parse("panels: chart, rate map", Scene.initial()).panels())
        .containsExactlyInAnyOrder(Panel.CHART, Panel.RATE_MAP);
  }

  @Test
  void theSurfacePanelIsWrittenAsSurfaceAndReadBackAndAnUnknownPanelListsIt() throws Exception {
    Scene i = Scene.initial();
    Scene scene = new Scene(i.landscape(), i.optimizers(), i.settings(), i.lambda(), i.start(), i.steps(),
        i.seed(), i.view(), EnumSet.of(Panel.RATE_MAP, Panel.SURFACE));
    String text = codec.write(scene);
    assertThat(text).contains("panels: rate-map, surface\n");
    assertThat(codec.parse(text, Scene.initial())).isEqualTo(scene);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.parse("panels: 3d", Scene.initial()))
        .hasMessageContaining("surface");
  }

  @Test
  void theSurfaceInTheMapsPlaceIsWrittenAsSurfaceInsteadAndReadBack() throws Exception {
    Scene i = Scene.initial();
    Scene scene = new Scene(i.landscape(), i.optimizers(), i.settings(), i.lambda(), i.start(), i.steps(),
        i.seed(), i.view(), EnumSet.of(Panel.SURFACE, Panel.SURFACE_INSTEAD));
    String text = codec.write(scene);
    assertThat(text).contains("panels: surface, surface-instead\n");
    assertThat(codec.parse(text, Scene.initial())).isEqualTo(scene);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.parse("panels: instead", Scene.initial()))
        .hasMessageContaining("surface-instead");
  }

  @Test
  void missingKeysKeepTheBaseAndANewLandscapeResetsStartAndView() throws Exception {
    Scene base = Scene.initial().withStart(new Point(0.5, 0)).withView(new Domain(-1, 1, 0, 0));
    Scene eta = codec.parse("eta: 0.5", base);
    assertThat(eta.settings().value(GradientDescent.KIND, "eta")).isEqualTo(0.5);
    assertThat(eta.settings().value(Adam.KIND, "eta")).isEqualTo(0.5);
    assertThat(eta.start()).isEqualTo(new Point(0.5, 0));
    Scene other = codec.parse("objective: rosenbrock\noptimizers: GD, Adam", base);
    assertThat(other.start()).isNull();
    assertThat(other.view()).isNull();
    assertThat(other.optimizers()).containsExactly(GradientDescent.KIND, Adam.KIND);
  }

  @Test
  void eachOptimizerKeepsItsOwnValuesThroughTextAndOverridesNameTheirOptimizer() throws Exception {
    Scene s = codec.parse("optimizers: GD, Momentum, Adam\neta: 0.1, Adam=0.01\nalpha: Momentum=0.5",
        Scene.initial());
    assertThat(s.settings().value(GradientDescent.KIND, "eta")).isEqualTo(0.1);
    assertThat(s.settings().value(Momentum.KIND, "eta")).isEqualTo(0.1);
    assertThat(s.settings().value(Adam.KIND, "eta")).isEqualTo(0.01);
    assertThat(s.settings().value(Momentum.KIND, "alpha")).isEqualTo(0.5);
    assertThat(s.settings().value(Nesterov.KIND, "alpha")).isEqualTo(0.9);
    assertThat(codec.write(s)).contains("eta: 0.1, Adam=0.01\n").contains("alpha: 0.9, Momentum=0.5\n");
    assertThat(codec.parse(codec.write(s), Scene.initial())).isEqualTo(s);
  }

  @Test
  void aScheduleLineDefinesTheScheduleAndReadsBackEqual() throws Exception {
    Scene cosine = codec.parse("schedule: cosine\neta-min: 0.001\nwarmup: 10", Scene.initial());
    assertThat(cosine.schedule()).isEqualTo(new org.gradientlab.optimizer.LearningRateSchedule(
        org.gradientlab.optimizer.LearningRateSchedule.Kind.COSINE, 0.5, 100, 0.001, 10));
    assertThat(codec.parse(codec.write(cosine), Scene.initial())).isEqualTo(cosine);
    // Over a scheduled base, a new schedule line starts from the defaults, not the base's values.
    Scene step = codec.parse("schedule: step\nevery: 50", cosine);
    assertThat(step.schedule().warmup()).isZero();
    assertThat(codec.parse(codec.write(step), cosine)).isEqualTo(step);
    assertThat(codec.parse(codec.write(Scene.initial()), cosine)).isEqualTo(Scene.initial());
    assertError("schedule: linear", 1, "unknown schedule 'linear'");
    assertError("schedule: step\ndecay: 2", 2, "decay G of a step schedule must be ≤ 1");
  }

  @Test
  void wholeNumbersOutOfRangeAreRefusedWithTheLimitNeverWrapped() {
    assertError("steps: 4294967396", 1, "steps must be between 0 and 100000");
    assertError("batch: 4294967297", 1, "SGD batch size b must be in [1, 100000]");
    assertError("batch: 2.5", 1, "must be a whole number");
    assertError("start: NaN", 1, "start must be finite");
  }

  @Test
  void errorsNameTheirLineAndReason() {
    assertError("eta: 0.1\nkappa: 3", 2, "unknown key 'kappa'");
    assertError("landscape: bowl\nkappa: 0.2", 2, "condition number κ must be between 1 and 1000");
    assertError("landscape: banana", 1, "unknown landscape 'banana'");
    assertError("\n\neta: fast", 3, "eta: 'fast' is not a number");
    assertError("eta: -1", 1, "learning rate η must be finite and > 0");
    assertError("optimizers: GD, LBFGS", 1, "unknown optimizer 'LBFGS'");
    assertError("start: 1, 2, 3", 1, "start takes one or two numbers");
    assertError("steps: 10\nsteps: 20", 2, "'steps' is given twice");
    assertError("just words", 1, "expected 'key: value'");
    assertError("panels: chart, sidebar", 1, "unknown panel 'sidebar'");
    assertError("alpha: GD=0.5", 1, "GD has no momentum α; Momentum, Nesterov, Momentum-HD take it");
    assertError("eta: 0.1, Lion=0.3", 1, "unknown optimizer 'Lion'");
    assertError("optimizers: GD,,Adam", 1, "a name is missing");
  }

  private void assertError(String text, int line, String reason) {
    assertThatThrownBy(() -> codec.parse(text, Scene.initial()))
        .isInstanceOfSatisfying(SceneFormatException.class, e -> {
          assertThat(e.line()).as(text).isEqualTo(line);
          assertThat(e.reason()).as(text).contains(reason);
        });
  }
}
