package org.gradientlab.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.SliceMode;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.junit.jupiter.api.Test;

class WorkspaceSceneCodecTest {

  private final WorkspaceSceneCodec codec = new WorkspaceSceneCodec(LandscapeCatalog.standard(),
      OptimizerCatalog.standard());

  @Test
  void aNetSceneWithEverySettingChangedReadsBackEqual() throws Exception {
    NetScene s = new NetScene(ToyDatasets.Kind.MOONS, 120, 0.2, 3, List.of(8, 6, 4), Activation.RELU,
        Initialization.HE, Momentum.KIND,
        OptimizerCatalog.standard().defaults(0.05).with(Momentum.KIND, "alpha", 0.5), 0.001, 16, 9, 250,
        SliceMode.CHOSEN, 3, 7, EnumSet.of(NetScene.NetPanel.DECISION, NetScene.NetPanel.CURVES));
    String text = codec.write(s);
    assertThat(text).startsWith("workspace: nets\n").contains("layers: 8, 6, 4\n").contains("steps: 250\n");
    assertThat(codec.parse(text)).isEqualTo(s);
  }

  @Test
  void aHyperSceneWithEverySettingChangedReadsBackEqual() throws Exception {
    HyperScene s = new HyperScene("breast-cancer", OuterObjective.TRAINING, OuterLoop.Mode.EXACT,
        ToleranceSchedule.CUBIC, 1e-3, 4, 2, UnrolledMethod.MOMENTUM, 300, -3.5, 0.2,
        EnumSet.of(HyperScene.HyperPanel.CURVE, HyperScene.HyperPanel.PHASES));
    String text = codec.write(s);
    assertThat(text).startsWith("workspace: hyper\n").contains("problem: breast-cancer\n");
    assertThat(codec.parse(text)).isEqualTo(s);
    HyperScene defaults = HyperScene.initial();
    assertThat(codec.parse(codec.write(defaults))).isEqualTo(defaults);
  }

  @Test
  void aHyperSceneOfTheFurtherTabsReadsBackEqualAndOverItsBase() throws Exception {
    HyperScene s = HyperScene.initial().withTabs(HyperScene.Tab.BAYES,
        new HyperScene.Horizon(UnrolledMethod.MOMENTUM, 300, -1.5, 0.8, 17),
        new HyperScene.Bayes(HyperScene.BayesTarget.UNROLLED, 4, 7, 2), new HyperScene.Many(12, 3));
    String text = codec.write(s);
    assertThat(text).contains("tab: bayes\n").contains("horizon-loop: momentum\n").contains("horizon-steps: 300\n")
        .contains("horizon-at: -1.5, 0.8\n").contains("checkpoint-every: 17\n").contains("bayes-target: unrolled\n")
        .contains("bayes-seed: 4\n").contains("bayes-evaluations: 7\n").contains("bayes-phase: 2\n")
        .contains("many-budget: 12\n").contains("many-seed: 3\n");
    assertThat(codec.parse(text)).isEqualTo(s);
    // The problem's λ₀ is written "default" and read back as NaN.
    HyperScene d = HyperScene.initial().withTabs(HyperScene.Tab.UNROLLED, HyperScene.Horizon.DEFAULT,
        HyperScene.Bayes.DEFAULT, HyperScene.Many.DEFAULT);
    assertThat(codec.write(d)).contains("horizon-at: default, 0.5\n");
    assertThat(codec.parse(codec.write(d))).isEqualTo(d);
    // Keys not given keep the base's (the previous step's) values.
    HyperScene next = (HyperScene) codec.parse("workspace: hyper\nhorizon-steps: 1000", Scene.initial(), w -> s);
    assertThat(next.horizon()).isEqualTo(new HyperScene.Horizon(UnrolledMethod.MOMENTUM, 1000, -1.5, 0.8, 17));
    assertThat(next.tab()).isEqualTo(HyperScene.Tab.BAYES);
    assertThat(next.bayes()).isEqualTo(s.bayes());
  }

  @Test
  void errorsOfTheFurtherTabsKeysNameTheirLine() {
    assertError("workspace: hyper\ntab: maps", 2, "tab is one of hoag, unrolled, bayes, many");
    assertError("workspace: hyper\nproblem: sine\nhorizon-steps: 0", 3, "horizon-steps must be between 1 and 10000");
    assertError("workspace: hyper\nhorizon-at: -2", 2, "horizon-at takes log λ (or default) and η");
    assertError("workspace: hyper\nhorizon-at: -2, 1.5", 2, "η share of the edge must be in (0, 1.2]");
    assertError("workspace: hyper\nhorizon-at: x, 0.5", 2, "horizon-at: 'x' is not a number");
    assertError("workspace: hyper\nhorizon-loop: adam", 2, "horizon-loop is one of gd, momentum");
    assertError("workspace: hyper\ncheckpoint-every: 2000", 2, "checkpoint-every must be between 0 and 1000");
    assertError("workspace: hyper\nbayes-target: net", 2, "bayes-target is one of validation, unrolled");
    assertError("workspace: hyper\nbayes-seed: 0", 2, "bayes-seed must be between 1 and 50");
    assertError("workspace: hyper\nbayes-evaluations: 101", 2, "bayes-evaluations must be between 0 and 100");
    assertError("workspace: hyper\n\nbayes-phase: 3", 3, "bayes-phase must be between 0 and 2");
    assertError("workspace: hyper\nmany-budget: 1", 2, "many-budget must be between 2 and 80");
    assertError("workspace: hyper\nmany-seed: 51", 2, "many-seed must be between 1 and 50");
  }

  @Test
  void aLabSceneStillReadsWithoutAWorkspaceLineAndWritesOne() throws Exception {
    WorkspaceScene lab = codec.parse("landscape: bowl\neta: 0.5");
    assertThat(lab).isInstanceOf(Scene.class);
    assertThat(codec.write(lab)).startsWith("workspace: lab\n");
    assertThat(codec.parse(codec.write(lab))).isEqualTo(lab);
  }

  @Test
  void aSceneOfAnotherWorkspaceIsReadOverThatWorkspacesBaseNotThePreviousStep() throws Exception {
    NetScene earlier = NetScene.initial().withSteps(40);
    WorkspaceScene next = codec.parse("workspace: nets\nlayers: 5", Scene.initial(), w -> earlier);
    assertThat(next).isInstanceOf(NetScene.class);
    assertThat(((NetScene) next).steps()).isEqualTo(40);
    assertThat(((NetScene) next).hidden()).containsExactly(5);
    // No workspace line: the previous step's workspace.
    WorkspaceScene same = codec.parse("steps: 10", next, w -> { throw new AssertionError(); });
    assertThat(((NetScene) same).hidden()).containsExactly(5);
  }

  @Test
  void errorsNameTheirLineAndWhatTheWorkspaceKnows() {
    assertError("workspace: nets\nkappa: 3", 2, "unknown key 'kappa'; a nets scene knows");
    assertError("workspace: nets\nlayers: 12, 0", 2, "layers are hidden widths from 1 to 64");
    assertError("workspace: nets\noptimizer: Newton", 2, "Newton needs the Hessian");
    assertError("workspace: nets\nsteps: 4294967396", 2, "steps must be between 0 and 100000");
    assertError("workspace: hyper\nproblem: iris", 2, "problem is one of sine, diabetes, breast-cancer");
    assertError("workspace: hyper\nphase: 4", 2, "phase must be between 0 and 3");
    assertError("workspace: hyper\nmethod: newton", 2, "method is one of hoag, exact");
    assertError("workspace: garden", 1, "unknown workspace 'garden'; known: lab, nets, hyper");
  }

  private void assertError(String text, int line, String reason) {
    assertThatThrownBy(() -> codec.parse(text))
        .isInstanceOfSatisfying(SceneFormatException.class, e -> {
          assertThat(e.line()).as(text).isEqualTo(line);
          assertThat(e.reason()).as(text).contains(reason);
        });
  }
}
