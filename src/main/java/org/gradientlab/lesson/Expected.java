package org.gradientlab.lesson;

import java.util.List;

/**
 * The answer the engine computed for a prediction: a number (a measure of the run, an η), a point
 * of the landscape, or one of the options' words; or why the prediction has no well-defined
 * answer on its step's scene (then {@link #problem} is not null and the rest means nothing).
 *
 * @param shown the answer as the feedback writes it ("0.03125", "(0.41, −0.2)", "diverges")
 */
public record Expected(double value, double[] point, String choice, String shown, String problem) {

  static Expected number(double v) {
    return new Expected(v, null, null, org.gradientlab.format.Numbers.compact(v), null);
  }

  static Expected point(double[] p) {
    return new Expected(Double.NaN, p.clone(), null, PredictionAnswer.point(p), null);
  }

  static Expected choice(String word) {
    return new Expected(Double.NaN, null, word, word, null);
  }

  static Expected undefined(String why) {
    return new Expected(Double.NaN, null, null, "", why);
  }

  public boolean defined() {
    return problem == null;
  }

  /** The point as a list, for records' equality in tests. */
  public List<Double> pointList() {
    return point == null ? List.of() : java.util.Arrays.stream(point).boxed().toList();
  }
}
