package org.gradientlab.app.session;

import java.util.List;
import org.gradientlab.hyper.HyperProblem;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.viewmodel.HyperModel;

/**
 * What the hypergradient workspace is set to, as {@link HyperModel} exposes it today, as a small
 * versioned text: {@code format: hypergradients 1}, then {@code key: value} lines. The problem is
 * named by its label. Where the outer loop has got to is not stored: it is recomputed in seconds.
 *
 * <p>A stand-in, kept apart on purpose: issue 15 gives this workspace a scene format of its own,
 * which then replaces this class (see {@link NetSettings}).
 *
 * @param jointLogLambda0 where the joint (λ, η) descent starts in log λ; NaN: the problem's default
 */
public record HyperSettings(String problem, OuterObjective objective, OuterLoop.Mode mode,
    ToleranceSchedule schedule, double phaseDelayMillis, UnrolledMethod unrolledMethod,
    int unrolledSteps, double jointLogLambda0, double jointEtaFraction0) {

  public static final String FORMAT = "hypergradients";
  public static final int VERSION = 1;
  private static final List<String> KEYS = List.of("format", "problem", "objective", "mode", "schedule",
      "phase-delay-ms", "unrolled-method", "unrolled-steps", "joint-start-log-lambda",
      "joint-start-eta-fraction");

  public static HyperSettings of(HyperModel m) {
    return new HyperSettings(m.problemProperty().get().label(), m.objectiveProperty().get(),
        m.modeProperty().get(), m.scheduleProperty().get(), m.phaseDelayMillisProperty().get(),
        m.unrolledMethodProperty().get(), m.unrolledStepsProperty().get(),
        m.jointLogLambda0Property().get(), m.jointEtaFraction0Property().get());
  }

  /**
   * Sets {@code m}: the problem first (choosing a problem resets the joint start), then the rest.
   * An unknown problem label is an error before anything changes.
   */
  public void applyTo(HyperModel m) throws StoredFormatException {
    HyperProblem p = find(m, problem);
    m.problemProperty().set(p);
    m.objectiveProperty().set(objective);
    m.modeProperty().set(mode);
    m.scheduleProperty().set(schedule);
    m.phaseDelayMillisProperty().set(phaseDelayMillis);
    m.unrolledMethodProperty().set(unrolledMethod);
    m.unrolledStepsProperty().set(unrolledSteps);
    m.jointLogLambda0Property().set(jointLogLambda0);
    m.jointEtaFraction0Property().set(jointEtaFraction0);
  }

  private static HyperProblem find(HyperModel m, String label) throws StoredFormatException {
    for (HyperProblem p : m.problems()) {
      if (p.label().equals(label)) {
        return p;
      }
    }
    throw new StoredFormatException(0, "no problem '" + label + "' in this version");
  }

  public String write() {
    return String.join("\n",
        "format: " + FORMAT + " " + VERSION,
        "problem: " + problem,
        "objective: " + KeyValues.name(objective),
        "mode: " + KeyValues.name(mode),
        "schedule: " + KeyValues.name(schedule),
        "phase-delay-ms: " + phaseDelayMillis,
        "unrolled-method: " + KeyValues.name(unrolledMethod),
        "unrolled-steps: " + unrolledSteps,
        "joint-start-log-lambda: " + (Double.isNaN(jointLogLambda0) ? "default" : Double.toString(jointLogLambda0)),
        "joint-start-eta-fraction: " + jointEtaFraction0) + "\n";
  }

  public static HyperSettings parse(String text) throws StoredFormatException {
    KeyValues kv = KeyValues.parse(text);
    kv.format(FORMAT, VERSION);
    kv.onlyKeys(KEYS);
    double logLambda0 = kv.text("joint-start-log-lambda").equals("default")
        ? Double.NaN : kv.number("joint-start-log-lambda", -50, 50);
    return new HyperSettings(kv.text("problem"), kv.choice("objective", OuterObjective.class),
        kv.choice("mode", OuterLoop.Mode.class), kv.choice("schedule", ToleranceSchedule.class),
        kv.number("phase-delay-ms", 1, 2000), kv.choice("unrolled-method", UnrolledMethod.class),
        kv.whole("unrolled-steps", 5, 400), logLambda0, kv.number("joint-start-eta-fraction", 0, 2));
  }
}
