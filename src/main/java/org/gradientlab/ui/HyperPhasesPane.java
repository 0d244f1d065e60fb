package org.gradientlab.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The four phases of one outer iteration as cards: what each computes (its formula) and what it
 * found the last time it ran. The phase that runs next is highlighted, so a click on "Next phase"
 * always does what the highlighted card says.
 */
public final class HyperPhasesPane extends VBox {

  private static final String[] TITLES = {
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
      Label formula = new Label(defaultFormula(phase));
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
    model.stateProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  private static String defaultFormula(OuterLoop.Phase phase) {
    return switch (phase) {
      case INNER_SOLVE -> "w_k ≈ argmin_w L_train(w) + (λ/2)‖w‖²  (L-BFGS, warm start, to tolerance ε_k)";
      case LINEAR_SOLVE -> "(∇²L_train(w) + λI) q = ∇L_val(w)  (conjugate gradient to ε_k, or Cholesky)";
      case HYPERGRADIENT -> "dC/d log λ = −λ wᵀq   (implicit function theorem; ∂_λ∇_w h = w)";
      case UPDATE -> "log λ ← log λ − (1/L)·dC/d log λ  (HOAG's step-size rule adapts L)";
    };
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
        result.setText(describe(step, model.modeProperty().get() == OuterLoop.Mode.EXACT));
        formulas.get(phase).setText(step.formula());
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

  /** One line of numbers for a step, as the card shows it. */
  public static String describe(OuterLoop.Step step, boolean exactSolves) {
    if (step instanceof OuterLoop.InnerSolved s) {
      return "k = " + s.iteration() + ":  λ = " + n(s.lambda()) + ",  " + s.innerIterations()
          + " L-BFGS iterations,  ‖∇h‖ = " + n(s.gradientNorm()) + " ≤ " + n(s.tolerance())
          + ",  L_train = " + n(s.trainLoss()) + ",  C = " + n(s.outerValue());
    } else if (step instanceof OuterLoop.LinearSolved s) {
      return "k = " + s.iteration() + ":  " + (s.exact() ? "Cholesky, exact" : s.cgIterations()
          + " CG iterations") + ",  residual " + n(s.residual())
          + (s.exact() ? "" : " ≤ " + n(s.tolerance()));
    } else if (step instanceof OuterLoop.HypergradientFound s) {
      double rel = Math.abs(s.dLogLambda() - s.finiteDifference())
          / Math.max(1e-300, Math.abs(s.finiteDifference()));
      String line = "k = " + s.iteration() + ":  dC/d log λ = " + n(s.dLogLambda()) + "   finite difference "
          + n(s.finiteDifference()) + "   (relative difference " + n(rel) + ")";
      if (rel > 0.1 && !exactSolves) {
        // Near the optimum the true hypergradient is tiny; HOAG's error is set by ε_k, not by it.
        line += "\nNear the optimum dC/d log λ is tiny, while HOAG's inexact solves leave an error of"
            + " order ε_k in it (here " + n(Math.abs(s.dLogLambda() - s.finiteDifference()))
            + "). The exact method makes the two agree.";
      }
      return line;
    }
    OuterLoop.Updated s = (OuterLoop.Updated) step;
    return "k = " + s.iteration() + ":  log λ " + Numbers.compact(Math.round(s.logLambdaBefore() * 1000) / 1000.0)
        + " → " + Numbers.compact(Math.round(s.logLambdaAfter() * 1000) / 1000.0) + "   (step 1/L = "
        + n(s.stepSize()) + ",  C = " + n(s.outerValue()) + ")";
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
