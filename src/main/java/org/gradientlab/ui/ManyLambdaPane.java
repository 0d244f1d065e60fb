package org.gradientlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.PerFeatureRidge;
import org.gradientlab.viewmodel.ManyLambdaModel;

/**
 * Many hyperparameters: ridge on the diabetes data with one λ per feature. Hypergradient descent on
 * the ten log λⱼ (one extra linear solve gives all ten partial derivatives) against random search
 * and Bayesian optimisation with the same budget, and what a grid would cost; step through the
 * descent's evaluations with the slider.
 */
public final class ManyLambdaPane extends BorderPane {

  private final ManyLambdaModel model;
  private final PhaseCard inner = new PhaseCard("many-inner", "1 · Inner solve: the weights for ten λⱼ at once",
      "w = (G + diag λ)⁻¹ b,   G = XᵀX/n,  b = Xᵀy/n   (one Cholesky factorisation of G + diag λ)");
  private final PhaseCard gradient = new PhaseCard("many-gradient",
      "2 · One more solve gives all ten partial derivatives",
      "(G + diag λ) q = ∇L_val(w)   (the same factor),    ∂C/∂ log λⱼ = −λⱼ wⱼ qⱼ   for j = 1 … 10");
  private final PhaseCard step = new PhaseCard("many-step", "3 · A step on the vector log λ",
      "log λ ← clamp(log λ − t ∇C),  t: 1/‖∇C‖ at first, then Barzilai–Borwein ‖Δs‖²/(Δs·Δ∇C), halved until C falls");
  private final Label grid = new Label();

  public ManyLambdaPane(ManyLambdaModel model, javafx.beans.value.ObservableValue<PlotStyle> style) {
    this.model = model;
    setId("many-pane");
    LambdaBarsView bars = new LambdaBarsView(model);
    bars.setId("many-bars");
    bars.plotStyleProperty().bind(style);
    SearchCurvesView curves = new SearchCurvesView(model);
    curves.setId("many-curves");
    curves.plotStyleProperty().bind(style);
    grid.setId("many-grid-cost");
    grid.setWrapText(true);
    grid.getStyleClass().add("phase-result");
    Label about = new Label("Diabetes progression from 10 baseline variables, ridge with a separate penalty per"
        + " feature: 10 hyperparameters. A grid needs k¹⁰ trainings; the hypergradient needs one solve more"
        + " than C itself, whatever the number of λⱼ.");
    about.setWrapText(true);
    about.getStyleClass().add("hint");
    VBox cards = new VBox(6, about, inner, gradient, step, grid);
    cards.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(cards);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    VBox plots = new VBox(8, bars, curves);
    VBox.setVgrow(bars, Priority.ALWAYS);
    VBox.setVgrow(curves, Priority.ALWAYS);
    GridPane center = UnrolledPane.columns(scroll, plots, 40);
    setTop(controls());
    setCenter(center);
    setPadding(new Insets(4, 0, 0, 0));
    model.resultProperty().addListener((o, a, b) -> refresh());
    model.shownProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  private FlowPane controls() {
    NumberControl budget = NumberControl.ofInteger("budget: evaluations per method", model.budgetProperty(), 4, 80,
        SliderScale.LINEAR);
    budget.setId("many-budget");
    NumberControl shown = NumberControl.ofInteger("show the descent after evaluation", model.shownProperty(), 1, 80,
        SliderScale.LINEAR);
    shown.setId("many-shown");
    NumberControl seed = NumberControl.ofInteger("seed (random search, BO)", model.seedProperty(), 1, 50,
        SliderScale.LINEAR);
    seed.setId("many-seed");
    for (NumberControl c : new NumberControl[] {budget, shown, seed}) {
      c.setPrefWidth(230);
    }
    FlowPane row = new FlowPane(16, 6, budget, shown, seed);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(2, 4, 8, 4));
    return row;
  }

  private void refresh() {
    ManyLambdaModel.Result r = model.resultProperty().get();
    if (r == null) {
      inner.setResult("computing…");
      return;
    }
    PerFeatureRidge.Evaluation e = LambdaBarsView.shownDescent(r, model.shownProperty().get());
    int at = r.descent().evaluations().indexOf(e) + 1;
    inner.setResult("evaluation " + at + " of " + r.descent().evaluations().size() + ":  C = " + n(e.value())
        + "   (the best single λ: " + n(r.singleBest()) + ")");
    double[] g = e.gradient();
    StringBuilder b = new StringBuilder("∂C/∂ log λⱼ there:  ");
    for (int j = 0; j < g.length; j++) {
      b.append(r.features().get(j)).append(' ').append(n(g[j])).append(j < g.length - 1 ? ",  " : "");
    }
    gradient.setResult(b.toString());
    step.setResult("with " + r.budget() + " evaluations each:  descent C = " + n(r.descent().best().value())
        + ",  random search " + n(r.randomMedian()) + ",  BO " + n(r.bayesianMedian())
        + "   (random and BO: medians of " + ManyLambdaModel.SEEDS + " seeds from seed " + r.seed() + ")");
    double us = r.nanosPerSolve() / 1000;
    StringBuilder cost = new StringBuilder("A grid over the ten λⱼ, at " + n(us) + " µs per solve (measured here):");
    for (int k : new int[] {3, 5, 10}) {
      double solves = Math.pow(k, r.features().size());
      cost.append("\n  ").append(k).append(" values each: ").append(k).append("¹⁰ = ")
          .append(UnrolledPane.grouped((long) solves)).append(" solves, ").append(duration(solves * us / 1e6));
    }
    grid.setText(cost.toString());
  }

  /** Seconds as the largest sensible unit: "1.8 s", "2.3 hours", "3.1 days", "4.2 years". */
  static String duration(double seconds) {
    if (seconds < 120) {
      return n(seconds) + " s";
    }
    if (seconds < 2 * 3600) {
      return n(seconds / 60) + " minutes";
    }
    if (seconds < 3 * 86400) {
      return n(seconds / 3600) + " hours";
    }
    if (seconds < 2 * 365.25 * 86400) {
      return n(seconds / 86400) + " days";
    }
    return n(seconds / (365.25 * 86400)) + " years";
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
