package org.gradientlab.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.format.Numbers;

/**
 * What one update of an optimizer did, for a student looking inside it: the gradient it used, its
 * own vectors after the update (velocity v; Adam's bias-corrected moments m̂ and ŝ; Adagrad's and
 * RMSProp's accumulator r), Nesterov's look-ahead point, the step size each coordinate got, the
 * step Δθ itself, and the update rule written out with this step's numbers.
 *
 * @param gradient the gradient (estimate) the update used
 * @param vectors the optimizer's own vectors by name, after the update
 * @param lookAhead where the gradient was taken when not at θ (Nesterov), else null
 * @param coordinateSteps the effective step size of each coordinate (η/(√ŝ + δ) for Adam …), or
 *     null when every coordinate gets the same η
 * @param step Δθ = θ_{k+1} − θ_k
 * @param rule the update with this step's numbers, e.g. "v ← 0.9·(1, 2) + (0.5, 0.1) = (1.4, 1.9)"
 */
public record StepAnatomy(double[] gradient, Map<String, double[]> vectors, double[] lookAhead,
    double[] coordinateSteps, double[] step, String rule) {

  public StepAnatomy {
    gradient = gradient.clone();
    Map<String, double[]> copy = new LinkedHashMap<>();
    vectors.forEach((k, v) -> copy.put(k, v.clone()));
    vectors = Collections.unmodifiableMap(copy);
    lookAhead = lookAhead == null ? null : lookAhead.clone();
    coordinateSteps = coordinateSteps == null ? null : coordinateSteps.clone();
    step = step.clone();
  }

  /** "(1.2, −0.4)" or "0.3" in one dimension. */
  public static String vector(double[] v) {
    if (v.length == 1) {
      return Numbers.compact(v[0]);
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      b.append(i > 0 ? ", " : "").append(Numbers.compact(v[i]));
    }
    return b.append(')').toString();
  }

  public static String number(double v) {
    return Numbers.compact(v);
  }
}
