package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradientlab.net.SliceMode;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.format.Numbers;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.viewmodel.NetModel;

/**
 * The neural-net lab: a small MLP trained live. Controls on the left; the decision boundary over
 * the data, the loss on a slice of weight space with the training path, the loss and accuracy
 * curves, and the per-layer gradient norms.
 */
public final class NetView extends BorderPane {

  private final NetModel model;
  private final javafx.beans.property.ObjectProperty<PlotStyle> plotStyle =
      new javafx.beans.property.SimpleObjectProperty<>(PlotStyle.DARK);
  private final Label status = new Label();
  private NetCharts charts;
  private final WorkspacePictures pictures;

  public NetView(NetModel model) {
    this.model = model;
    getStyleClass().add("net-view");
    DecisionView decision = new DecisionView(model);
    decision.setId("decision-view");
    decision.plotStyleProperty().bind(plotStyle);
    SliceView slice = new SliceView(model);
    slice.setId("slice-view");
    slice.plotStyleProperty().bind(plotStyle);
    NetCharts charts = new NetCharts(model);
    charts.plotStyleProperty().bind(plotStyle);
    this.charts = charts;
    javafx.scene.Node curves = charts.curves();
    GridPane grid = ControlKit.quadrants(decision, slice, curves, charts.norms(), 60);
    pictures = new NetPictures(model, plotStyle, decision, slice, List.of(curves, charts.norms()));
    grid.setPadding(new Insets(8));
    status.setId("net-status");
    status.getStyleClass().add("caption");
    status.setWrapText(true);
    // Train / pause above the pictures, where the lab has its playback: the controls column is
    // taller than the window once the race and data controls are in it.
    HBox header = new HBox(12, runButtons(), status);
    header.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(status, Priority.ALWAYS);
    VBox center = new VBox(4, header, new RaceLines(model), grid);
    VBox.setVgrow(grid, Priority.ALWAYS);
    center.setPadding(new Insets(6, 8, 4, 8));
    // Left before centre: JavaFX tabs through children in the order they were added.
    setLeft(ControlKit.sideColumn(controls(), 320, 260, plotStyle));
    setCenter(center);
    model.snapshotProperty().addListener((o, a, b) -> showStatus());
    model.messageProperty().addListener((o, a, b) -> showStatus());
    showStatus();
  }

  public javafx.beans.property.ObjectProperty<PlotStyle> plotStyleProperty() {
    return plotStyle;
  }

  public NetModel model() {
    return model;
  }

  /** How far the weight-space slice being computed has got (1: none is being computed). */
  public javafx.beans.property.ReadOnlyDoubleProperty sliceProgressProperty() {
    return model.sliceProgressProperty();
  }

  public double sliceProgress() {
    return model.sliceProgressProperty().get();
  }

  private void showStatus() {
    TrainingSnapshot s = model.snapshotProperty().get();
    String m = model.messageProperty().get();
    if (!m.isEmpty()) {
      status.setText(m);
      status.getStyleClass().add("status-error");
      return;
    }
    status.getStyleClass().remove("status-error");
    if (s == null) {
      status.setText("");
      return;
    }
    NetLayout l = model.layoutProperty().get();
    var held = model.validationDataProperty().get();
    var own = model.importedProperty().get();
    String data = own != null ? own.describe() : model.datasetProperty().get().label();
    status.setText(l.describe() + " (" + l.parameterCount() + " weights) on " + data
        + (held == null ? "" : " · " + model.dataProperty().get().size() + " train, " + held.size() + " held out")
        + (model.optimizersProperty().get().size() > 1 ? " · a race from the same initial weights and batches" : ""));
  }

  /** The charts of training; for tests. */
  public NetCharts charts() {
    return charts;
  }

  private VBox controls() {
    VBox box = new VBox(8);
    box.setPadding(new Insets(12, 14, 16, 14));
    box.getStyleClass().add("controls-pane");
    Label dataTitle = section("Data");
    box.getChildren().add(dataTitle);
    List<Node> data = dataControls();
    dataTitle.setLabelFor(data.get(0));
    box.getChildren().addAll(data);
    box.getChildren().add(section("Network"));
    box.getChildren().addAll(networkControls());
    box.getChildren().add(section("Training"));
    box.getChildren().addAll(trainingControls());
    box.getChildren().add(section("Weight-space slice"));
    box.getChildren().addAll(sliceControls());
    return box;
  }

  /** Which toy dataset, how many points, how noisy; a batch never larger than the data. */
  private List<Node> dataControls() {
    ComboBox<ToyDatasets.Kind> data = combo(ToyDatasets.Kind.values(), model.datasetProperty());
    data.setId("net-dataset");
    NumberControl points = NumberControl.ofInteger("points n", model.pointsProperty(), 20, 1000, SliderScale.LOG)
        .help("How many points the toy dataset has; a new set is drawn and training starts over.");
    NumberControl noise = NumberControl.of("noise", model.noiseProperty(), 0, 0.5, SliderScale.LINEAR)
        .help("Standard deviation of the Gaussian jitter added to each point.");
    model.pointsProperty().addListener((o, a, n) -> {
      if (model.batchSizeProperty().get() > n.intValue()) {
        model.batchSizeProperty().set(n.intValue());
      }
    });
    // The toy dataset's controls rest while the student's own data train.
    for (Node toy : List.of(data, points, noise)) {
      toy.disableProperty().bind(model.importedProperty().isNotNull());
    }
    Button importCsv = new Button("Import CSV…", Icons.of("mdi2f-file-upload-outline"));
    importCsv.setId("net-import");
    importCsv.setTooltip(new Tooltip("Your own points: a CSV file of x₁, x₂ and a label 0 or 1 per line"));
    importCsv.setOnAction(e -> CsvPreview.chooseAndPreview(getScene() == null ? null : getScene().getWindow(),
        org.gradientlab.data.CsvImport.Shape.CLASSIFICATION, org.gradientlab.scene.NetScene.MAX_POINTS)
        .ifPresent(model::importData));
    Button toyData = new Button("Toy data");
    toyData.setId("net-toy-data");
    toyData.setTooltip(new Tooltip("Back to the toy dataset chosen above"));
    toyData.setOnAction(e -> model.useToyData());
    toyData.disableProperty().bind(model.importedProperty().isNull());
    Label file = new Label();
    file.setId("net-imported");
    file.getStyleClass().add("hint");
    file.setWrapText(true);
    file.textProperty().bind(Bindings.createStringBinding(() -> model.importedProperty().get() == null ? ""
        : "training on " + model.importedProperty().get().describe(), model.importedProperty()));
    file.managedProperty().bind(model.importedProperty().isNotNull());
    HBox own = new HBox(6, importCsv, toyData);
    own.setAlignment(Pos.CENTER_LEFT);
    NumberControl held = NumberControl.of("held out for validation", model.validationProperty(), 0,
        org.gradientlab.scene.NetScene.MAX_VALIDATION, SliderScale.LINEAR);
    held.setId("net-validation");
    Tooltip.install(held, new Tooltip("The fraction of the points the net never trains on: their loss"
        + " and accuracy (dashed curves, rings in the picture) show how well it generalises"));
    return List.of(data, points, noise, own, file, held);
  }

  /** The hidden layers as typed text (checked before it is applied), the activation, the initialisation. */
  private List<Node> networkControls() {
    TextField hidden = new TextField(join(model.hiddenProperty().get()));
    hidden.setId("net-hidden");
    hidden.setTooltip(new Tooltip("Units per hidden layer, e.g. 8 or 8, 8 or 8, 8, 8, 8, 8 for a deep net"));
    Label hiddenProblem = new Label();
    hiddenProblem.getStyleClass().add("formula-message");
    hiddenProblem.setWrapText(true);
    hidden.setOnAction(e -> applyHidden(hidden, hiddenProblem));
    // A scene or a reset may change the layers: the field follows the model, never stale.
    model.hiddenProperty().addListener((o, was, now) -> {
      if (!join(now).equals(hidden.getText())) {
        hidden.setText(join(now));
        hiddenProblem.setText("");
      }
    });
    hidden.focusedProperty().addListener((o, a, focused) -> {
      if (!focused) {
        applyHidden(hidden, hiddenProblem);
      }
    });
    ComboBox<Activation> activation = combo(Activation.values(), model.activationProperty());
    activation.setId("net-activation");
    ComboBox<Initialization> init = combo(Initialization.values(), model.initializationProperty());
    init.setId("net-init");
    return List.of(labelFor("hidden layers (units each)", hidden), hidden, hiddenProblem,
        labelFor("activation", activation), activation, labelFor("initialisation", init), init);
  }

  /** The optimizer and its settings: changing any of them continues the run from where it stands. */
  private List<Node> trainingControls() {
    javafx.scene.layout.FlowPane race = raceToggles();
    NumberControl eta = NumberControl.of("learning rate η (all racers)", model.etaProperty(), 1e-4, 10,
        SliderScale.LOG)
        .help("Step size: each update moves the weights θ by η times the optimizer's direction.");
    eta.setId("net-eta");
    NumberControl lambda = NumberControl.of("L2 weight λ", model.lambdaProperty(), 1e-5, 1,
        SliderScale.LOG_WITH_ZERO)
        .help("Weight decay: the loss becomes L(θ) + (λ/2)‖θ‖², pulling every weight towards 0.");
    NumberControl batch = NumberControl.ofInteger("batch size b", model.batchSizeProperty(), 1, 1000, SliderScale.LOG)
        .help("Points per update: b = n is full-batch gradient descent, smaller b draws real"
            + " mini-batches (one epoch is n/b updates).");
    batch.setId("net-batch");
    NumberControl speed = NumberControl.ofInteger("steps per frame", model.stepsPerFrameProperty(), 1, 200,
        SliderScale.LOG).help("Updates made between two frames on screen: how fast training plays.");
    Label raceLabel = new Label("optimizers (a race from the same weights)");
    raceLabel.setLabelFor(race);
    return List.of(raceLabel, race, eta, lambda, batch, speed);
  }

  /**
   * One toggle per optimizer that needs only gradients, in its catalog colour and marker: switched
   * on, it joins the race (which starts over from the initial weights); the last one stays on.
   */
  private javafx.scene.layout.FlowPane raceToggles() {
    javafx.scene.layout.FlowPane race = new javafx.scene.layout.FlowPane(6, 6);
    race.setId("net-race");
    java.util.Map<OptimizerKind, javafx.scene.control.ToggleButton> toggles = new java.util.LinkedHashMap<>();
    Runnable follow = () -> toggles.forEach((k, t) -> t.setSelected(model.optimizersProperty().get().contains(k)));
    for (OptimizerKind kind : gradientOnly()) {
      javafx.scene.control.ToggleButton t = new javafx.scene.control.ToggleButton(kind.label(),
          MarkerShapes.node(kind, OptimizerColors.of(kind), 5));
      t.setId("net-toggle-" + kind.label().toLowerCase(java.util.Locale.ROOT));
      t.setTooltip(new Tooltip(kind.longName() + ": " + kind.updateRule()));
      t.setAccessibleText(kind.label() + " races");
      t.setOnAction(e -> {
        model.setRacing(kind, t.isSelected());
        follow.run(); // the last optimizer cannot leave
      });
      toggles.put(kind, t);
      race.getChildren().add(t);
    }
    model.optimizersProperty().addListener((o, a, b) -> follow.run());
    follow.run();
    return race;
  }

  /** Train / pause, one chunk, new weights. */
  private HBox runButtons() {
    Button play = new Button();
    play.setId("net-play");
    play.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(model.playingProperty().get() ? "mdi2p-pause" : "mdi2p-play"), model.playingProperty()));
    play.setTooltip(new Tooltip("Train / pause"));
    play.accessibleTextProperty().bind(Bindings.when(model.playingProperty()).then("Pause training")
        .otherwise("Train"));
    play.setOnAction(e -> model.togglePlay());
    Button step = new Button(null, Icons.of("mdi2s-skip-next"));
    step.setId("net-step");
    step.setTooltip(new Tooltip("One chunk of steps"));
    step.setAccessibleText("One chunk of steps");
    step.setOnAction(e -> model.step(model.stepsPerFrameProperty().get()));
    Button reset = new Button(null, Icons.of("mdi2r-restore"));
    reset.setId("net-reset");
    reset.setTooltip(new Tooltip("New weights from the initialisation"));
    reset.setAccessibleText("New weights from the initialisation");
    reset.setOnAction(e -> model.restart());
    HBox buttons = new HBox(6, play, step, reset);
    buttons.setAlignment(Pos.CENTER_LEFT);
    return buttons;
  }

  /** Which plane the slice shows (the two weights only for "two chosen weights"), and a button to retake it. */
  private List<Node> sliceControls() {
    ComboBox<SliceMode> mode = combo(SliceMode.values(), model.sliceModeProperty());
    mode.setId("slice-mode");
    mode.accessibleTextProperty().bind(Bindings.createStringBinding(
        () -> "slice: " + mode.getValue(), mode.valueProperty()));
    mode.setMaxWidth(Double.MAX_VALUE);
    HBox chosen = weightChoosers();
    chosen.visibleProperty().bind(model.sliceModeProperty().isEqualTo(SliceMode.CHOSEN));
    chosen.managedProperty().bind(chosen.visibleProperty());
    Button recompute = new Button("Slice through the current weights", Icons.of("mdi2r-refresh"));
    recompute.setId("slice-recompute");
    recompute.setMaxWidth(Double.MAX_VALUE);
    recompute.setOnAction(e -> model.recomputeSlice());
    return List.of(mode, chosen, recompute);
  }

  /** Two menus of the net's weights by name, kept in step with the layout and the model's choice. */
  private HBox weightChoosers() {
    ComboBox<String> weightA = new ComboBox<>();
    ComboBox<String> weightB = new ComboBox<>();
    weightA.setId("slice-weight-a");
    weightB.setId("slice-weight-b");
    weightA.accessibleTextProperty().bind(Bindings.createStringBinding(
        () -> "first weight, " + weightA.getValue(), weightA.valueProperty()));
    weightB.accessibleTextProperty().bind(Bindings.createStringBinding(
        () -> "second weight, " + weightB.getValue(), weightB.valueProperty()));
    Runnable names = () -> {
      List<String> all = model.layoutProperty().get() == null ? List.of()
          : model.layoutProperty().get().parameterNames();
      weightA.getItems().setAll(all);
      weightB.getItems().setAll(all);
      if (!all.isEmpty()) {
        weightA.getSelectionModel().select(model.weightAProperty().get());
        weightB.getSelectionModel().select(model.weightBProperty().get());
      }
    };
    model.layoutProperty().addListener((o, a, b) -> names.run());
    names.run();
    weightA.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
      if (b.intValue() >= 0) {
        model.weightAProperty().set(b.intValue());
      }
    });
    weightB.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
      if (b.intValue() >= 0) {
        model.weightBProperty().set(b.intValue());
      }
    });
    return new HBox(6, weightA, weightB);
  }

  private void applyHidden(TextField field, Label problem) {
    List<Integer> widths = new ArrayList<>();
    try {
      for (String part : field.getText().split(",")) {
        widths.add(Integer.parseInt(part.trim()));
      }
      new NetLayout(widths, model.activationProperty().get());
      model.hiddenProperty().set(List.copyOf(widths));
      problem.setText("");
      field.getStyleClass().remove("invalid");
    } catch (RuntimeException e) {
      problem.setText(e instanceof NumberFormatException
          ? "write the units of each hidden layer as whole numbers, e.g. 8, 8" : e.getMessage());
      if (!field.getStyleClass().contains("invalid")) {
        field.getStyleClass().add("invalid");
      }
    }
  }

  private static String join(List<Integer> widths) {
    List<String> s = new ArrayList<>();
    widths.forEach(w -> s.add(Integer.toString(w)));
    return String.join(", ", s);
  }

  private static <T> ComboBox<T> combo(T[] values, javafx.beans.property.ObjectProperty<T> target) {
    return ControlKit.combo(List.of(values), target);
  }

  private static <T> ComboBox<T> combo(List<T> values, javafx.beans.property.ObjectProperty<T> target) {
    return ControlKit.combo(values, target);
  }

  /** A label naming {@code control} for assistive technology as well as on screen. */
  private static Label labelFor(String text, Node control) {
    Label l = new Label(text);
    l.setLabelFor(control);
    return l;
  }

  private static Label section(String title) {
    return ControlKit.section(title);
  }

  public void dispose() {
    model.dispose();
  }

  /** For tests: the history the curves show grows while training. */
  public int historySize() {
    return model.history().size();
  }

  /** The catalog's optimizers that need only gradients: a net's Hessian is not computed here. */
  private static List<OptimizerKind> gradientOnly() {
    List<OptimizerKind> kinds = new java.util.ArrayList<>();
    for (OptimizerKind k : OptimizerCatalog.standard().kinds()) {
      if (!k.needsHessian()) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** What the Export menu and the command line picture of this workspace (see {@link NetPictures}). */
  public WorkspacePictures pictures() {
    return pictures;
  }
}
