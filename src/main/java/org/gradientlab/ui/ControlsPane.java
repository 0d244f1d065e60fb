package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.objective.FiniteSumObjective;
import org.gradientlab.objective.Objective;
import org.gradientlab.objective.RegularizedObjective;
import org.gradientlab.optimizer.GradientDescent;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.stability.StabilityEdges;
import org.gradientlab.viewmodel.LabModel;

/**
 * The lab's sidebar: which landscape, which optimizers race, η and λ (with the stability edges
 * marked on the η track), each optimizer's own hyperparameters (greyed out while no optimizer that
 * takes them races), the number of steps, playback, and display options. The optimizers and their
 * hyperparameters come from the optimizer catalog: a new optimizer brings its own toggle and
 * controls.
 */
public final class ControlsPane extends VBox {

  public static final double ETA_MIN = Hyperparameter.LEARNING_RATE.sliderMin();
  public static final double ETA_MAX = Hyperparameter.LEARNING_RATE.sliderMax();
  public static final double LAMBDA_MIN = 1e-4;
  public static final double LAMBDA_MAX = 100;
  public static final int STEPS_MAX = 10_000;

  private final LabModel model;
  private final VBox landscapeParameters = new VBox(6);
  private final NumberControl eta;
  /** Holds the linked η control, or one η control per racing optimizer when unlinked. */
  private final VBox etaBox = new VBox(6);
  /** The unlinked controls on screen, by optimizer, for their stability marks. */
  private final Map<OptimizerKind, NumberControl> ownEta = new LinkedHashMap<>();
  /** The holders of the other hyperparameters' controls, by key. */
  private final Map<Hyperparameter, VBox> holders = new LinkedHashMap<>();
  private final Label curvature = new Label();
  private final Map<OptimizerKind, ToggleButton> toggles = new LinkedHashMap<>();
  /** Controls of hyperparameters that matter only on some landscapes (SGD's σ and batch). */
  private final Map<Hyperparameter, VBox> contextual = new LinkedHashMap<>();
  /** The current landscape's parameter values as the controls show them, by parameter name. */
  private final Map<String, DoubleProperty> numberParameters = new HashMap<>();
  private final Map<String, ComboBox<String>> choiceParameters = new HashMap<>();
  private String shownLandscapeId;
  private int dataSizeShown = -1;
  private FormulaField formulaField;
  /** Set while the controls follow the model, so that showing a value does not write it back. */
  private boolean following;

  public ControlsPane(LabModel model, LandscapeView landscapeView, LossChart chart) {
    this.model = model;
    getStyleClass().add("controls-pane");
    setSpacing(10);
    eta = NumberControl.of(Hyperparameter.LEARNING_RATE.label(), model.etaProperty(), ETA_MIN, ETA_MAX,
        SliderScale.LOG);
    eta.setId("eta");
    eta.help(Hyperparameter.LEARNING_RATE.help()
        + " Gradient descent is stable on a quadratic for η < 2/L, L the largest curvature (the"
        + " marks on the track show each racing optimizer's edge on this landscape).");
    eta.snapping(true);
    Label landscapeTitle = section("Landscape");
    ComboBox<LandscapeEntry> landscapes = landscapeChoice();
    landscapeTitle.setLabelFor(landscapes);
    getChildren().addAll(landscapeTitle, landscapes, landscapeParameters, new OwnDataImport(model));
    getChildren().addAll(section("Race"), raceToggles());
    getChildren().addAll(stepSizeControls());
    getChildren().add(section("Optimizer settings"));
    getChildren().addAll(optimizerSettings());
    NumberControl steps = NumberControl.ofInteger("steps N", model.stepsProperty(), 1, STEPS_MAX, SliderScale.LOG);
    steps.setId("steps");
    steps.help("How many updates each optimizer makes from the start point.");
    getChildren().addAll(section("Run"), steps, new StartFields(model));
    getChildren().add(section("Show"));
    getChildren().addAll(displaySwitches(landscapeView, chart));
    model.resultProperty().addListener((o, a, r) -> resultChanged(r));
    model.playback().heldProperty().addListener((o, a, b) -> showEdges(model.getResult()));
    model.racing().addListener((SetChangeListener<OptimizerKind>) c -> showLinking());
    model.linkedControlsProperty().addListener((o, a, b) -> showLinking());
    showLinking();
  }

  public NumberControl etaControl() {
    return eta;
  }

  // ---- sections ----------------------------------------------------------------------------------

  private ComboBox<LandscapeEntry> landscapeChoice() {
    ComboBox<LandscapeEntry> landscapes = new ComboBox<>();
    landscapes.setId("landscape-choice");
    landscapes.getItems().setAll(model.catalog().entries());
    landscapes.setMaxWidth(Double.MAX_VALUE);
    landscapes.setValue(model.catalog().entry(model.landscapeProperty().get().id()));
    landscapes.valueProperty().addListener((o, a, b) -> {
      if (b != null && !b.id().equals(model.landscapeProperty().get().id())) {
        model.selectLandscape(b.id());
      }
    });
    model.landscapeProperty().addListener((o, a, b) -> {
      landscapes.setValue(model.catalog().entry(b.id()));
      showLandscapeParameters(b);
    });
    showLandscapeParameters(model.landscapeProperty().get());
    return landscapes;
  }

  /** One toggle per optimizer of the catalog, with its colour and marker. */
  private FlowPane raceToggles() {
    FlowPane race = new FlowPane(6, 6);
    race.setId("race");
    for (OptimizerKind kind : model.optimizers().kinds()) {
      ToggleButton t = new ToggleButton(kind.label(), MarkerShapes.node(kind, OptimizerColors.of(kind), 5));
      t.setId("toggle-" + kind.label().toLowerCase(java.util.Locale.ROOT));
      t.setTooltip(new Tooltip(kind.longName() + ": " + kind.updateRule()));
      t.setAccessibleHelp(kind.longName() + ": " + kind.updateRule());
      t.setSelected(model.racing().contains(kind));
      t.selectedProperty().addListener((o, a, on) -> model.setRacing(kind, on));
      toggles.put(kind, t);
      race.getChildren().add(t);
    }
    model.racing().addListener((SetChangeListener<OptimizerKind>) c -> {
      for (Map.Entry<OptimizerKind, ToggleButton> e : toggles.entrySet()) {
        e.getValue().setSelected(model.racing().contains(e.getKey()));
      }
    });
    return race;
  }

  private List<Node> stepSizeControls() {
    Switch link = new Switch("same settings for every optimizer");
    link.setId("link-hyperparameters");
    link.selectedProperty().bindBidirectional(model.linkedControlsProperty());
    link.setTooltip(new Tooltip("Off: each racing optimizer gets its own η and hyperparameters, for a fair race"));
    NumberControl lambda = NumberControl.of("L2 weight λ", model.lambdaProperty(), LAMBDA_MIN,
        LAMBDA_MAX, SliderScale.LOG_WITH_ZERO);
    lambda.setId("lambda");
    lambda.help("L2 regularisation: the landscape becomes f(θ) + (λ/2)‖θ‖², which adds λ to every"
        + " curvature, so the edge 2/L moves to 2/(L + λ) and the minimum moves towards 0.");
    curvature.getStyleClass().add("hint");
    curvature.setWrapText(true);
    return List.of(section("Step size"), link, etaBox, curvature, new TunePane(model.tuning()), lambda,
        section("Learning-rate schedule"), new ScheduleControls(model));
  }

  /**
   * One control per hyperparameter key of the catalog besides η, linked across the optimizers that
   * take it and greyed out while none of them races.
   */
  private List<Node> optimizerSettings() {
    List<Node> controls = new ArrayList<>();
    for (Hyperparameter h : model.optimizers().hyperparameters()) {
      if (h == Hyperparameter.LEARNING_RATE) {
        continue;
      }
      VBox holder = new VBox(6);
      holder.setId(h.key() + "-holder");
      holder.getChildren().setAll(hyperparameterControl(h, h.sliderMax()));
      holders.put(h, holder);
      if (h.applies() != Hyperparameter.Applies.ALWAYS) {
        contextual.put(h, holder);
      }
      controls.add(holder);
    }
    showContextual(0);
    return controls;
  }

  private NumberControl hyperparameterControl(Hyperparameter h, double sliderMax) {
    List<OptimizerKind> owners = model.optimizers().owners(h.key());
    String label = h.label();
    if (h.integer() && h.applies() == Hyperparameter.Applies.DATA_LANDSCAPES && dataSizeShown > 0) {
      label += " (of n = " + dataSizeShown + ")";
    }
    NumberControl c = new NumberControl(label, model.hyperparameterProperty(h.key()), h.sliderMin(),
        sliderMax, h.scale() == Hyperparameter.Scale.LOG ? SliderScale.LOG : SliderScale.LINEAR,
        h.integer());
    c.setId(h.key());
    c.disableProperty().bind(notRacing(owners));
    Tooltip.install(c, new Tooltip(h.help() + "  (" + labels(owners) + ")"));
    c.help(h.help() + " Used by " + labels(owners) + ".");
    return c;
  }

  /**
   * Linked: one control per key, setting it for every optimizer. Unlinked: one control per racing
   * optimizer that takes the key, in its colour, so each can be tuned on its own.
   */
  private void showLinking() {
    boolean linked = model.linkedControlsProperty().get();
    ownEta.clear();
    if (linked) {
      etaBox.getChildren().setAll(eta);
    } else {
      List<Node> rows = new ArrayList<>();
      for (OptimizerKind k : model.racingInCatalogOrder()) {
        NumberControl c = ownControl(k, Hyperparameter.LEARNING_RATE, ETA_MAX);
        ownEta.put(k, c);
        rows.add(c);
      }
      etaBox.getChildren().setAll(rows.isEmpty() ? List.of(eta) : rows);
    }
    for (Map.Entry<Hyperparameter, VBox> e : holders.entrySet()) {
      Hyperparameter h = e.getKey();
      if (contextual.containsKey(h) && !h.applies().on(dataSizeShown > 0)) {
        continue;
      }
      double max = h.integer() && dataSizeShown > 0 ? dataSizeShown : h.sliderMax();
      List<Node> rows = new ArrayList<>();
      if (!linked) {
        for (OptimizerKind k : model.racingInCatalogOrder()) {
          if (k.has(h.key())) {
            rows.add(ownControl(k, h, max));
          }
        }
      }
      e.getValue().getChildren().setAll(rows.isEmpty() ? List.of(hyperparameterControl(h, max)) : rows);
    }
    showEdges(model.getResult());
  }

  /** {@code kind}'s own control of {@code h}, labelled with the optimizer and drawn in its colour. */
  private NumberControl ownControl(OptimizerKind kind, Hyperparameter h, double sliderMax) {
    NumberControl c = new NumberControl(h.label() + " · " + kind.label(),
        model.hyperparameterProperty(kind, h.key()), h.sliderMin(), sliderMax,
        h.scale() == Hyperparameter.Scale.LOG ? SliderScale.LOG : SliderScale.LINEAR, h.integer());
    c.setId(h.key() + "-" + kind.label().toLowerCase(java.util.Locale.ROOT));
    c.snapping(h.scale() == Hyperparameter.Scale.LOG);
    c.getStyleClass().add("own-hyperparameter");
    c.setStyle("-fx-border-color: transparent transparent transparent "
        + OptimizerColors.css(OptimizerColors.of(kind)) + "; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 6;");
    return c;
  }

  private List<Node> displaySwitches(LandscapeView landscapeView, LossChart chart) {
    Switch gradientArrow = new Switch("gradient arrow −η∇f");
    gradientArrow.setId("gradient-arrow");
    gradientArrow.selectedProperty().bindBidirectional(landscapeView.showGradientProperty());
    Switch logScale = new Switch("log-scale charts");
    logScale.setId("log-scale");
    logScale.selectedProperty().bindBidirectional(chart.logScaleProperty());
    Switch inside = new Switch("inside the optimizers");
    inside.setId("inside-optimizers");
    inside.setTooltip(new Tooltip("Each optimizer's next step, velocity, look-ahead and per-coordinate step"
        + " sizes at the iterate, and its rule with this step's numbers"));
    inside.setSelected(model.panels().contains(org.gradientlab.scene.Panel.INSIDE));
    inside.selectedProperty().addListener((o, a, on) -> model.setPanelVisible(org.gradientlab.scene.Panel.INSIDE, on));
    model.panels().addListener((SetChangeListener<org.gradientlab.scene.Panel>) c ->
        inside.setSelected(model.panels().contains(org.gradientlab.scene.Panel.INSIDE)));
    return List.of(gradientArrow, inside, logScale);
  }

  // ---- following the model ------------------------------------------------------------------------

  private void resultChanged(SceneResult r) {
    showEdges(r);
    showContextual(dataSize(r));
    if (formulaField != null && r != null) {
      Objective f = RegularizedObjective.baseOf(r.objective());
      formulaField.warn(f instanceof org.gradientlab.formula.FormulaObjective fo ? fo.warning() : "");
    }
  }

  /**
   * On a data landscape SGD samples real mini-batches: a batch-size slider from 1 to n replaces the
   * noise σ (which only analytic surfaces use).
   */
  private void showContextual(int n) {
    if (n == dataSizeShown) {
      return;
    }
    dataSizeShown = n;
    for (Map.Entry<Hyperparameter, VBox> e : contextual.entrySet()) {
      Hyperparameter h = e.getKey();
      boolean shown = h.applies().on(n > 0);
      e.getValue().setVisible(shown);
      e.getValue().setManaged(shown);
      if (shown && h.integer() && n > 0) {
        DoubleProperty value = model.hyperparameterProperty(h.key());
        if (value.get() > n) {
          value.set(n);
        }
      }
    }
    showLinking();
    for (Map.Entry<Hyperparameter, VBox> e : contextual.entrySet()) {
      boolean shown = e.getKey().applies().on(n > 0);
      e.getValue().getChildren().forEach(c -> c.setVisible(shown));
    }
  }

  private static int dataSize(SceneResult r) {
    Objective f = r == null ? null : RegularizedObjective.baseOf(r.objective());
    return f instanceof FiniteSumObjective data ? data.exampleCount() : 0;
  }


  private static Label section(String title) {
    return ControlKit.section(title);
  }

  private BooleanBinding notRacing(List<OptimizerKind> kinds) {
    return Bindings.createBooleanBinding(() -> {
      for (OptimizerKind k : kinds) {
        if (model.racing().contains(k)) {
          return false;
        }
      }
      return true;
    }, model.racing());
  }

  private static String labels(List<OptimizerKind> kinds) {
    List<String> names = new ArrayList<>();
    for (OptimizerKind k : kinds) {
      names.add(k.label());
    }
    return String.join(", ", names);
  }

  /**
   * The η track shows where each racing optimizer with an edge in closed form stops being stable on
   * this landscape (GD's when nothing races).
   */
  private void showEdges(SceneResult r) {
    if (r == null) {
      eta.marks().clear();
      curvature.setText("");
      return;
    }
    StabilityEdges e = r.edges();
    // While a lesson's prediction waits for its answer the edges would give it away.
    boolean hidden = model.playback().isHeld();
    List<OptimizerKind> shown = new ArrayList<>(hidden ? List.of() : model.racingInCatalogOrder());
    if (shown.isEmpty() && !hidden) {
      shown.add(GradientDescent.KIND);
    }
    List<NumberControl.Mark> marks = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (OptimizerKind k : shown) {
      if (k.edge() == null) {
        continue;
      }
      double edge = r.scene().settings().config(k).stabilityEdge(e.largestCurvature());
      if (!seen.add(k.edge().mark() + "@" + edge)) {
        continue; // SGD's edge is GD's
      }
      marks.add(new NumberControl.Mark(edge, k.edge().mark(), OptimizerColors.of(k),
          k.label() + " is stable for η < " + k.edge().formula() + " = " + Numbers.compact(round(edge))));
    }
    eta.marks().setAll(marks);
    for (Map.Entry<OptimizerKind, NumberControl> own : ownEta.entrySet()) {
      OptimizerKind k = own.getKey();
      List<NumberControl.Mark> mine = new ArrayList<>();
      if (k.edge() != null && !hidden) {
        double edge = r.scene().settings().config(k).stabilityEdge(e.largestCurvature());
        mine.add(new NumberControl.Mark(edge, k.edge().mark(), OptimizerColors.of(k),
            k.label() + " is stable for η < " + k.edge().formula() + " = " + Numbers.compact(round(edge))));
      }
      own.getValue().marks().setAll(mine);
    }
    String where = r.edgesAtMinimum() ? "at the minimum" : "at the start (no minimum known)";
    String kappa = Double.isFinite(e.conditionNumber())
        ? ", κ = L/μ = " + Numbers.compact(round(e.conditionNumber())) : "";
    StringBuilder text = new StringBuilder("Curvature " + where + ": L = "
        + Numbers.compact(round(e.largestCurvature())) + kappa + ".");
    String separator = " Stable for η below: ";
    for (NumberControl.Mark m : marks) {
      text.append(separator).append(m.explanation().replace(" is stable for η < ", " "));
      separator = ", ";
    }
    if (hidden) {
      text.append(" The stability edges show once you have answered the prediction.");
    }
    curvature.setText(text.toString());
  }

  private static double round(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double m = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(v))));
    return Math.round(v * m) / m;
  }

  /**
   * One control per parameter of the current landscape (κ and rotation of the bowl, …). Built when
   * the landscape changes; when only its values change (a lesson step sets κ = 10 on the bowl
   * already shown) the controls are set to the new values, so they never show a stale one.
   */
  private void showLandscapeParameters(LandscapeSpec spec) {
    if (spec.id().equals(shownLandscapeId)) {
      updateLandscapeParameters(spec);
      return;
    }
    shownLandscapeId = spec.id();
    List<Node> controls = new ArrayList<>();
    formulaField = null;
    numberParameters.clear();
    choiceParameters.clear();
    LandscapeEntry entry = model.catalog().entry(spec.id());
    for (ParameterSpec p : entry.parameters()) {
      String current = spec.parameters().getOrDefault(p.name(), p.defaultValue());
      if (p.type() == ParameterSpec.Type.NUMBER) {
        DoubleProperty value = new SimpleDoubleProperty(Numbers.parse(current));
        value.addListener((o, a, b) -> {
          if (!following) {
            model.setLandscapeParameter(p.name(), Numbers.compact(b.doubleValue()).replace('−', '-'));
          }
        });
        NumberControl c = NumberControl.of(p.label(), value, p.min(), p.max(),
            p.logScale() ? SliderScale.LOG : SliderScale.LINEAR);
        c.setId("param-" + p.name());
        numberParameters.put(p.name(), value);
        controls.add(c);
      } else if (p.type() == ParameterSpec.Type.CHOICE) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(p.choices());
        box.setValue(current);
        box.setId("param-" + p.name());
        box.valueProperty().addListener((o, a, b) -> {
          if (!following) {
            model.setLandscapeParameter(p.name(), b);
          }
        });
        choiceParameters.put(p.name(), box);
        controls.add(labelled(p.label(), box));
      } else {
        FormulaField field = new FormulaField(p, current, text -> model.setLandscapeParameter(p.name(), text));
        field.setId("param-" + p.name());
        formulaField = field;
        controls.add(field);
      }
    }
    landscapeParameters.getChildren().setAll(controls);
  }

  private void updateLandscapeParameters(LandscapeSpec spec) {
    following = true;
    try {
      showValues(spec);
    } finally {
      following = false;
    }
  }

  private void showValues(LandscapeSpec spec) {
    LandscapeEntry entry = model.catalog().entry(spec.id());
    for (ParameterSpec p : entry.parameters()) {
      String current = spec.parameters().getOrDefault(p.name(), p.defaultValue());
      DoubleProperty number = numberParameters.get(p.name());
      if (number != null) {
        double v = Numbers.parse(current);
        if (v != number.get()) {
          number.set(v);
        }
      }
      ComboBox<String> choice = choiceParameters.get(p.name());
      if (choice != null && !current.equals(choice.getValue())) {
        choice.setValue(current);
      }
      if (p.type() == ParameterSpec.Type.TEXT && formulaField != null
          && !current.equals(formulaField.field().getText())) {
        formulaField.field().setText(current);
      }
    }
  }

  private static Node labelled(String label, Node control) {
    Label name = new Label(label);
    name.setLabelFor(control);
    VBox box = new VBox(2, name, control);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
