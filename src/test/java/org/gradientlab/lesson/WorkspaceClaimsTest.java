package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gradientlab.data.Dataset;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.JointDescent;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.RidgeProblem;
import org.gradientlab.hyper.SearchBaselines;
import org.gradientlab.hyper.Work;
import org.gradientlab.net.TrainingSnapshot;
import java.util.List;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.Workspace;
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

  /** Where a run ends: training loss and accuracy, validation loss and accuracy. */
  private static TrainingSnapshot[] ending(double loss, double accuracy, double validationLoss,
      double validationAccuracy) {
    TrainingSnapshot start = new TrainingSnapshot(0, 0, new double[1], 0.7, 0.5, new double[] {1}, false, 0.7, 0.5);
    TrainingSnapshot end = new TrainingSnapshot(1, 1, new double[1], loss, accuracy, new double[] {1}, false,
        validationLoss, validationAccuracy);
    return new TrainingSnapshot[] {start, end};
  }

  @Test
  void validationClaimsReadTheHeldOutNumbersOfTheOptimizerTheyName() {
    NetScene race = new NetScene(NetScene.initial().dataset(), 100, 0.3, 7, null, 0.3, List.of(4),
        NetScene.initial().activation(), NetScene.initial().initialization(), List.of(Adam.KIND, GradientDescent.KIND),
        NetScene.initial().settings(), 0, 70, 1, 1, NetScene.initial().slice(), 0, 1, NetScene.initial().panels());
    NetRun r = new NetRun(race, List.of(ending(0.001, 1.0, 0.9, 0.8), ending(0.4, 0.85, 0.35, 0.9)));
    assertThat(holds("the validation loss ends above 0.5", r)).isTrue(); // Adam, the leader
    assertThat(holds("the validation loss ends below 0.5", r)).isFalse();
    assertThat(holds("validation accuracy ends below 85 %", r)).isTrue();
    assertThat(holds("with GD, the validation loss ends below 0.4", r)).isTrue();
    assertThat(holds("with GD, validation accuracy ends above 85 %", r)).isTrue();
    assertThat(holds("With gd, the loss ends above 0.3", r)).isTrue();
    assertThat(holds("with Adam, the loss ends below 0.01", r)).isTrue();
    NetClaim missing = NetClaim.parse("with Momentum, the loss ends below 1", 4);
    assertThat(missing.check(r).holds()).isFalse();
    assertThat(missing.check(r).actual()).isEqualTo("Momentum does not train in this scene");
    // A scene without a split has nothing to say about held-out examples.
    NetRun plain = run(new double[] {0.5, 1}, new double[] {0.7, 0.1});
    NetClaim v = NetClaim.parse("the validation loss ends below 1", 2);
    assertThat(v.check(plain).holds()).isFalse();
    assertThat(v.check(plain).actual()).contains("holds no examples out");
  }

  @Test
  void theLossAtAnUpdateIsReadAtThatUpdate() {
    NetRun r = run(new double[] {0.5, 0.75, 1.0, 1.0}, new double[] {0.7, 0.3, 0.05, 0.01});
    assertThat(holds("the loss is below 0.1 at update 2", r)).isTrue();
    assertThat(holds("the loss is below 0.1 at update 1", r)).isFalse();
    assertThat(holds("the loss is above 0.2 at update 1", r)).isTrue();
    assertThat(holds("the loss is above 0.7 at update 0", r)).isFalse();
  }

  /** Loss 0.7, 0.5, 0.6, 0.4, 0.45, 0.3, NaN: it rises after updates 2 and 4; NaN is no rise. */
  @Test
  void risesCountTheUpdatesAfterWhichTheLossIsHigher() {
    NetRun r = run(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, Double.NaN},
        new double[] {0.7, 0.5, 0.6, 0.4, 0.45, 0.3, Double.NaN});
    assertThat(holds("the loss rises at more than 1 update", r)).isTrue();
    assertThat(holds("the loss rises at more than 2 updates", r)).isFalse();
    assertThat(holds("the loss rises at fewer than 3 updates", r)).isTrue();
    assertThat(holds("the loss rises at fewer than 2 updates", r)).isFalse();
    NetRun falling = run(new double[] {0.5, 0.5, 0.5}, new double[] {0.7, 0.5, 0.4});
    assertThat(holds("the loss rises at fewer than 1 update", falling)).isTrue();
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

  /**
   * A one-weight ridge problem whose numbers are known in closed form: training rows x = ±1 with
   * y = x give L_train(w) = ½(w − 1)², so L = 1, w*(λ) = 1/(1 + λ) and gradient descent from 0
   * reaches w_T = (1 − (1 − η(1 + λ))^T)/(1 + λ); validation rows x = 1 with y = 0.4 and 0.6 give
   * C(w) = ½(w − 0.5)² + 0.005, smallest (0.005) at w = 0.5, that is λ = 1, log λ = 0.
   */
  private static final HyperProblem TOY = new HyperProblem("toy", "toy ridge", new RidgeProblem("toy",
      new Dataset("train", new double[][] {{1}, {-1}}, new double[] {1, -1}, List.of("x")),
      new Dataset("validation", new double[][] {{1}, {1}}, new double[] {0.4, 0.6}, List.of("x"))),
      -5, 5, -2, null);

  private static double c(double logLambda) {
    double w = 1 / (1 + Math.exp(logLambda));
    return 0.5 * (w - 0.5) * (w - 0.5) + 0.005;
  }

  private static HyperRun toy(int iterations) {
    return HyperRun.of(new HyperScene("sine", OuterObjective.VALIDATION, HyperScene.initial().method(),
        HyperScene.initial().schedule(), Double.NaN, iterations, 0, HyperScene.initial().unrolledMethod(), 60,
        Double.NaN, 0.35, HyperScene.initial().panels()), TOY);
  }

  @Test
  void theMinimumOfCAndTheGridsAreTheClosedForms() {
    HyperRun r = toy(0);
    assertThat(holds("the minimum of C is near 0.005 at log λ near 0.0", r)).isTrue();
    assertThat(holds("the minimum of C is near 0.006 at log λ near 0.0", r)).isFalse();
    assertThat(holds("the minimum of C is near 0.005 at log λ near 1", r)).isFalse();
    // Three points over [−5, 5] hit log λ = 0; two points only reach the ends, where C is the
    // same (w* − ½ is odd in log λ).
    assertThat(holds("a 3-point grid finds C near 0.00500", r)).isTrue();
    String ends = String.format(java.util.Locale.ROOT, "%.5f", c(5));
    assertThat(holds("a 2-point grid finds C near " + ends, r)).isTrue();
    assertThat(holds("an 11-point grid finds C near " + ends, r)).isFalse();
  }

  @Test
  void workClaimsReadTheCountsOfTheComparisonTable() {
    HyperRun recorded = HyperRun.recorded(HyperScene.initial(), TOY, List.of(), List.of(),
        OuterLoop.Verdict.RUNNING, 1, new Work(110, 0, 39, 2));
    assertThat(holds("the outer loop spends 110 gradient evaluations", recorded)).isTrue();
    assertThat(holds("the outer loop spends 100 gradient evaluations within 10", recorded)).isTrue();
    assertThat(holds("the outer loop spends 100 gradient evaluations within 5", recorded)).isFalse();
    assertThat(holds("the outer loop spends 39 Hessian-vector products", recorded)).isTrue();
    assertThat(holds("the outer loop spends 2 Hessians", recorded)).isTrue();
    assertThat(holds("the outer loop spends 3 Hessians", recorded)).isFalse();
    long grid = SearchBaselines.grid(TOY.inner(), OuterObjective.VALIDATION, -5, 5, 4).get(3).work().gradients();
    assertThat(holds("a 4-point grid spends " + grid + " gradient evaluations", recorded)).isTrue();
    assertThat(holds("a 4-point grid spends " + (grid + 1) + " gradient evaluations", recorded)).isFalse();
  }

  /** p = 1, its finite difference 1.02: 1.96 % apart; only the last hypergradient counts. */
  @Test
  void theHypergradientClaimComparesTheLastOneWithItsFiniteDifference() {
    OuterLoop.HypergradientFound rough = new OuterLoop.HypergradientFound(1, 1, 1.5, 1.0, 0, 0, 0, true, "");
    OuterLoop.HypergradientFound close = new OuterLoop.HypergradientFound(2, 1, 1.0, 1.02, 0, 0, 0, true, "");
    HyperRun r = HyperRun.recorded(HyperScene.initial(), TOY, List.of(rough, close), List.of(),
        OuterLoop.Verdict.RUNNING, 1, Work.NONE);
    assertThat(holds("the hypergradient is within 2 % of its finite difference", r)).isTrue();
    assertThat(holds("the hypergradient is within 1.9 % of its finite difference", r)).isFalse();
    HyperRun none = HyperRun.recorded(HyperScene.initial(), TOY, List.of(), List.of(),
        OuterLoop.Verdict.RUNNING, 1, Work.NONE);
    assertThat(holds("the hypergradient is within 50 % of its finite difference", none)).isFalse();
  }

  /**
   * The joint descent on the toy problem: where it ends is the engine's, but the edge there is
   * 2/(1 + λ) and C_T the closed form of T = 60 gradient-descent steps from 0.
   */
  @Test
  void theJointDescentIsJudgedByTheClosedFormEdgeAndValue() {
    HyperRun r = toy(0);
    JointDescent.Point end = r.jointPath().end();
    double lambda = Math.exp(end.logLambda());
    double ratio = end.eta() * (1 + lambda) / 2;
    assertThat(ratio).isBetween(0.5, 1.0);
    double off = 100 * (1 - ratio);
    assertThat(holds("the joint descent ends within " + (off + 0.01) + " % of the edge", r)).isTrue();
    assertThat(holds("the joint descent ends within " + (off - 0.01) + " % of the edge", r)).isFalse();
    double wT = (1 - Math.pow(1 - end.eta() * (1 + lambda), 60)) / (1 + lambda);
    double cT = 0.5 * (wT - 0.5) * (wT - 0.5) + 0.005;
    String written = String.format(java.util.Locale.ROOT, "%.6f", cT);
    assertThat(holds("the joint descent ends with C near " + written, r)).isTrue();
    assertThat(holds("the joint descent ends with C near " + String.format(java.util.Locale.ROOT, "%.6f", cT + 1e-5), r))
        .isFalse();
  }

  @Test
  void aHyperClaimOutsideTheGrammarSaysWhatClaimsLookLike() {
    assertThatThrownBy(() -> HyperClaim.parse("the outer loop is happy", 3))
        .hasMessageContaining("a 10-point grid finds C near 0.0366");
    assertThatThrownBy(() -> HyperClaim.parse("a 1-point grid finds C near 0.1", 3))
        .hasMessageContaining("from 2 to");
  }
}
