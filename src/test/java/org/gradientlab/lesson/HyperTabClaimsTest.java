package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.gradientlab.data.Dataset;
import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.HyperProblems;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.RidgeProblem;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.hyper.ValidationCurve;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.scene.HyperBayes;
import org.gradientlab.scene.HyperRun;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.Workspace;
import org.junit.jupiter.api.Test;

/** Claims about the Hypergradients workspace's further tabs, against closed forms where there are some. */
class HyperTabClaimsTest {

  /**
   * One weight: training rows x = ±1 with y = x give L_train = ½(w − 1)² (L = 1), validation rows
   * x = 1 with y = 0.4, 0.6 give C(w) = ½(w − ½)² + 0.005. Gradient descent from w₀ = 0 at (λ, η)
   * reaches w_T = (1 − r^T)/(1 + λ) with r = 1 − η(1 + λ), so
   * dw_T/dη = T r^(T−1) and dw_T/dλ = (T r^(T−1) η(1 + λ) − (1 − r^T))/(1 + λ)²;
   * at the optimum w* = 1/(1 + λ), d(w*)/dλ = −1/(1 + λ)².
   */
  private static final HyperProblem TOY = new HyperProblem("toy", "toy ridge", new RidgeProblem("toy",
      new Dataset("train", new double[][] {{1}, {-1}}, new double[] {1, -1}, List.of("x")),
      new Dataset("validation", new double[][] {{1}, {1}}, new double[] {0.4, 0.6}, List.of("x"))),
      -5, 5, -2, null);
  private static final double LOG_LAMBDA = -1;
  /** η as a share of the edge 2/(L + λ): η = 0.5/(1 + λ), r = ½. */
  private static final double SHARE = 0.25;

  private static boolean holds(String claim, HyperRun run) {
    return LessonClaim.parse(claim, 1, Workspace.HYPER, OptimizerCatalog.standard()).check(run).holds();
  }

  private static HyperRun toy() {
    HyperScene s = HyperScene.initial().withTabs(HyperScene.Tab.UNROLLED,
        new HyperScene.Horizon(UnrolledMethod.GD, 100, LOG_LAMBDA, SHARE, 0), HyperScene.Bayes.DEFAULT,
        HyperScene.Many.DEFAULT);
    return HyperRun.of(s, TOY);
  }

  private static String e(double v) {
    return String.format(Locale.ROOT, "%.5e", v);
  }

  @Test
  void theEtaHypergradientIsTheClosedFormAndFadesWithT() {
    HyperRun r = toy();
    double lambda = Math.exp(LOG_LAMBDA);
    double rate = 0.5;
    for (int t : new int[] {3, 10, 40}) {
      double w = (1 - Math.pow(rate, t)) / (1 + lambda);
      double dEta = (w - 0.5) * t * Math.pow(rate, t - 1);
      double bound = Math.abs(dEta);
      assertThat(holds("dC/dη at T = " + t + " is below " + e(1.01 * bound) + " in magnitude", r)).isTrue();
      assertThat(holds("dC/dη at T = " + t + " is below " + e(0.99 * bound) + " in magnitude", r)).isFalse();
      assertThat(holds("dC/dη at T = " + t + " is above " + e(0.99 * bound) + " in magnitude", r)).isTrue();
      assertThat(holds("dC/dη at T = " + t + " is near " + e(dEta), r)).isTrue();
      assertThat(holds("dC/dη at T = " + t + " is near " + e(-dEta), r)).isFalse();
      double dw = (t * Math.pow(rate, t - 1) * rate - (1 - Math.pow(rate, t))) / Math.pow(1 + lambda, 2);
      // η(1 + λ) = 1 − r = ½ here.
      double dLog = lambda * (w - 0.5) * dw;
      assertThat(holds("dC/d log λ at T = " + t + " is near " + e(dLog), r)).isTrue();
      assertThat(holds("dC/d log λ at T = " + t + " is near " + e(1.001 * dLog), r)).isFalse();
    }
    // 40 steps of r = ½ leave 2⁻⁴⁰·40 ≈ 4e-11 of dw/dη: dC/dη is gone.
    assertThat(holds("dC/dη at T = 40 is below 1e-9 in magnitude", r)).isTrue();
  }

  @Test
  void theUnrolledLambdaHypergradientMeetsTheImplicitOneAsTrainingConverges() {
    HyperRun r = toy();
    double lambda = Math.exp(LOG_LAMBDA);
    double wStar = 1 / (1 + lambda);
    double implicit = lambda * (wStar - 0.5) * (-1 / Math.pow(1 + lambda, 2));
    assertThat(holds("the implicit dC/d log λ is near " + e(implicit), r)).isTrue();
    assertThat(holds("the implicit dC/d log λ is near " + e(0.999 * implicit), r)).isFalse();
    // w₁ = η from w₀ = 0 does not depend on λ: after one step the unrolled dC/dλ is exactly 0.
    assertThat(holds("the unrolled dC/d log λ at T = 1 is more than 99.9 % off the implicit value", r)).isTrue();
    assertThat(holds("the unrolled dC/d log λ at T = 1 is within 10 % of the implicit value", r)).isFalse();
    assertThat(holds("the unrolled dC/d log λ at T = 1 is within " + e(1.0001 * Math.abs(implicit))
        + " of the implicit value", r)).isTrue();
    assertThat(holds("the unrolled dC/d log λ at T = 60 is within 1e-12 of the implicit value", r)).isTrue();
    assertThat(holds("the unrolled dC/d log λ at T = 60 is more than 1e-12 off the implicit value", r)).isFalse();
  }

  @Test
  void boReachesTheGridBestAtTheEvaluationItFirstStandsWithinIt() {
    HyperScene s = HyperScene.initial().withTabs(HyperScene.Tab.BAYES, HyperScene.Horizon.DEFAULT,
        new HyperScene.Bayes(HyperScene.BayesTarget.VALIDATION, 2, 6, 0), HyperScene.Many.DEFAULT);
    HyperRun r = HyperRun.of(s, TOY);
    double target = 1.01 * r.curve().minimum();
    BayesianOptimization bo = HyperBayes.optimizer(TOY, HyperScene.BayesTarget.VALIDATION, 2);
    int first = -1;
    for (int n = 1; n <= 30 && first < 0; n++) {
      bo.iterate();
      if (bo.evaluations().get(n - 1).value() <= target) {
        first = n;
      }
    }
    assertThat(first).as("BO reaches 1 % on the one-weight problem within 30").isPositive();
    assertThat(holds("BO reaches 1 % of the grid best within " + first + " evaluations", r)).isTrue();
    assertThat(holds("BO does not reach 1 % of the grid best within " + first + " evaluations", r)).isFalse();
    if (first > 1) {
      assertThat(holds("BO reaches 1 % of the grid best within " + (first - 1) + " evaluations", r)).isFalse();
    }
    // The best of the scene's six evaluations, to the digits written.
    BayesianOptimization six = HyperBayes.optimizer(TOY, HyperScene.BayesTarget.VALIDATION, 2);
    HyperBayes.prerun(six, 6, 0, () -> false);
    assertThat(holds("BO's best C is near " + e(six.best().value()), r)).isTrue();
    assertThat(holds("BO's best C is near " + e(1.01 * six.best().value()), r)).isFalse();
    long spent = six.work().gradients();
    assertThat(spent).isPositive();
    assertThat(holds("BO spends " + spent + " gradient evaluations", r)).isTrue();
    assertThat(holds("BO spends " + (spent + 1) + " gradient evaluations", r)).isFalse();
    assertThat(holds("BO spends " + (spent + 1) + " gradient evaluations within 1", r)).isTrue();
    HyperRun unrolled = HyperRun.of(s.withTabs(HyperScene.Tab.BAYES, HyperScene.Horizon.DEFAULT,
        new HyperScene.Bayes(HyperScene.BayesTarget.UNROLLED, 2, 6, 0), HyperScene.Many.DEFAULT), TOY);
    assertThat(LessonClaim.parse("BO reaches 1 % of the grid best within 5 evaluations", 1, Workspace.HYPER,
        OptimizerCatalog.standard()).check(unrolled).actual()).contains("bayes-target: validation");
  }

  /**
   * One λ per feature contains every single λ (all λⱼ equal), so descent from λ₀ = (λ, …, λ) with
   * a budget ends no higher than that start, and on the diabetes data below the best single λ
   * (PerFeatureRidgeTest); random search in 10-D with a few draws ends above it.
   */
  @Test
  void manyLambdaClaimsCompareTheMethodsWithTheBestSingleLambda() {
    HyperScene s = HyperScene.initial().withTabs(HyperScene.Tab.MANY, HyperScene.Horizon.DEFAULT,
        HyperScene.Bayes.DEFAULT, new HyperScene.Many(20, 1));
    HyperRun r = HyperRun.of(s);
    HyperProblem diabetes = HyperProblems.diabetes();
    ValidationCurve single = ValidationCurve.compute(diabetes.inner(), OuterObjective.VALIDATION, diabetes.logMin(),
        diabetes.logMax(), 160, ValidationCurve.UNWATCHED, () -> false);
    assertThat(holds("the best single λ gives C near " + e(single.minimum()), r)).isTrue();
    assertThat(holds("the best single λ gives C near " + e(1.01 * single.minimum()), r)).isFalse();
    assertThat(holds("hypergradient descent on 10 λ ends below the best single λ", r)).isTrue();
    assertThat(holds("hypergradient descent on 10 λ ends above the best single λ", r)).isFalse();
    double descent = r.many().descent().best().value();
    assertThat(holds("hypergradient descent on 10 λ ends with C near " + e(descent), r)).isTrue();
    assertThat(holds("hypergradient descent on 10 λ ends with C near " + e(1.01 * descent), r)).isFalse();
    boolean below = r.many().randomMedian() > descent;
    assertThat(holds("random search on 10 λ ends above hypergradient descent", r)).isEqualTo(below);
    assertThat(holds("random search on 10 λ ends below hypergradient descent", r)).isEqualTo(!below);
  }

  @Test
  void claimsOfTheFurtherTabsThatCanNeverBeCheckedAreRefused() {
    assertThatThrownBy(() -> HyperClaim.parse("dC/dη at T = 0 is below 1e-6 in magnitude", 4))
        .hasMessageContaining("a horizon T is a whole number from 1 to 10000");
    assertThatThrownBy(() -> HyperClaim.parse("BO reaches 1 % of the grid best within 0 evaluations", 4))
        .hasMessageContaining("from 1 to 100");
    assertThatThrownBy(() -> HyperClaim.parse("dC/dη at T = 30 is below -1 in magnitude", 4))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> HyperClaim.parse("Adam on 10 λ ends below the best single λ", 4))
        .hasMessageContaining("hypergradient descent on 10 λ ends below the best single λ");
  }
}
