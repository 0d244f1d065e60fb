package org.gradientlab.scene;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;

/**
 * The text form of a {@link HyperScene}, in the same {@code key: value} lines as the lab's scenes:
 *
 * <pre>
 * workspace: hyper
 * problem: sine            # sine, diabetes, breast-cancer
 * objective: validation    # validation, training
 * method: hoag             # hoag, exact
 * schedule: quadratic      # quadratic, cubic, exponential
 * epsilon0: 0.01           # or "default"
 * iterations: 3            # whole outer iterations run before the picture is shown
 * phase: 2                 # then this many phases of the next (0 … 3)
 * unrolled: gd             # gd, momentum: the training behind the C_T(λ, η) map
 * unrolled-steps: 60       # T
 * joint-start: -2, 0.35    # log λ (or "default") and η as a fraction of the map's η range
 * panels: controls, curve, fit, phases, map
 * tab: hoag                # hoag, unrolled, bayes, many: the tab shown
 * horizon-loop: gd         # "η through training": gd, momentum
 * horizon-steps: 300       # T
 * horizon-at: -2, 0.5      # log λ (or "default": the problem's λ₀) and η as a share of the edge 2/(L + λ)
 * checkpoint-every: 0      # k of checkpointed reverse mode; 0: about √T
 * bayes-target: validation # validation: C(λ) over log λ; unrolled: C_T(λ, η) over (log λ, η)
 * bayes-seed: 1
 * bayes-evaluations: 6     # evaluations run before the picture is shown
 * bayes-phase: 1           # then this many phases of the next (0 … 2)
 * many-budget: 20          # many λ: evaluations per method
 * many-seed: 1             # first seed of random search and BO
 * </pre>
 */
public final class HyperSceneCodec {

  private static final List<String> KEYS = List.of("workspace", "problem", "objective", "method",
      "schedule", "epsilon0", "iterations", "phase", "unrolled", "unrolled-steps", "joint-start", "panels",
      "tab", "horizon-loop", "horizon-steps", "horizon-at", "checkpoint-every", "bayes-target", "bayes-seed",
      "bayes-evaluations", "bayes-phase", "many-budget", "many-seed");

  public List<String> keys() {
    return KEYS;
  }

  public HyperScene parse(String text, HyperScene base) throws SceneFormatException {
    return parse(SceneLines.read(text), base);
  }

  public HyperScene parse(SceneLines in, HyperScene base) throws SceneFormatException {
    in.refuseUnknown(KEYS, "hyper");
    String problem = in.has("problem") ? in.get("problem").trim().toLowerCase(Locale.ROOT) : base.problem();
    if (!HyperScene.PROBLEMS.contains(problem)) {
      throw new SceneFormatException(in.line("problem"), "problem is one of "
          + String.join(", ", HyperScene.PROBLEMS) + ", was '" + in.get("problem") + "'");
    }
    OuterObjective objective = in.choice("objective", base.objective(), OuterObjective.class, HyperSceneCodec::word);
    OuterLoop.Mode method = in.choice("method", base.method(), OuterLoop.Mode.class, HyperSceneCodec::word);
    ToleranceSchedule schedule = in.choice("schedule", base.schedule(), ToleranceSchedule.class, HyperSceneCodec::word);
    double epsilon0 = in.has("epsilon0") && in.get("epsilon0").trim().equalsIgnoreCase("default")
        ? Double.NaN : in.number("epsilon0", base.epsilon0());
    int iterations = (int) in.whole("iterations", base.iterations(), 0, HyperScene.MAX_ITERATIONS);
    int phase = (int) in.whole("phase", base.phase(), 0, OuterLoop.Phase.values().length - 1);
    UnrolledMethod unrolled = in.choice("unrolled", base.unrolledMethod(), UnrolledMethod.class, HyperSceneCodec::word);
    int steps = (int) in.whole("unrolled-steps", base.unrolledSteps(), 1, HyperScene.MAX_UNROLLED_STEPS);
    double jointLog = base.jointLogLambda0();
    double jointEta = base.jointEtaFraction0();
    if (in.has("joint-start")) {
      String[] parts = in.get("joint-start").split(",", -1);
      if (parts.length != 2) {
        throw new SceneFormatException(in.line("joint-start"),
            "joint-start takes log λ (or default) and an η fraction, e.g. -2, 0.35");
      }
      jointLog = parts[0].trim().equalsIgnoreCase("default") ? Double.NaN
          : SceneLines.read("x: " + parts[0]).number("x", Double.NaN);
      jointEta = SceneLines.read("x: " + parts[1]).number("x", Double.NaN);
    }
    Set<HyperScene.HyperPanel> panels = in.has("panels")
        ? NetSceneCodec.panels(in, HyperScene.HyperPanel.class, "panels") : base.panels();
    HyperScene.Tab tab = in.choice("tab", base.tab(), HyperScene.Tab.class, HyperSceneCodec::word);
    HyperScene.Horizon horizon = horizon(in, base.horizon());
    HyperScene.Bayes bayes = bayes(in, base.bayes());
    HyperScene.Many many = new HyperScene.Many(
        (int) in.whole("many-budget", base.many().budget(), HyperScene.MIN_BUDGET, HyperScene.MAX_BUDGET),
        (int) in.whole("many-seed", base.many().seed(), 1, HyperScene.MAX_SEED));
    try {
      return new HyperScene(problem, objective, method, schedule, epsilon0, iterations, phase, unrolled,
          steps, jointLog, jointEta, panels, tab, horizon, bayes, many);
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(in.lineOfFirst("epsilon0", "joint-start", "iterations", "phase"),
          e.getMessage());
    }
  }

  private static HyperScene.Horizon horizon(SceneLines in, HyperScene.Horizon base) throws SceneFormatException {
    UnrolledMethod method = in.choice("horizon-loop", base.method(), UnrolledMethod.class, HyperSceneCodec::word);
    int steps = (int) in.whole("horizon-steps", base.steps(), 1, HyperScene.MAX_UNROLLED_STEPS);
    int k = (int) in.whole("checkpoint-every", base.checkpointEvery(), 0, HyperScene.MAX_CHECKPOINT);
    double logLambda = base.logLambda();
    double eta = base.etaFraction();
    if (in.has("horizon-at")) {
      String[] parts = in.get("horizon-at").split(",", -1);
      if (parts.length != 2) {
        throw new SceneFormatException(in.line("horizon-at"),
            "horizon-at takes log λ (or default) and η as a share of the edge, e.g. -2, 0.5");
      }
      try {
        logLambda = parts[0].trim().equalsIgnoreCase("default") ? Double.NaN : Numbers.parse(parts[0]);
        eta = Numbers.parse(parts[1]);
      } catch (NumberFormatException e) {
        throw new SceneFormatException(in.line("horizon-at"), "horizon-at: " + e.getMessage());
      }
    }
    try {
      return new HyperScene.Horizon(method, steps, logLambda, eta, k);
    } catch (IllegalArgumentException e) {
      throw new SceneFormatException(in.lineOfFirst("horizon-at", "horizon-steps"), e.getMessage());
    }
  }

  private static HyperScene.Bayes bayes(SceneLines in, HyperScene.Bayes base) throws SceneFormatException {
    return new HyperScene.Bayes(
        in.choice("bayes-target", base.target(), HyperScene.BayesTarget.class, HyperSceneCodec::word),
        (int) in.whole("bayes-seed", base.seed(), 1, HyperScene.MAX_SEED),
        (int) in.whole("bayes-evaluations", base.evaluations(), 0, HyperScene.MAX_BAYES_EVALUATIONS),
        (int) in.whole("bayes-phase", base.phase(), 0, 2));
  }

  private static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The scene as text that {@link #parse} reads back to an equal scene. */
  public String write(HyperScene s) {
    StringBuilder b = new StringBuilder("workspace: hyper\n");
    b.append("problem: ").append(s.problem()).append('\n');
    b.append("objective: ").append(word(s.objective())).append('\n');
    b.append("method: ").append(word(s.method())).append('\n');
    b.append("schedule: ").append(word(s.schedule())).append('\n');
    b.append("epsilon0: ").append(Double.isNaN(s.epsilon0()) ? "default" : HyperparameterText.plain(s.epsilon0()))
        .append('\n');
    b.append("iterations: ").append(s.iterations()).append('\n');
    b.append("phase: ").append(s.phase()).append('\n');
    b.append("unrolled: ").append(word(s.unrolledMethod())).append('\n');
    b.append("unrolled-steps: ").append(s.unrolledSteps()).append('\n');
    b.append("joint-start: ").append(Double.isNaN(s.jointLogLambda0()) ? "default"
        : HyperparameterText.plain(s.jointLogLambda0())).append(", ")
        .append(HyperparameterText.plain(s.jointEtaFraction0())).append('\n');
    b.append("panels: ").append(NetSceneCodec.panelsText(s.panels(), HyperScene.HyperPanel.class)).append('\n');
    b.append("tab: ").append(word(s.tab())).append('\n');
    HyperScene.Horizon h = s.horizon();
    b.append("horizon-loop: ").append(word(h.method())).append('\n');
    b.append("horizon-steps: ").append(h.steps()).append('\n');
    b.append("horizon-at: ").append(Double.isNaN(h.logLambda()) ? "default" : HyperparameterText.plain(h.logLambda()))
        .append(", ").append(HyperparameterText.plain(h.etaFraction())).append('\n');
    b.append("checkpoint-every: ").append(h.checkpointEvery()).append('\n');
    b.append("bayes-target: ").append(word(s.bayes().target())).append('\n');
    b.append("bayes-seed: ").append(s.bayes().seed()).append('\n');
    b.append("bayes-evaluations: ").append(s.bayes().evaluations()).append('\n');
    b.append("bayes-phase: ").append(s.bayes().phase()).append('\n');
    b.append("many-budget: ").append(s.many().budget()).append('\n');
    b.append("many-seed: ").append(s.many().seed()).append('\n');
    return b.toString();
  }
}
