package org.gradientlab.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.BayesianOptimization;
import org.gradientlab.hyper.GaussianProcess;
import org.gradientlab.viewmodel.BayesModel;
import org.gradientlab.viewmodel.HyperModel;

/**
 * Bayesian optimisation step by step, like the outer loop's phases: the posterior of a Gaussian
 * process, the expected improvement and the next point, the evaluation; beside it the comparison
 * of every method on the problem, as a table and as the cost to get within 1 % of the best.
 */
public final class BayesPane extends BorderPane {

  private final BayesModel model;
  private final PhaseCard posterior = new PhaseCard("bayes-posterior", "1 · Posterior: fit a Gaussian process",
      "log C ~ GP(m, σ_f²·k(ℓ) + σ_n²),  k Matérn 5/2;  ℓ and σ_n maximise the marginal likelihood"
          + " log p(y | ℓ, σ_n), σ_f² in closed form");
  private final PhaseCard acquisition = new PhaseCard("bayes-acquisition",
      "2 · Acquisition: expected improvement, and the next point",
      "EI(x) = (C_best − μ − ξ)Φ(z) + σφ(z),  z = (C_best − μ − ξ)/σ  (in log C, ξ = 0.01σ_f);  next = argmax EI");
  private final PhaseCard evaluation = new PhaseCard("bayes-evaluation", "3 · Evaluation: train at the next point", "");
  private final MethodTable table = new MethodTable();

  public BayesPane(BayesModel model, javafx.beans.value.ObservableValue<HyperModel.Curves> curves,
      javafx.beans.value.ObservableValue<PlotStyle> style) {
    this.model = model;
    setId("bayes-pane");
    BayesPlotView plot = new BayesPlotView(model, curves);
    plot.setId("bayes-plot");
    plot.plotStyleProperty().bind(style);
    CostBarChart bars = new CostBarChart(model);
    bars.setId("bayes-costs");
    bars.plotStyleProperty().bind(style);
    table.setId("bayes-table");
    Label about = new Label("The black-box answer: model C from the points tried so far, and try next where the model"
        + " expects the largest improvement. No gradient is used, so it works for any hyperparameter, but every"
        + " point is a whole training run.");
    about.setWrapText(true);
    about.getStyleClass().add("hint");
    Label compare = new Label("Every method on this problem");
    compare.getStyleClass().add("phase-title");
    // The table scrolls sideways on its own, so the cards wrap to the column's width.
    ScrollPane tableScroll = new ScrollPane(table);
    tableScroll.setFitToHeight(true);
    tableScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    tableScroll.getStyleClass().add("edge-to-edge");
    tableScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox right = new VBox(6, about, posterior, acquisition, evaluation, compare, tableScroll, bars);
    right.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(right);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    right.setMinWidth(0);
    setTop(controls());
    setCenter(UnrolledPane.columns(plot, scroll, 47));
    setPadding(new Insets(4, 0, 0, 0));
    model.stateProperty().addListener((o, a, b) -> refresh());
    model.steps().addListener((ListChangeListener<BayesianOptimization.Step>) c -> refresh());
    model.comparisonProperty().addListener((o, a, b) -> table.show(b, model.comparisonProgressProperty().get()));
    model.comparisonProgressProperty().addListener((o, a, b) -> {
      if (model.comparisonProperty().get() == null) {
        table.show(null, b.doubleValue());
      }
    });
    table.show(model.comparisonProperty().get(), model.comparisonProgressProperty().get());
    refresh();
  }

  private FlowPane controls() {
    ComboBox<BayesModel.Target> target = ControlKit.combo(List.of(BayesModel.Target.values()), model.targetProperty());
    target.setId("bayes-target");
    target.setMaxWidth(420);
    NumberControl seed = NumberControl.ofInteger("seed", model.seedProperty(), 1, 50, SliderScale.LINEAR);
    seed.setId("bayes-seed");
    seed.setPrefWidth(160);
    Button next = new Button("Next phase", Icons.of("mdi2s-skip-next"));
    next.setId("bayes-next-phase");
    next.setTooltip(new Tooltip("Run the highlighted phase"));
    next.setOnAction(e -> model.advance());
    next.disableProperty().bind(model.runningProperty());
    Button iteration = new Button("Whole iteration", Icons.of("mdi2s-skip-forward"));
    iteration.setId("bayes-iteration");
    iteration.setOnAction(e -> model.advanceIteration());
    iteration.disableProperty().bind(model.runningProperty());
    Button run = new Button();
    run.setId("bayes-run");
    run.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause").otherwise("Run"));
    run.setOnAction(e -> model.runningProperty().set(!model.runningProperty().get()));
    Button reset = new Button("Reset", Icons.of("mdi2r-restore"));
    reset.setId("bayes-reset");
    reset.setOnAction(e -> model.reset());
    Label message = new Label();
    message.getStyleClass().add("caption");
    message.textProperty().bind(model.messageProperty());
    VBox t = new VBox(2, new Label("what BO minimises"), target);
    FlowPane row = new FlowPane(12, 6, t, seed, next, iteration, run, reset, message);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(2, 4, 8, 4));
    return row;
  }

  private void refresh() {
    BayesModel.State st = model.stateProperty().get();
    BayesianOptimization.Phase next = st == null ? BayesianOptimization.Phase.POSTERIOR : st.nextPhase();
    posterior.setNext(next == BayesianOptimization.Phase.POSTERIOR);
    acquisition.setNext(next == BayesianOptimization.Phase.ACQUISITION);
    evaluation.setNext(next == BayesianOptimization.Phase.EVALUATION);
    boolean oneD = st == null || st.target() == BayesModel.Target.VALIDATION;
    evaluation.setFormula(oneD
        ? "w = argmin_w L_train(w) + (λ/2)‖w‖² (L-BFGS to 10⁻⁹·‖∇L_train(0)‖, warm start),  C = L_val(w)"
        : "w_T after T = " + BayesModel.UNROLLED_STEPS + " steps of gradient descent at (λ, η),  C_T = L_val(w_T)"
            + "  (no value past the edge)");
    if (st == null) {
      return;
    }
    posterior.setResult(describePosterior(st));
    acquisition.setResult(describeAcquisition(st));
    evaluation.setResult(describeEvaluation(st));
  }

  private String describePosterior(BayesModel.State st) {
    GaussianProcess gp = st.process();
    int n = st.evaluations().size();
    if (gp == null) {
      return n == 0 ? "—" : "the initial design: " + n + " point" + (n == 1 ? "" : "s")
          + " spread over the range (a Latin hypercube from the seed), no process yet";
    }
    double range = st.high()[0] - st.low()[0];
    return "k = " + st.iteration() + ":  fitted to " + n + " points;  ℓ = " + r3(gp.lengthScale())
        + " of the box (" + r3(gp.lengthScale() * range) + " in log λ),  σ_n = " + BayesPlotView.n(gp.noiseSd())
        + ",  σ_f = " + BayesPlotView.n(Math.sqrt(gp.signalVariance())) + "  (in log C)";
  }

  private String describeAcquisition(BayesModel.State st) {
    if (st.next() == null) {
      return "—";
    }
    String at = st.next().length == 1 ? "log λ = " + r3(st.next()[0])
        : "log λ = " + r3(st.next()[0]) + ", η = " + BayesPlotView.n(st.next()[1]);
    if (st.design()) {
      return "k = " + st.iteration() + ":  the design's next point, " + at;
    }
    return "k = " + st.iteration() + ":  next " + at + ",  EI = " + BayesPlotView.n(st.nextImprovement())
        + " (the largest on the candidates)";
  }

  private String describeEvaluation(BayesModel.State st) {
    List<BayesianOptimization.Evaluation> ev = st.evaluations();
    if (ev.isEmpty()) {
      return "—";
    }
    BayesianOptimization.Evaluation last = ev.get(ev.size() - 1);
    String at = last.x().length == 1 ? "log λ = " + r3(last.x()[0])
        : "log λ = " + r3(last.x()[0]) + ", η = " + BayesPlotView.n(last.x()[1]);
    String value = Double.isFinite(last.value()) ? "C = " + BayesPlotView.n(last.value())
        : "training diverged: no value";
    String best = st.best() == null ? "" : ";  best so far C = " + BayesPlotView.n(st.best().value()) + " (point "
        + (ev.indexOf(st.best()) + 1) + ")";
    return "point " + ev.size() + ", " + at + ":  " + value + ",  " + last.work().gradients() + " L+∇L" + best
        + ";  " + st.gradients() + " L+∇L in all";
  }

  private static String r3(double v) {
    return Numbers.compact(Math.round(v * 1000) / 1000.0);
  }
}
