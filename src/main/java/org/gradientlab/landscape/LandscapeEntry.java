package org.gradientlab.landscape;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gradientlab.objective.Objective;

/**
 * A landscape the student can choose: its id and label, its parameters, where runs start by default,
 * and how to build the objective from parameter values (all present and already validated).
 *
 * @param defaultStart the start point when a lesson or the student has not chosen one
 * @param suggestedEta a learning rate that makes a sensible first race when the landscape opens
 * @param suggestedSteps a number of steps that lets that race finish
 * @param ownData how the landscape fits a student's own data instead of its preset; null when it
 *     is not a loss on data
 */
public record LandscapeEntry(
    String id,
    String label,
    List<ParameterSpec> parameters,
    double[] defaultStart,
    double suggestedEta,
    int suggestedSteps,
    Function<Map<String, String>, Objective> factory,
    OwnData ownData) {

  /** A landscape that takes no data of one's own. */
  public LandscapeEntry(String id, String label, List<ParameterSpec> parameters, double[] defaultStart,
      double suggestedEta, int suggestedSteps, Function<Map<String, String>, Objective> factory) {
    this(id, label, parameters, defaultStart, suggestedEta, suggestedSteps, factory, null);
  }

  public LandscapeEntry {
    parameters = List.copyOf(parameters);
    defaultStart = defaultStart.clone();
  }

  @Override
  public double[] defaultStart() {
    return defaultStart.clone();
  }

  /** The parameter called {@code name}, or null. */
  public ParameterSpec parameter(String name) {
    for (ParameterSpec p : parameters) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return label;
  }
}
