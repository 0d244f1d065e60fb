package org.gradientlab.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The four phases of one outer iteration as cards: what each computes (its formula) and what it
 * found the last time it ran. The phase that runs next is highlighted, so a click on "Next phase"
 * always does what the highlighted card says.
 */
public final class HyperPhasesPane extends VBox {

  static final String[] TITLES = {
      "1 · Inner solve: train the weights at λ",
      "2 · Linear solve: the implicit-function system",
      "3 · Hypergradient: dC/d log λ, checked",
      "4 · Update log λ"};

  private final HyperModel model;
  private final Map<OuterLoop.Phase, VBox> cards = new EnumMap<>(OuterLoop.Phase.class);
  private final Map<OuterLoop.Phase, Label> results = new EnumMap<>(OuterLoop.Phase.class);
  private final Map<OuterLoop.Phase, Label> formulas = new EnumMap<>(OuterLoop.Phase.class);

  public HyperPhasesPane(HyperModel model) {
    this.model = model;
    setSpacing(6);
    getStyleClass().add("hyper-phases");
    for (OuterLoop.Phase phase : OuterLoop.Phase.values()) {
      Label title = new Label(TITLES[phase.ordinal()]);
      title.getStyleClass().add("phase-title");
      Label formula = new Label("");
      formula.getStyleClass().add("phase-formula");
      formula.setWrapText(true);
      Label result = new Label("—");
      result.getStyleClass().add("phase-result");
      result.setWrapText(true);
      result.setId("phase-result-" + phase.name().toLowerCase());
      VBox card = new VBox(2, title, formula, result);
      card.getStyleClass().add("phase-card");
      card.setPadding(new Insets(6, 8, 6, 8));
      card.setId("phase-" + phase.name().toLowerCase());
      cards.put(phase, card);
      results.put(phase, result);
      formulas.put(phase, formula);
      getChildren().add(card);
    }
    model.steps().addListener((ListChangeListener<OuterLoop.Step>) c -> refresh());
    model.curvesProperty().addListener((o, a, b) -> refresh());
    model.modeProperty().addListener((o, a, b) -> refresh());
    model.scheduleProperty().addListener((o, a, b) -> refresh());
    model.stateProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  /** The formula of each phase before it has run, with every symbol defined where it appears. */
  String defaultFormula(OuterLoop.Phase phase) {
    return formula(phase, model.modeProperty().get(), model.scheduleProperty().get());
  }

  /** The same for a loop in {@code mode} with tolerance schedule {@code sc} (slides too). */
  static String formula(OuterLoop.Phase phase, OuterLoop.Mode mode, ToleranceSchedule sc) {
    boolean exact = mode == OuterLoop.Mode.EXACT;
    return switch (phase) {
      case INNER_SOLVE -> "w_k ≈ argmin_w L_train(w) + (λ/2)Σ m_j w_j²,  warm start;  " + (exact
          ? "Newton's method to machine precision"
          : "L-BFGS until ‖∇h‖ ≤ ε_k·‖∇L_train(0)‖,  " + epsilonRule(sc));
      case LINEAR_SOLVE -> "(∇²L_train(w) + λ·diag m) q = ∇F(w)   F: the outer loss;  m_j = 1 for a penalised"
          + " weight, 0 for the intercept;  " + (exact ? "by Cholesky" : "by CG from the last q, to ε_k·‖∇F(w)‖");
      case HYPERGRADIENT -> "p = dC/d log λ = −λ (m⊙w)·q   (implicit function theorem; ∂_λ∇_w h = m⊙w)";
      case UPDATE -> STEP_RULE;
    };
  }

  /** The step rule of {@link OuterLoop}, in one line. */
  static final String STEP_RULE = "Step rule: the first step is 1 in log λ, downhill; then to the minimum of the"
      + " cubic matching C and p at the last two λ (at most twice the last step); a step that raises C is"
      + " taken back and shortened. Stops when the next step would change C by < 10⁻⁵·C.";

  static String epsilonRule(ToleranceSchedule sc) {
    double e0 = OuterLoop.DEFAULT_EPSILON0;
    return switch (sc) {
      case QUADRATIC -> "ε_k = ε₀/k²";
      case CUBIC -> "ε_k = ε₀/k³";
      case EXPONENTIAL -> "ε_k = ε₀·0.9^(k−1)";
    } + ",  ε₀ = " + Numbers.compact(e0);
  }

  private void refresh() {
    HyperModel.LoopState st = model.stateProperty().get();
    OuterLoop.Phase next = st == null ? OuterLoop.Phase.INNER_SOLVE : st.nextPhase();
    for (OuterLoop.Phase phase : OuterLoop.Phase.values()) {
      VBox card = cards.get(phase);
      card.getStyleClass().remove("phase-next");
      if (phase == next) {
        card.getStyleClass().add("phase-next");
      }
      results.get(phase).setText("—");
      formulas.get(phase).setText(defaultFormula(phase));
    }
    // The latest step of each phase.
    for (int i = model.steps().size() - 1, found = 0; i >= 0 && found < 4; i--) {
      OuterLoop.Step step = model.steps().get(i);
      OuterLoop.Phase phase = phaseOf(step);
      Label result = results.get(phase);
      if (result.getText().equals("—")) {
        result.setText(describe(step, model.modeProperty().get() == OuterLoop.Mode.EXACT, optimumLog()));
        if (phase != OuterLoop.Phase.UPDATE) {
          formulas.get(phase).setText(defaultFormula(phase));
        }
        found++;
      }
    }
  }

  static OuterLoop.Phase phaseOf(OuterLoop.Step step) {
    if (step instanceof OuterLoop.InnerSolved) {
      return OuterLoop.Phase.INNER_SOLVE;
    } else if (step instanceof OuterLoop.LinearSolved) {
      return OuterLoop.Phase.LINEAR_SOLVE;
    } else if (step instanceof OuterLoop.HypergradientFound) {
      return OuterLoop.Phase.HYPERGRADIENT;
    }
    return OuterLoop.Phase.UPDATE;
  }

  /** log λ at the minimum of the dense curve, NaN until it is known. */
  private double optimumLog() {
    HyperModel.Curves c = model.curvesProperty().get();
    if (c == null || c.problem() != model.problemProperty().get()) {
      return Double.NaN;
    }
    return c.validation().logLambdas()[c.validation().argmin()];
  }

  /**
   * One line of numbers for a step, as the card shows it; an explanation is added only where it
   * is true ({@code optimumLog}: log λ of the dense curve's minimum, NaN if not known).
   */
  public static String describe(OuterLoop.Step step, boolean exactSolves, double optimumLog) {
    if (step instanceof OuterLoop.InnerSolved s) {
      String solver = exactSolves ? s.innerIterations() + " Newton steps" : s.innerIterations() + " L-BFGS iterations";
      String line = "k = " + s.iteration() + ":  λ = " + n(s.lambda()) + ",  " + solver + " ("
          + s.gradientEvaluations() + " loss+gradient evaluations),  ‖∇h‖ = " + n(s.gradientNorm())
          + (exactSolves ? " (rounding floor)" : " ≤ " + n(s.tolerance()) + "  (ε_k = " + n(s.epsilon()) + ")")
          + ",  L_train = " + n(s.trainLoss()) + ",  C = " + n(s.outerValue());
      if (!s.reachedTolerance()) {
        line += "\nThe solver stopped short of its tolerance (iteration cap or rounding floor).";
      }
      return line;
    } else if (step instanceof OuterLoop.LinearSolved s) {
      return "k = " + s.iteration() + ":  " + (s.exact() ? "Cholesky, exact" : s.cgIterations()
          + " CG iterations") + ",  residual " + n(s.residual())
          + (s.exact() ? "" : " ≤ " + n(s.tolerance()));
    } else if (step instanceof OuterLoop.HypergradientFound s) {
      String line = "k = " + s.iteration() + ":  p = " + n(s.dLogLambda());
      if (!Double.isNaN(s.finiteDifference())) {
        double diff = Math.abs(s.dLogLambda() - s.finiteDifference());
        double rel = diff / Math.max(1e-300, Math.abs(s.finiteDifference()));
        line += "   finite difference " + n(s.finiteDifference()) + "   (relative difference " + n(rel) + ")";
        if (rel > 0.1 && !exactSolves) {
          boolean near = Math.abs(Math.log(s.lambda()) - optimumLog) < 0.5;
          line += "\nHOAG's solves to ε_k = " + n(s.epsilon()) + " leave an error of " + n(diff)
              + " in p" + (near ? "; near the optimum (log λ* = " + n(optimumLog)
                  + " on the dense curve) p itself is tiny, so the relative difference is large"
              : "; the tolerance tightens as k grows") + ". The exact method makes the two agree.";
        }
      }
      if (Double.isNaN(s.acceptedValue())) {
        line += "\nC corrected for the inexact w, C − qᵀ∇h = " + n(s.correctedValue()) + ": the first point, accepted.";
      } else {
        line += "\nC corrected for the inexact w, C − qᵀ∇h = " + n(s.correctedValue()) + (s.acceptable()
            ? " ≤ " + n(s.acceptedValue()) + " (Armijo's bound from the accepted C): accepted."
            : " > " + n(s.acceptedValue()) + " (Armijo's bound from the accepted C): rejected.");
      }
      return line;
    }
    OuterLoop.Updated s = (OuterLoop.Updated) step;
    String head = "k = " + s.iteration() + ":  ";
    String move = "log λ " + r3(s.logLambdaBefore()) + " → " + r3(s.logLambdaAfter());
    String why = switch (s.rule()) {
      case FIRST -> "the first step: 1 in log λ, downhill (no curvature known yet)";
      case CUBIC -> "to the minimum of the cubic through C and p at the last two λ";
      case EXPAND -> "twice the last step, downhill (the cubic has no minimum that way)";
      case BACKTRACK -> "C rose: back toward the accepted λ, with a shorter step";
    };
    String verdict = switch (s.verdict()) {
      case RUNNING -> "";
      case CONVERGED -> "\nConverged: the next step would change C by less than 10⁻⁵·C.";
      case AT_LOWER_END -> "\nAt the lower end of the search range, still pushed down.";
      case AT_UPPER_END -> "\nAt the upper end of the search range, still pushed up.";
    };
    return head + (s.accepted() ? "" : "rejected, ") + move + "   (" + why + ")" + verdict;
  }

  private static String r3(double v) {
    return Numbers.compact(Math.round(v * 1000) / 1000.0);
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
