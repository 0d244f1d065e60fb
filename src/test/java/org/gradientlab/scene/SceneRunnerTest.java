package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Nesterov;
import org.gradientlab.run.Outcome;
import org.junit.jupiter.api.Test;

class SceneRunnerTest {

  private final SceneRunner runner = new SceneRunner(LandscapeCatalog.standard());

  @Test
  void theInitialSceneIsGradientDescentConvergingOnXSquared() {
    SceneResult r = runner.run(Scene.initial());
    assertThat(r.trajectories()).hasSize(1);
    assertThat(r.trajectories().get(0).theta(0, 0)).isEqualTo(1.0);
    assertThat(r.trajectories().get(0).outcome()).isInstanceOf(Outcome.Converged.class);
    assertThat(r.edges().gradientDescentEdge()).isEqualTo(1.0);
    assertThat(r.edgesAtMinimum()).isTrue();
  }

  @Test
  void changingOnlyTheLearningRateKeepsTheSameObjectiveInstance() {
    Scene a = Scene.initial().withLandscape(LandscapeSpec.of("rosenbrock"));
    Scene b = a.withEta(0.002);
    Scene c = a.withLambda(0.5);
    assertThat(runner.run(b).objective()).isSameAs(runner.run(a).objective());
    assertThat(runner.run(c).objective()).isNotSameAs(runner.run(a).objective());
  }

  @Test
  void lambdaRaisesTheCurvatureAndLowersTheEdge() {
    // x² + (λ/2)x² has curvature 2 + λ: the GD edge falls from 1 to 2/(2 + λ).
    Scene s = Scene.initial().withLambda(2);
    assertThat(runner.run(s).edges().gradientDescentEdge()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void withoutAKnownMinimumTheEdgesAreMeasuredAtTheStart() {
    Scene s = Scene.initial().withLandscape(LandscapeSpec.of("saddle"))
        .withOptimizers(List.of(GradientDescent.KIND)).withStart(new Point(1, 0.5));
    SceneResult r = runner.run(s);
    assertThat(r.edgesAtMinimum()).isFalse();
    assertThat(r.edges().largestCurvature()).isEqualTo(2.0);
  }

  @Test
  void theRaceKeepsTheOrderOfTheScene() {
    Scene s = Scene.initial().withLandscape(LandscapeSpec.of("bowl")).withOptimizers(
        List.of(Adam.KIND, GradientDescent.KIND, Nesterov.KIND));
    assertThat(runner.run(s).trajectories()).extracting(t -> t.optimizer().kind())
        .containsExactly(Adam.KIND, GradientDescent.KIND, Nesterov.KIND);
  }
}
