package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.math.Point;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.run.Outcome;
import org.gradientlab.scene.Panel;
import org.gradientlab.scene.Scene;
import org.junit.jupiter.api.Test;

/** The view model without a window: work and publication both on the calling thread. */
class LabModelTest {

  private final LabModel model = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);

  @Test
  void startsWithGradientDescentOnXSquaredFromOne() {
    assertThat(model.getResult().objective().dimension()).isEqualTo(1);
    assertThat(model.getResult().settings().start()).containsExactly(1);
    assertThat(model.racing()).containsExactly(GradientDescent.KIND);
  }

  @Test
  void settingTheLearningRateRecomputesTheRace() {
    model.etaProperty().set(1.5);
    // x ← −2x: |x_k| = 2^k passes the bound at step 21.
    assertThat(model.getResult().trajectories().get(0).outcome())
        .isInstanceOfSatisfying(Outcome.Diverging.class, d -> assertThat(d.exit())
            .contains(new Outcome.Exit(21, Outcome.Reason.OUT_OF_BOUNDS)));
    model.etaProperty().set(0.5);
    assertThat(model.getResult().trajectories().get(0).outcome()).isEqualTo(new Outcome.Converged(1));
  }

  @Test
  void selectingALandscapeAppliesItsDefaultsAndSuggestedSettings() {
    model.selectLandscape("rosenbrock");
    assertThat(model.landscapeProperty().get()).isEqualTo(LandscapeSpec.of("rosenbrock"));
    assertThat(model.startProperty().get()).isEqualTo(new Point(-1.5, 2));
    assertThat(model.etaProperty().get()).isEqualTo(0.001);
    assertThat(model.getResult().objective().name()).isEqualTo("Rosenbrock");
  }

  @Test
  void aSceneAppliedIsTheSceneSnapshotted() {
    Scene scene = new Scene(
        LandscapeSpec.of("bowl").with("kappa", 25).with("rotation", 10),
        List.of(Momentum.KIND, Adam.KIND),
        OptimizerCatalog.standard().defaults(0.3)
            .withEverywhere("alpha", 0.8).withEverywhere("beta1", 0.85).withEverywhere("beta2", 0.99)
            .withEverywhere("rho", 0.95).withEverywhere("sigma", 0.2).withEverywhere("batch", 4)
            .with(Adam.KIND, "eta", 0.02),
        0.01, new Point(1, -2), 321, 9, new Domain(-4, 4, -3, 3),
        java.util.EnumSet.of(Panel.CHART, Panel.GRADIENT_ARROW));
    model.apply(scene);
    assertThat(model.snapshot()).isEqualTo(scene);
    assertThat(model.getResult().scene()).isEqualTo(scene);
  }

  @Test
  void movingTheStartRestartsEveryOptimizerThere() {
    model.selectLandscape("bowl");
    model.setRacing(Adam.KIND, true);
    model.moveStart(new Point(0.5, 1.5));
    model.getResult().trajectories().forEach(t -> assertThat(t.theta(0)).containsExactly(0.5, 1.5));
  }

  @Test
  void anEngineErrorIsReportedAndTheLastResultStays() {
    var before = model.getResult();
    model.setLandscapeParameter("kappa", "2"); // the parabola has no κ
    assertThat(model.errorProperty().get()).contains("has no parameter 'kappa'");
    assertThat(model.getResult()).isSameAs(before);
  }
}
