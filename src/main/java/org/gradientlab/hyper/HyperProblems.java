package org.gradientlab.hyper;

import java.util.List;
import org.gradientlab.data.CsvDatasets;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.Split;
import org.gradientlab.data.Standardizer;

/** The bilevel problems on offer, each with fixed seeds: the same split and data every run. */
public final class HyperProblems {

  public static final long SPLIT_SEED = 2016;

  private HyperProblems() {}

  /** 15 training points, 200 validation points, log λ ∈ [−20, 5]. */
  public static HyperProblem sine() {
    SineFit fit = new SineFit(15, 200, 5);
    return new HyperProblem("sine", "Noisy sine, degree-9 polynomial (ridge)", fit.problem(), -20, 5, -2, fit);
  }

  /** Diabetes progression from 10 baseline variables, split 50/50, ridge. */
  public static HyperProblem diabetes() {
    Dataset d = CsvDatasets.resource("/assets/datasets/diabetes.csv", "diabetes");
    Split split = Split.of(d, 0.5, SPLIT_SEED);
    Standardizer st = Standardizer.fit(split.train());
    RidgeProblem p = new RidgeProblem("diabetes (ridge)", st.apply(split.train()), st.apply(split.validation()));
    return new HyperProblem("diabetes", "Diabetes: disease progression (ridge, 10 features)", p, -12, 6, 0, null);
  }

  /** Benign or malignant from 30 nuclear features, split 50/50, L2-regularised logistic regression. */
  public static HyperProblem breastCancer() {
    Dataset d = CsvDatasets.resource("/assets/datasets/breast_cancer.csv", "breast cancer");
    Split split = Split.of(d, 0.5, SPLIT_SEED);
    Standardizer st = Standardizer.fit(split.train());
    LogisticProblem p = new LogisticProblem("breast cancer (logistic)", st.apply(split.train()),
        st.apply(split.validation()));
    return new HyperProblem("breast-cancer", "Breast cancer Wisconsin (logistic, 30 features)", p, -12, 4, 0, null);
  }

  /** The problem with scene-file id {@code id}: sine, diabetes or breast-cancer. */
  public static HyperProblem byId(String id) {
    return switch (id) {
      case "sine" -> sine();
      case "diabetes" -> diabetes();
      case "breast-cancer" -> breastCancer();
      default -> throw new IllegalArgumentException(
          "unknown problem '" + id + "'; known: sine, diabetes, breast-cancer");
    };
  }

  /** The names of the diabetes data's 10 features, in column order (age, sex, bmi, bp, s1 … s6). */
  public static List<String> diabetesFeatures() {
    return CsvDatasets.resource("/assets/datasets/diabetes.csv", "diabetes").featureNames();
  }

  public static List<HyperProblem> all() {
    return List.of(sine(), diabetes(), breastCancer());
  }
}
