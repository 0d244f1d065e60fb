package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.maps.HeavyBallRate;
import org.gradientlab.maps.OutcomeMap;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerConfig;
import org.gradientlab.run.Outcome;
import org.gradientlab.run.Runner;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Panel;
import org.junit.jupiter.api.Test;

/** The maps' view model without a window: every computation on the calling thread. */
class MapsModelTest {

  private final LabModel lab = new LabModel(LandscapeCatalog.standard(), Runnable::run, Runnable::run);
  private final MapsModel maps = new MapsModel(lab, Runnable::run, Runnable::run, Runnable::run);

  private void onTheBowlWithMomentum() {
    lab.selectLandscape("bowl");
    lab.setRacing(Momentum.KIND, true);
  }

  private Trajectory trajectoryOf(org.gradientlab.optimizer.OptimizerKind kind) {
    return lab.getResult().trajectories().stream().filter(t -> t.optimizer().kind() == kind).findFirst()
        .orElseThrow();
  }

  @Test
  void theBowlsQuadraticHasEigenvaluesOneAndOneOverKappa() {
    onTheBowlWithMomentum();
    lab.setLandscapeParameter("kappa", "25");
    MapsModel.Curvature c = maps.curvatureProperty().get();
    assertThat(c.largest()).isCloseTo(1, within(1e-12));
    assertThat(c.mu()).isCloseTo(1 / 25.0, within(1e-12));
    assertThat(maps.rateMapsProperty().get().curvature()).isEqualTo(c);
    assertThat(maps.rateMapsProperty().get().momentum().x().max()).isCloseTo(4.4, within(1e-12));
  }

  @Test
  void aSaddleHasNoRateMap() {
    lab.selectLandscape("saddle");
    assertThat(maps.curvatureProperty().get()).isNull();
  }

  @Test
  void movingTheMomentumPointSetsTheRacesEtaAndAlphaAndReRunsIt() {
    onTheBowlWithMomentum();
    maps.moveMomentumPoint(2.30866, 0.269874);
    assertThat(lab.etaProperty().get()).isEqualTo(2.31);
    assertThat(lab.hyperparameterProperty("alpha").get()).isEqualTo(0.27);
    OptimizerConfig raced = trajectoryOf(Momentum.KIND).optimizer();
    assertThat(raced).isEqualTo(new Momentum(2.31, 0.27));
    // What the race shows is the run of those values.
    assertThat(trajectoryOf(Momentum.KIND).outcome()).isEqualTo(
        Runner.run(lab.getResult().objective(), raced, lab.getResult().settings()).outcome());
    assertThat(trajectoryOf(Momentum.KIND).outcome()).isInstanceOf(Outcome.Converged.class);
  }

  @Test
  void aDragPastAlphaOneStopsJustBelowIt() {
    onTheBowlWithMomentum();
    maps.moveMomentumPoint(1, 1.2);
    assertThat(lab.hyperparameterProperty("alpha").get()).isEqualTo(MapsModel.ALPHA_MAX);
  }

  @Test
  void movingTheGradientPointSetsTheBowlsKappaSoTheQuadraticHasIt() {
    onTheBowlWithMomentum();
    maps.moveGradientPoint(1.5, 40);
    assertThat(lab.etaProperty().get()).isEqualTo(1.5);
    assertThat(maps.curvatureProperty().get().kappa()).isCloseTo(40, within(1e-9));
    // With λ the eigenvalues are 1 + λ and 1/κ + λ: the bowl's κ is chosen so that their ratio is 40.
    lab.lambdaProperty().set(0.005);
    maps.moveGradientPoint(1.5, 40);
    assertThat(maps.curvatureProperty().get().kappa()).isCloseTo(40, within(0.2));
    assertThat(Double.parseDouble(lab.landscapeProperty().get().parameters().get("kappa"))).isGreaterThan(40);
  }

  @Test
  void elsewhereKappaBelongsToTheLandscape() {
    lab.selectLandscape("rosenbrock");
    double kappa = maps.curvatureProperty().get().kappa();
    maps.moveGradientPoint(0.001, 10);
    assertThat(lab.etaProperty().get()).isEqualTo(0.001);
    assertThat(maps.curvatureProperty().get().kappa()).isEqualTo(kappa);
  }

  @Test
  void theMeasuredMapIsComputedOnlyWhileShownAndAClickRecomputesNothing() {
    onTheBowlWithMomentum();
    assertThat(maps.measuredProperty().get()).isNull();
    maps.measuredActiveProperty().set(true);
    MapsModel.Measured m = maps.measuredProperty().get();
    assertThat(m).isNotNull();
    assertThat(maps.measuredProgressProperty().get()).isEqualTo(1.0);
    assertThat(maps.measuredKeyProperty().get()).isEqualTo("alpha");
    assertThat(m.maps()).extracting(OutcomeMap::kind).containsExactly(GradientDescent.KIND, Momentum.KIND);
    maps.applyMeasured(Momentum.KIND, 0.5, 0.5);
    assertThat(lab.etaProperty().get()).isEqualTo(0.5);
    assertThat(lab.hyperparameterProperty("alpha").get()).isEqualTo(0.5);
    assertThat(maps.measuredProperty().get()).isSameAs(m);
    // ... but a new race does.
    lab.setRacing(Adam.KIND, true);
    assertThat(maps.measuredProperty().get()).isNotSameAs(m);
    assertThat(maps.measuredKeys()).containsExactly("alpha", "beta1", "beta2", "");
  }

  @Test
  void withUnlinkedControlsADragSetsMomentumAloneAndTheDotShowsMomentumsOwnValues() {
    onTheBowlWithMomentum();
    lab.setRacing(org.gradientlab.optimizer.Nesterov.KIND, true);
    lab.linkedControlsProperty().set(false);
    maps.moveMomentumPoint(2.0, 0.4);
    assertThat(maps.momentumPoint()).containsExactly(2.0, 0.4);
    assertThat(trajectoryOf(Momentum.KIND).optimizer()).isEqualTo(new Momentum(2.0, 0.4));
    // GD and Nesterov keep theirs: the bowl's suggested η = 1 and the default α = 0.9.
    assertThat(maps.value(GradientDescent.KIND, "eta")).isEqualTo(1.0);
    assertThat(maps.value(org.gradientlab.optimizer.Nesterov.KIND, "eta")).isEqualTo(1.0);
    assertThat(maps.value(org.gradientlab.optimizer.Nesterov.KIND, "alpha")).isEqualTo(0.9);
    maps.moveGradientPoint(0.7, 10);
    assertThat(maps.gradientDescentEta()).isEqualTo(0.7);
    assertThat(maps.value(Momentum.KIND, "eta")).isEqualTo(2.0);
    // A click on GD's measured map sets GD's η alone; α is not GD's.
    maps.measuredActiveProperty().set(true);
    maps.applyMeasured(GradientDescent.KIND, 0.25, 0.1);
    assertThat(maps.gradientDescentEta()).isEqualTo(0.25);
    assertThat(maps.momentumPoint()).containsExactly(2.0, 0.4);
  }

  @Test
  void theMeasuredMapRunsTheRacesSchedule() {
    onTheBowlWithMomentum();
    // η_t = η · 0.99^t: GD starting past its edge 2/L = 2 comes back under it after a few steps.
    var decay = new org.gradientlab.optimizer.LearningRateSchedule(
        org.gradientlab.optimizer.LearningRateSchedule.Kind.EXPONENTIAL, 0.99, 100, 0, 0);
    lab.scheduleProperty().set(decay);
    assertThat(maps.scheduled()).isTrue();
    maps.measuredActiveProperty().set(true);
    MapsModel.Measured m = maps.measuredProperty().get();
    assertThat(m.request().schedule()).isEqualTo(decay);
    OutcomeMap gd = m.maps().get(0);
    int checked = 0;
    for (int i = 0; i < gd.eta().cells(); i++) {
      double eta = gd.eta().value(i);
      if (eta > 2.05 && eta < 2.6) {
        Outcome expected = Runner.run(lab.getResult().objective(), new GradientDescent(eta),
            lab.getResult().settings(), decay).outcome();
        assertThat(expected).isInstanceOf(Outcome.Converged.class);
        assertThat(gd.outcome(i, 0)).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theMapsAreShownWithTheLabsRateMapPanel() {
    assertThat(maps.shownProperty().get()).isFalse();
    lab.setPanelVisible(Panel.RATE_MAP, true);
    assertThat(maps.shownProperty().get()).isTrue();
    maps.shownProperty().set(false);
    assertThat(lab.panels()).doesNotContain(Panel.RATE_MAP);
    assertThat(lab.snapshot().panels()).doesNotContain(Panel.RATE_MAP);
  }

  @Test
  void theFastestPointOnTheMapIsTheClosedForm() {
    onTheBowlWithMomentum();
    MapsModel.Curvature c = maps.curvatureProperty().get();
    HeavyBallRate.Optimum best = HeavyBallRate.optimum(c.mu(), c.largest());
    assertThat(best.alpha()).isCloseTo(Math.pow((Math.sqrt(10) - 1) / (Math.sqrt(10) + 1), 2), within(1e-12));
  }
}
