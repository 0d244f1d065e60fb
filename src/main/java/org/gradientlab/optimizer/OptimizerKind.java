package org.gradientlab.optimizer;

/** The optimizers of the race, in the order the lab lists them. */
public enum OptimizerKind {
  GD("GD", "Gradient descent"),
  SGD("SGD", "Stochastic gradient descent"),
  MOMENTUM("Momentum", "Heavy-ball momentum"),
  NESTEROV("Nesterov", "Nesterov accelerated gradient"),
  ADAGRAD("Adagrad", "Adagrad"),
  RMSPROP("RMSProp", "RMSProp"),
  ADAM("Adam", "Adam");

  private final String label;
  private final String longName;

  OptimizerKind(String label, String longName) {
    this.label = label;
    this.longName = longName;
  }

  /** Short label for legends and status lines. */
  public String label() {
    return label;
  }

  /** The label: what menus show. */
  @Override
  public String toString() {
    return label;
  }

  public String longName() {
    return longName;
  }

  /** This optimizer with learning rate η and its library-default other hyperparameters. */
  public OptimizerConfig withDefaults(double learningRate) {
    return switch (this) {
      case GD -> new GradientDescent(learningRate);
      case SGD -> StochasticGradientDescent.withDefaults(learningRate);
      case MOMENTUM -> Momentum.withDefaults(learningRate);
      case NESTEROV -> Nesterov.withDefaults(learningRate);
      case ADAGRAD -> Adagrad.withDefaults(learningRate);
      case RMSPROP -> RmsProp.withDefaults(learningRate);
      case ADAM -> Adam.withDefaults(learningRate);
    };
  }

  /** The kind whose label or enum name is {@code text}, ignoring case. */
  public static OptimizerKind parse(String text) {
    for (OptimizerKind k : values()) {
      if (k.label.equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown optimizer '" + text + "'; expected one of GD, SGD, Momentum, Nesterov, Adagrad,"
            + " RMSProp, Adam");
  }
}
