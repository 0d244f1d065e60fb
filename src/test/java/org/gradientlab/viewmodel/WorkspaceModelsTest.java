package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.NetScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the net and hypergradient workspaces show after a scene is applied is, number for number,
 * what the lesson checks and the command line compute for that scene: one engine, one answer.
 * (The FX toolkit runs because the hypergradient model paces Run with an animation timer.)
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceModelsTest {

  @Test
  void theNetWorkspaceTrainsExactlyTheUpdatesOfTheScenesRun() {
    NetScene first = NetScene.initial().withSteps(0);
    NetModel model = new NetModel(Background.callingThread(), new NetScene(ToyDatasets.Kind.XOR, 20, 0.1, 1,
        java.util.List.of(2), first.activation(), first.initialization(), first.optimizer(), first.settings(), 0, 20, 1,
        0, first.slice(), 0, 1, first.panels()));
    try {
      NetScene scene = new NetScene(ToyDatasets.Kind.MOONS, 60, 0.1, 5, java.util.List.of(5, 5),
          NetScene.initial().activation(), NetScene.initial().initialization(), NetScene.initial().optimizer(),
          NetScene.initial().settings().withEverywhere("eta", 0.03), 1e-3, 8, 4, 25,
          NetScene.initial().slice(), 0, 1, EnumSet.allOf(NetScene.NetPanel.class));
      model.apply(scene);
      TrainingSnapshot shown = model.snapshotProperty().get();
      TrainingSnapshot checked = NetRun.of(scene).last();
      assertThat(shown.updates()).isEqualTo(25);
      assertThat(shown.loss()).isEqualTo(checked.loss());
      assertThat(shown.theta()).containsExactly(checked.theta());
      assertThat(model.history()).hasSize(26); // every update is on the curves
      assertThat(model.snapshot()).isEqualTo(scene);
    } finally {
      model.dispose();
    }
  }

  @Test
  void theNetWorkspaceRacesOnTheHeldOutSplitOfImportedDataExactlyAsTheScenesRun() {
    NetModel model = null;
    try {
      var own = new org.gradientlab.data.ImportedData("/tmp/own points.csv",
          ToyDatasets.circles(48, 0.1, 3));
      NetScene scene = new NetScene(ToyDatasets.Kind.XOR, 40, 0.2, 11, own, 0.25, java.util.List.of(4),
          NetScene.initial().activation(), NetScene.initial().initialization(),
          java.util.List.of(org.gradientlab.optimizer.GradientDescent.KIND, org.gradientlab.optimizer.Adam.KIND),
          NetScene.initial().settings().withEverywhere("eta", 0.03)
              .with(org.gradientlab.optimizer.GradientDescent.KIND, "eta", 0.4),
          1e-3, 12, 4, 15, NetScene.initial().slice(), 0, 1, EnumSet.allOf(NetScene.NetPanel.class));
      model = new NetModel(Background.callingThread(), scene.withSteps(0));
      model.apply(scene);
      NetRun checked = NetRun.of(scene);
      for (int i = 0; i < scene.optimizers().size(); i++) {
        TrainingSnapshot shown = model.snapshotsProperty().get().get(scene.optimizers().get(i));
        TrainingSnapshot[] run = checked.runs().get(i);
        assertThat(shown.theta()).containsExactly(run[15].theta());
        assertThat(shown.validationLoss()).isEqualTo(run[15].validationLoss());
        assertThat(model.historiesProperty().get().get(scene.optimizers().get(i))).hasSize(16);
      }
      assertThat(model.dataProperty().get().size()).isEqualTo(36);
      assertThat(model.validationDataProperty().get().size()).isEqualTo(12);
      assertThat(model.importedProperty().get()).isEqualTo(own);
      assertThat(model.snapshot()).isEqualTo(scene);
    } finally {
      if (model != null) {
        model.dispose();
      }
    }
  }

  @Test
  void theHypergradientWorkspaceRunsTheOuterLoopExactlyAsTheScenesRun() {
    HyperModel model = new HyperModel(Background.callingThread());
    try {
      HyperScene scene = new HyperScene("diabetes", OuterObjective.VALIDATION, HyperScene.initial().method(),
          HyperScene.initial().schedule(), Double.NaN, 3, 2, HyperScene.initial().unrolledMethod(), 20,
          Double.NaN, 0.35, EnumSet.allOf(HyperScene.HyperPanel.class));
      model.apply(scene);
      HyperRun checked = HyperRun.of(scene);
      assertThat(model.iterates()).hasSameSizeAs(checked.iterates());
      for (int i = 0; i < checked.iterates().size(); i++) {
        assertThat(model.iterates().get(i).lambda()).isEqualTo(checked.iterates().get(i).lambda());
        assertThat(model.iterates().get(i).validationLoss()).isEqualTo(checked.iterates().get(i).validationLoss());
      }
      assertThat(model.steps()).hasSameSizeAs(checked.steps());
      assertThat(model.snapshot()).isEqualTo(scene);
    } finally {
      model.dispose();
    }
  }

  @Test
  void theHypergradientWorkspaceTakesAndGivesBackTheFurtherTabsOfAScene() {
    HyperModel model = new HyperModel(Background.callingThread());
    try {
      HyperScene scene = HyperScene.initial().withTabs(HyperScene.Tab.BAYES,
          new HyperScene.Horizon(org.gradientlab.hyper.UnrolledMethod.MOMENTUM, 300, -1.5, 0.8, 17),
          new HyperScene.Bayes(HyperScene.BayesTarget.VALIDATION, 3, 5, 2), new HyperScene.Many(12, 4));
      model.apply(scene);
      assertThat(model.tabProperty().get()).isEqualTo(HyperScene.Tab.BAYES);
      assertThat(model.unrolled().stepsProperty().get()).isEqualTo(300);
      assertThat(model.unrolled().logLambdaProperty().get()).isEqualTo(-1.5);
      assertThat(model.unrolled().checkpointEveryProperty().get()).isEqualTo(17);
      assertThat(model.manyLambdas().budgetProperty().get()).isEqualTo(12);
      // BO ran its five evaluations and two phases of the sixth, exactly as the checks run it.
      var bo = org.gradientlab.scene.HyperBayes.optimizer(model.problemProperty().get(),
          HyperScene.BayesTarget.VALIDATION, 3);
      var taken = org.gradientlab.scene.HyperBayes.prerun(bo, 5, 2, () -> false);
      assertThat(model.bayes().steps()).hasSameSizeAs(taken);
      assertThat(model.bayes().stateProperty().get().evaluations()).hasSize(5);
      for (int i = 0; i < 5; i++) {
        assertThat(model.bayes().stateProperty().get().evaluations().get(i).x())
            .containsExactly(bo.evaluations().get(i).x());
      }
      assertThat(model.bayes().stateProperty().get().nextPhase())
          .isEqualTo(org.gradientlab.hyper.BayesianOptimization.Phase.EVALUATION);
      assertThat(model.snapshot()).isEqualTo(scene);
      // The problem's λ₀ goes back as the default.
      HyperScene defaults = HyperScene.initial().withTab(HyperScene.Tab.UNROLLED);
      model.apply(defaults);
      assertThat(model.snapshot()).isEqualTo(defaults);
    } finally {
      model.dispose();
    }
  }
}
