package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.UnrolledMeters;
import org.gradientlab.hyper.ValidationCurve;
import org.junit.jupiter.api.Test;

/**
 * The view models of the workspace's unrolling, Bayesian-optimisation and many-λ panels, on the
 * calling thread: every request is done and published before the call returns.
 */
class HyperPanelsModelTest {

  private final SimpleObjectProperty<HyperProblem> problem = new SimpleObjectProperty<>(HyperProblems.sine());

  @Test
  void theUnrolledPanelComputesOnlyWhenShownAndItsMetersGrowWithT() {
    UnrolledModel m = new UnrolledModel(Background.callingThread(), problem);
    assertThat(m.metersProperty().get()).isNull();
    m.activeProperty().set(true);
    UnrolledModel.Meters at100 = m.metersProperty().get();
    UnrolledModel.Horizon horizon = m.horizonProperty().get();
    assertThat(at100.comparison().steps()).isEqualTo(100);
    assertThat(horizon.sweep().points().get(horizon.sweep().points().size() - 1).steps())
        .isEqualTo(UnrolledModel.MAX_STEPS);
    m.stepsProperty().set(1000);
    UnrolledModel.Meters at1000 = m.metersProperty().get();
    int p = problem.get().inner().dimension();
    assertThat(at1000.comparison().reverse().storedNumbers()).isEqualTo(UnrolledMeters.reverseNumbers(p, 1000, 1));
    assertThat(at1000.comparison().reverse().storedNumbers()).isGreaterThan(at100.comparison().reverse().storedNumbers());
    assertThat(at1000.comparison().forward().storedNumbers()).isEqualTo(at100.comparison().forward().storedNumbers());
    // k = 0 means about √T: 32 for T = 1000.
    assertThat(at1000.comparison().checkpointEvery()).isEqualTo(32);
    // Dragging T leaves the sweep over T alone; moving η recomputes it.
    assertThat(m.horizonProperty().get()).isSameAs(horizon);
    m.etaFractionProperty().set(0.3);
    assertThat(m.horizonProperty().get()).isNotSameAs(horizon);
    m.dispose();
  }

  @Test
  void bayesianOptimisationGoesPhaseByPhaseAndDrawsItsPosteriorInLossUnits() {
    SimpleObjectProperty<HyperModel.Curves> curves = new SimpleObjectProperty<>();
    BayesModel m = new BayesModel(Background.callingThread(), problem, curves);
    BayesModel.State s0 = m.stateProperty().get();
    assertThat(s0.evaluations()).isEmpty();
    assertThat(s0.nextPhase()).isEqualTo(BayesianOptimization.Phase.POSTERIOR);
    for (int i = 0; i < BayesModel.DESIGN_1D; i++) {
      m.advanceIteration();
    }
    assertThat(m.stateProperty().get().evaluations()).hasSize(BayesModel.DESIGN_1D);
    assertThat(m.stateProperty().get().process()).isNull();
    m.advance();
    BayesModel.State posterior = m.stateProperty().get();
    assertThat(posterior.process()).isNotNull();
    for (int i = 0; i < posterior.xs().length; i++) {
      assertThat(posterior.lower()[i]).isLessThanOrEqualTo(posterior.mean()[i]);
      assertThat(posterior.mean()[i]).isLessThanOrEqualTo(posterior.upper()[i]);
    }
    m.advance();
    BayesModel.State acquired = m.stateProperty().get();
    assertThat(acquired.next()).isNotNull();
    assertThat(acquired.design()).isFalse();
    m.advance();
    assertThat(m.stateProperty().get().evaluations()).hasSize(BayesModel.DESIGN_1D + 1);
    assertThat(m.stateProperty().get().evaluations().get(BayesModel.DESIGN_1D).x()).containsExactly(acquired.next());
    assertThat(m.steps()).hasSize(3 * (BayesModel.DESIGN_1D + 1));
    // Over (log λ, η): maps, not curves.
    m.targetProperty().set(BayesModel.Target.UNROLLED);
    assertThat(m.steps()).isEmpty();
    for (int i = 0; i < BayesModel.DESIGN_2D; i++) {
      m.advanceIteration();
    }
    m.advance();
    BayesModel.State map = m.stateProperty().get();
    assertThat(map.mean()).hasSize(BayesModel.MAP_POINTS * BayesModel.MAP_POINTS);
    assertThat(map.xs()).isNull();
    m.dispose();
  }

  @Test
  void theComparisonWaitsForTheDenseCurveAndThePanel() {
    SimpleObjectProperty<HyperModel.Curves> curves = new SimpleObjectProperty<>();
    BayesModel m = new BayesModel(Background.callingThread(), problem, curves);
    HyperProblem p = problem.get();
    ValidationCurve c = ValidationCurve.compute(p.inner(), OuterObjective.VALIDATION, p.logMin(), p.logMax(),
        160, f -> { }, () -> false);
    curves.set(new HyperModel.Curves(p, c, c, List.of()));
    assertThat(m.comparisonProperty().get()).isNull();
    m.activeProperty().set(true);
    assertThat(m.comparisonProperty().get().rows()).hasSize(6);
    assertThat(m.comparisonProgressProperty().get()).isEqualTo(1.0);
    m.dispose();
  }

  @Test
  void tenLambdasBeatTheBestSingleLambdaAndTheViewShowsTheLastEvaluation() {
    ManyLambdaModel m = new ManyLambdaModel(Background.callingThread());
    assertThat(m.resultProperty().get()).isNull();
    m.activeProperty().set(true);
    ManyLambdaModel.Result r = m.resultProperty().get();
    assertThat(r.features()).hasSize(10).startsWith("age", "sex", "bmi");
    assertThat(r.descent().best().value()).isLessThan(r.singleBest());
    assertThat(r.descent().evaluations()).hasSizeLessThanOrEqualTo(20);
    assertThat(r.random().evaluations()).hasSize(20);
    assertThat(m.shownProperty().get()).isEqualTo(20);
    m.dispose();
  }
}
