package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.Workspace;
import org.gradientlab.hyper.OuterObjective;
import org.junit.jupiter.api.Test;

/** Claims about nets and outer loops, checked against runs whose numbers are known. */
class WorkspaceClaimsTest {

  /** A run with these accuracies and losses at updates 0, 1, 2, … (gradient norms: 10^−k per layer k). */
  private static NetRun run(double[] accuracy, double[] loss) {
    TrainingSnapshot[] s = new TrainingSnapshot[accuracy.length];
    for (int k = 0; k < s.length; k++) {
      s[k] = new TrainingSnapshot(k, k, new double[1], loss[k], accuracy[k], new double[] {0.1 * k, 0.01 * k},
          !Double.isFinite(loss[k]));
    }
    return new NetRun(NetScene.initial().withSteps(accuracy.length - 1), s);
  }

  private static boolean holds(String claim, Object run) {
    Workspace w = run instanceof NetRun ? Workspace.NETS : Workspace.HYPER;
    return LessonClaim.parse(claim, 1, w, OptimizerCatalog.standard())
        .check((org.gradientlab.scene.WorkspaceResult) run).holds();
  }

  @Test
  void netClaimsReadTheUpdateTheyName() {
    NetRun r = run(new double[] {0.5, 0.75, 1.0, 1.0}, new double[] {0.7, 0.3, 0.05, 0.01});
    assertThat(holds("accuracy reaches 100 % within 2 updates", r)).isTrue();
    assertThat(holds("accuracy reaches 100 % within 1 update", r)).isFalse();
    assertThat(holds("accuracy ends above 99 %", r)).isTrue();
    assertThat(holds("the loss falls below 0.1 within 2 updates", r)).isTrue();
    assertThat(holds("the loss falls below 0.1 within 1 update", r)).isFalse();
    assertThat(holds("the loss ends below 0.02", r)).isTrue();
    assertThat(holds("the gradient norm of layer 2 is below 0.025 at update 2", r)).isTrue();
    assertThat(holds("the gradient norm of layer 1 is above 0.25 at update 3", r)).isTrue();
    assertThat(holds("the gradient norm of layer 3 is above 0 at update 3", r)).isFalse();
    assertThat(holds("training does not diverge", r)).isTrue();
    NetRun blownUp = run(new double[] {0.5, 0.5, Double.NaN}, new double[] {0.7, 9, Double.NaN});
    assertThat(holds("training diverges within 2 updates", blownUp)).isTrue();
    assertThat(holds("training diverges within 1 update", blownUp)).isFalse();
  }

  @Test
  void aNetClaimOutsideTheGrammarSaysWhatClaimsLookLike() {
    assertThatThrownBy(() -> NetClaim.parse("the net is happy", 3))
        .hasMessageContaining("accuracy reaches 100 % within 300 updates");
    assertThatThrownBy(() -> NetClaim.parse("the gradient norm of layer 0 is below 1 at update 5", 3))
        .hasMessageContaining("a layer is counted from 1");
  }

  /**
   * On the training loss the L2 term only pulls the fit away from the data, so every accepted step
   * lowers log λ (the pitfall the workspace shows); on the validation loss HOAG ends within 1 % of
   * the dense-grid minimum of C (Pedregosa 2016; checked for every problem by OuterLoopStaysTest).
   */
  @Test
  void hyperClaimsJudgeTheOuterLoopTheWorkspaceRuns() {
    HyperScene training = new HyperScene("diabetes", OuterObjective.TRAINING, HyperScene.initial().method(),
        HyperScene.initial().schedule(), Double.NaN, 8, 0, HyperScene.initial().unrolledMethod(), 60,
        Double.NaN, 0.35, HyperScene.initial().panels());
    HyperRun down = HyperRun.of(training);
    assertThat(holds("λ falls at every accepted step", down)).isTrue();
    assertThat(holds("λ rises at every accepted step", down)).isFalse();
    assertThat(holds("log λ ends below 0", down)).isTrue();

    HyperScene validation = new HyperScene("diabetes", OuterObjective.VALIDATION, HyperScene.initial().method(),
        HyperScene.initial().schedule(), Double.NaN, 30, 0, HyperScene.initial().unrolledMethod(), 60,
        Double.NaN, 0.35, HyperScene.initial().panels());
    HyperRun best = HyperRun.of(validation);
    assertThat(holds("the outer loop ends within 1 % of the grid minimum", best)).isTrue();
    assertThat(holds("the outer loop converges within 30 iterations", best)).isTrue();
    assertThat(holds("the outer loop stops at the lower end of the range", best)).isFalse();
  }
}
