package org.gradientlab.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.hyper.ToleranceSchedule;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The hypergradient lab: choosing λ by gradient descent on the validation loss, one phase at a
 * time. Controls on the left; C(λ) with the outer iterates and the model being fitted on top; the
 * four phases with the comparison against grid and random search, and the outer landscape
 * C_T(λ, η) of unrolled training, below.
 */
public final class HyperView extends BorderPane {

  private final HyperModel model;
  private final ObjectProperty<PlotStyle> plotStyle = new SimpleObjectProperty<>(PlotStyle.DARK);
  private final Label message = new Label();
  private final WorkspacePictures pictures;
  private javafx.scene.control.TabPane tabs;

  public HyperView(HyperModel model) {
    this.model = model;
    getStyleClass().add("hyper-view");
    HyperCurveView curve = new HyperCurveView(model);
    curve.setId("hyper-curve");
    curve.plotStyleProperty().bind(plotStyle);
    HyperFitView fit = new HyperFitView(model);
    fit.setId("hyper-fit");
    fit.plotStyleProperty().bind(plotStyle);
    OuterLandscapeView landscape = new OuterLandscapeView(model);
    landscape.setId("hyper-landscape");
    landscape.plotStyleProperty().bind(plotStyle);
    pictures = new HyperPictures(model, plotStyle, curve, List.of(fit, landscape), this::otherTab);
    HyperPhasesPane phases = new HyperPhasesPane(model);
    phases.setId("hyper-phases");
    HyperComparison comparison = new HyperComparison(model);
    comparison.setId("hyper-comparison");
    VBox steps = new VBox(8, phases, comparison);
    ScrollPane stepsScroll = new ScrollPane(steps);
    stepsScroll.setFitToWidth(true);
    stepsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    stepsScroll.getStyleClass().add("edge-to-edge");

    GridPane grid = ControlKit.quadrants(curve, fit, stepsScroll, landscape, 50);
    message.setId("hyper-message");
    message.getStyleClass().add("caption");
    message.setWrapText(true);
    Label warning = new Label();
    warning.setId("hyper-warning");
    warning.getStyleClass().addAll("caption", "status-error");
    warning.setWrapText(true);
    warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    warning.textProperty().bind(Bindings.createStringBinding(
        () -> model.objectiveProperty().get().warning(), model.objectiveProperty()));
    warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    message.textProperty().bind(model.messageProperty());
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    VBox center = new VBox(4, warning, message, panels(grid));
    VBox.setVgrow(center.getChildren().get(2), Priority.ALWAYS);
    center.setPadding(new Insets(6, 8, 4, 8));
    // Left before centre: JavaFX tabs through children in the order they were added.
    setLeft(ControlKit.sideColumn(controls(), 300, 250, plotStyle));
    setCenter(center);
  }

  public ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  /**
   * The workspace's panels as tabs: the outer loop with grid and random search (the quadrants), η
   * through the trajectory, Bayesian optimisation with every method compared, many λ. A panel's
   * view model computes only while its tab is shown.
   */
  private javafx.scene.control.TabPane panels(GridPane outerLoop) {
    javafx.scene.control.Tab hoag = new javafx.scene.control.Tab("Outer loop: HOAG, grid, random", outerLoop);
    hoag.setId("hyper-tab-outer");
    javafx.scene.control.Tab unrolled = new javafx.scene.control.Tab("η through training",
        new UnrolledPane(model.unrolled(), plotStyle));
    unrolled.setId("hyper-tab-unrolled");
    javafx.scene.control.Tab bayes = new javafx.scene.control.Tab("Bayesian optimisation · every method",
        new BayesPane(model.bayes(), model.curvesProperty(), plotStyle));
    bayes.setId("hyper-tab-bayes");
    javafx.scene.control.Tab many = new javafx.scene.control.Tab("Many λ: one per feature",
        new ManyLambdaPane(model.manyLambdas(), plotStyle));
    many.setId("hyper-tab-many");
    model.unrolled().activeProperty().bind(unrolled.selectedProperty());
    model.bayes().activeProperty().bind(bayes.selectedProperty());
    model.manyLambdas().activeProperty().bind(many.selectedProperty());
    javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(hoag, unrolled, bayes, many);
    this.tabs = tabs;
    tabs.setId("hyper-tabs");
    tabs.setAccessibleText("what the workspace shows: HOAG, unrolled, Bayesian optimisation, many λ");
    tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    // The model's tab (a scene's, or the user's pick) and the selected tab follow each other.
    java.util.List<javafx.scene.control.Tab> order = List.of(hoag, unrolled, bayes, many);
    tabs.getSelectionModel().select(order.get(model.tabProperty().get().ordinal()));
    model.tabProperty().addListener((o, a, t) -> tabs.getSelectionModel().select(order.get(t.ordinal())));
    tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
      if (i.intValue() >= 0) {
        model.tabProperty().set(org.gradientlab.scene.HyperScene.Tab.values()[i.intValue()]);
      }
    });
    return tabs;
  }

  /** The tab on screen when it is not the outer loop's: what the Charts picture shows then. */
  private javafx.scene.control.Tab otherTab() {
    if (tabs == null) {
      return null;
    }
    javafx.scene.control.Tab t = tabs.getSelectionModel().getSelectedItem();
    return t == null || t == tabs.getTabs().get(0) ? null : t;
  }

  public HyperModel model() {
    return model;
  }

  private VBox controls() {
    VBox box = new VBox(8);
    box.setPadding(new Insets(12, 14, 16, 14));
    box.getStyleClass().add("controls-pane");

    ComboBox<org.gradientlab.hyper.HyperProblem> problem =
        ControlKit.combo(model.problems(), model.problemProperty());
    problem.setId("hyper-problem");
    ComboBox<OuterObjective> objective = ControlKit.combo(List.of(OuterObjective.values()), model.objectiveProperty());
    objective.setId("hyper-objective");
    objective.setTooltip(new Tooltip("What the outer loop minimises over λ. Try the training loss to see why it is wrong."));
    ComboBox<OuterLoop.Mode> mode = ControlKit.combo(List.of(OuterLoop.Mode.values()), model.modeProperty());
    mode.setId("hyper-mode");
    ComboBox<ToleranceSchedule> schedule = ControlKit.combo(List.of(ToleranceSchedule.values()), model.scheduleProperty());
    schedule.setId("hyper-schedule");
    schedule.disableProperty().bind(model.modeProperty().isEqualTo(OuterLoop.Mode.EXACT));

    Button next = new Button("Next phase", Icons.of("mdi2s-skip-next"));
    next.setId("hyper-next-phase");
    next.setTooltip(new Tooltip("Run the highlighted phase of the outer iteration"));
    next.setOnAction(e -> model.advance());
    next.disableProperty().bind(model.runningProperty());
    next.setMaxWidth(Double.MAX_VALUE);
    Button iteration = new Button("Whole iteration", Icons.of("mdi2s-skip-forward"));
    iteration.setId("hyper-iteration");
    iteration.setTooltip(new Tooltip("Run the remaining phases of this outer iteration"));
    iteration.setOnAction(e -> model.advanceIteration());
    iteration.disableProperty().bind(model.runningProperty());
    iteration.setMaxWidth(Double.MAX_VALUE);
    Button run = new Button();
    run.setId("hyper-run");
    run.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause").otherwise("Run"));
    run.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(model.runningProperty().get() ? "mdi2p-pause" : "mdi2p-play"), model.runningProperty()));
    run.setOnAction(e -> model.runningProperty().set(!model.runningProperty().get()));
    run.setMaxWidth(Double.MAX_VALUE);
    Button reset = new Button("Reset", Icons.of("mdi2r-restore"));
    reset.setId("hyper-reset");
    reset.setOnAction(e -> model.reset());
    reset.setMaxWidth(Double.MAX_VALUE);
    VBox row1 = new VBox(6, next, iteration);
    HBox row2 = new HBox(6, run, reset);
    for (HBox r : new HBox[] {row2}) {
      r.setAlignment(Pos.CENTER_LEFT);
      r.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
    }
    NumberControl delay = NumberControl.of("pause between phases (ms)", model.phaseDelayMillisProperty(), 1,
        2000, SliderScale.LOG).help("How long Run waits between two phases, so each can be read.");

    ComboBox<UnrolledMethod> method = ControlKit.combo(List.of(UnrolledMethod.values()), model.unrolledMethodProperty());
    method.setId("hyper-unrolled-method");
    NumberControl steps = NumberControl.ofInteger("unrolled steps T", model.unrolledStepsProperty(), 5, 400,
        SliderScale.LOG).help("Training steps differentiated through: C_T(λ, η) is the validation loss"
            + " after T steps of the training loop from w = 0.");

    Label whyLog = new Label("Why log λ? Good values of λ span many orders of magnitude (1e-8 … 10), and "
        + "C changes about as much from 0.001 to 0.01 as from 1 to 10. Steps in s = log λ are steps by a "
        + "factor, λ = e^s stays positive without a constraint, and dC/ds = λ·dC/dλ.");
    whyLog.setWrapText(true);
    whyLog.getStyleClass().add("hint");
    Label howEta = new Label("η never appears in the cost, only in how the weights are trained. Unroll T "
        + "steps of training and differentiate through them (forward mode carries dw/dη along), and η "
        + "gets a gradient too. Click the map to start the joint descent elsewhere.");
    howEta.setWrapText(true);
    howEta.getStyleClass().add("hint");

    box.getChildren().addAll(
        labelFor(ControlKit.section("Problem"), problem), problem,
        labelFor(ControlKit.section("Outer objective"), objective), objective,
        ControlKit.section("Hypergradient"), labelFor(new Label("method"), mode), mode,
        labelFor(new Label("tolerance schedule ε_k"), schedule), schedule,
        row1, row2, delay, whyLog,
        ControlKit.section("Unrolled training (λ and η)"), labelFor(new Label("training loop"), method),
        method, steps, howEta);
    return box;
  }

  /** {@code label}, naming {@code control} for assistive technology as well as on screen. */
  private static Label labelFor(Label label, javafx.scene.Node control) {
    label.setLabelFor(control);
    return label;
  }

  public void dispose() {
    model.dispose();
  }

  /** What the Export menu and the command line picture of this workspace (see {@link HyperPictures}). */
  public WorkspacePictures pictures() {
    return pictures;
  }
}
