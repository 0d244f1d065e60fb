package org.gradientlab.hyper;

/**
 * What the outer level minimises over λ. The right choice is the validation loss of the trained
 * weights, C(λ) = L_val(w*(λ)). The tempting wrong one is the training loss L_train(w*(λ)): the L2
 * term only ever pulls the fit away from the training data, so L_train(w*(λ)) grows with λ and its
 * gradient always says "less λ" — λ is driven toward 0 (−∞ in log λ), the model over-fits.
 */
public enum OuterObjective {
  VALIDATION("validation loss  C(λ) = L_val(w*(λ))", ""),
  TRAINING("training loss  L_train(w*(λ))",
      "Wrong objective: the training loss always prefers less regularisation, so λ falls toward 0"
          + " (log λ toward −∞) and the model over-fits. Judge λ on data the weights were not fit to.");

  private final String label;
  private final String warning;

  OuterObjective(String label, String warning) {
    this.label = label;
    this.warning = warning;
  }

  public String label() {
    return label;
  }

  /** A warning for the student, or "" for the right objective. */
  public String warning() {
    return warning;
  }

  public double value(InnerProblem p, double[] w) {
    return this == VALIDATION ? p.validationLoss(w) : p.trainLoss(w);
  }

  public double valueAndGradient(InnerProblem p, double[] w, double[] gradient) {
    return this == VALIDATION ? p.validationValueAndGradient(w, gradient) : p.trainValueAndGradient(w, gradient);
  }

  @Override
  public String toString() {
    return label;
  }
}
