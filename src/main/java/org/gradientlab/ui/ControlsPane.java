package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import javafx.scene.shape.Circle;
import org.controlsfx.control.ToggleSwitch;
import org.gradientlab.format.Numbers;
import org.gradientlab.landscape.LandscapeEntry;
import org.gradientlab.landscape.LandscapeSpec;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.stability.StabilityEdges;
import org.gradientlab.viewmodel.LabModel;

/**
 * The lab's sidebar: which landscape, which optimizers race, η and λ (with the stability edges
 * marked on the η track), each optimizer's own hyperparameters (greyed out while it is not racing),
 * the number of steps, playback, and display options.
 */
public final class ControlsPane extends VBox {

  public static final double ETA_MIN = 1e-4;
  public static final double ETA_MAX = 10;
  public static final double LAMBDA_MIN = 1e-4;
  public static final double LAMBDA_MAX = 100;
  public static final int STEPS_MAX = 10_000;

  private final LabModel model;
  private final VBox landscapeParameters = new VBox(6);
  private final NumberControl eta;
  private final Label curvature = new Label();
  private final Map<OptimizerKind, ToggleButton> toggles = new EnumMap<>(OptimizerKind.class);
  private String shownLandscapeId;
  private final VBox batchHolder = new VBox();
  private int batchControlFor = -1;
  private FormulaField formulaField;
  private NumberControl sigmaControl;

  public ControlsPane(LabModel model, LandscapeView landscapeView, LossChart chart) {
    this.model = model;
    getStyleClass().add("controls-pane");
    setSpacing(10);

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
      rebuildLandscapeParameters(b);
    });
    rebuildLandscapeParameters(model.landscapeProperty().get());

    FlowPane race = new FlowPane(6, 6);
    race.setId("race");
    for (OptimizerKind kind : OptimizerKind.values()) {
      ToggleButton t = new ToggleButton(kind.label(), new Circle(5, OptimizerColors.of(kind)));
      t.setId("toggle-" + kind.name().toLowerCase());
      t.setTooltip(new Tooltip(kind.longName()));
      t.setSelected(model.racing().contains(kind));
      t.selectedProperty().addListener((o, a, on) -> model.setRacing(kind, on));
      toggles.put(kind, t);
      race.getChildren().add(t);
    }
    model.racing().addListener((SetChangeListener<OptimizerKind>) c -> {
      for (OptimizerKind k : OptimizerKind.values()) {
        toggles.get(k).setSelected(model.racing().contains(k));
      }
    });

    eta = NumberControl.of("learning rate η", model.etaProperty(), ETA_MIN, ETA_MAX, SliderScale.LOG);
    eta.setId("eta");
    NumberControl lambda = NumberControl.of("L2 weight λ", model.lambdaProperty(), LAMBDA_MIN,
        LAMBDA_MAX, SliderScale.LOG_WITH_ZERO);
    lambda.setId("lambda");
    curvature.getStyleClass().add("hint");
    curvature.setWrapText(true);
    model.resultProperty().addListener((o, a, r) -> {
      showEdges(r);
      if (formulaField != null && r != null) {
        org.gradientlab.objective.Objective f = r.objective();
        if (f instanceof org.gradientlab.objective.RegularizedObjective reg) {
          f = reg.base();
        }
        formulaField.warn(f instanceof org.gradientlab.formula.FormulaObjective fo ? fo.warning() : "");
      }
    });
    model.racing().addListener((SetChangeListener<OptimizerKind>) c -> showEdges(model.getResult()));

    NumberControl alpha = NumberControl.of("momentum α", model.alphaProperty(), 0, 0.99, SliderScale.LINEAR);
    alpha.setId("alpha");
    alpha.disableProperty().bind(notRacing(OptimizerKind.MOMENTUM, OptimizerKind.NESTEROV));
    NumberControl beta1 = NumberControl.of("Adam β₁", model.beta1Property(), 0, 0.99, SliderScale.LINEAR);
    beta1.setId("beta1");
    beta1.disableProperty().bind(notRacing(OptimizerKind.ADAM));
    NumberControl beta2 = NumberControl.of("Adam β₂", model.beta2Property(), 0.9, 0.9999, SliderScale.LINEAR);
    beta2.setId("beta2");
    beta2.disableProperty().bind(notRacing(OptimizerKind.ADAM));
    NumberControl rho = NumberControl.of("RMSProp ρ", model.rhoProperty(), 0, 0.999, SliderScale.LINEAR);
    rho.setId("rho");
    rho.disableProperty().bind(notRacing(OptimizerKind.RMSPROP));
    NumberControl sigma = NumberControl.of("SGD noise σ", model.sigmaProperty(), 0, 5, SliderScale.LINEAR);
    sigma.setId("sigma");
    sigma.disableProperty().bind(notRacing(OptimizerKind.SGD));
    sigmaControl = sigma;
    batchHolder.setId("batch-holder");
    model.resultProperty().addListener((o, a, r) -> showBatchControl(r));
    NumberControl steps = NumberControl.ofInteger("steps N", model.stepsProperty(), 1, STEPS_MAX, SliderScale.LOG);
    steps.setId("steps");

    ToggleSwitch gradientArrow = new ToggleSwitch("gradient arrow −η∇f");
    gradientArrow.setId("gradient-arrow");
    gradientArrow.selectedProperty().bindBidirectional(landscapeView.showGradientProperty());
    ToggleSwitch logScale = new ToggleSwitch("log-scale charts");
    logScale.setId("log-scale");
    logScale.selectedProperty().bindBidirectional(chart.logScaleProperty());

    getChildren().addAll(
        section("Landscape"), landscapes, landscapeParameters,
        section("Race"), race,
        section("Step size"), eta, curvature, lambda,
        section("Optimizer settings"), alpha, beta1, beta2, rho, sigma, batchHolder,
        section("Run"), steps,
        section("Show"), gradientArrow, logScale);
    showEdges(model.getResult());
  }

  /**
   * On a data landscape SGD samples real mini-batches: a batch-size slider from 1 to n replaces
   * the noise σ (which only analytic surfaces use).
   */
  private void showBatchControl(SceneResult r) {
    org.gradientlab.objective.Objective f = r == null ? null : r.objective();
    if (f instanceof org.gradientlab.objective.RegularizedObjective reg) {
      f = reg.base();
    }
    int n = f instanceof org.gradientlab.objective.FiniteSumObjective data ? data.exampleCount() : 0;
    if (n == batchControlFor) {
      return;
    }
    batchControlFor = n;
    if (n == 0) {
      batchHolder.getChildren().clear();
      sigmaControl.setVisible(true);
      sigmaControl.setManaged(true);
      return;
    }
    if (model.batchSizeProperty().get() > n) {
      model.batchSizeProperty().set(n);
    }
    NumberControl batch = NumberControl.ofInteger("SGD batch size b (of n = " + n + ")",
        model.batchSizeProperty(), 1, n, SliderScale.LOG);
    batch.setId("batch");
    batch.disableProperty().bind(notRacing(OptimizerKind.SGD));
    batchHolder.getChildren().setAll(batch);
    sigmaControl.setVisible(false);
    sigmaControl.setManaged(false);
  }

  public NumberControl etaControl() {
    return eta;
  }

  private static Label section(String title) {
    return ControlKit.section(title);
  }

  private BooleanBinding notRacing(OptimizerKind... kinds) {
    return Bindings.createBooleanBinding(() -> {
      for (OptimizerKind k : kinds) {
        if (model.racing().contains(k)) {
          return false;
        }
      }
      return true;
    }, model.racing());
  }

  /** The η track shows where GD, Momentum and Nesterov stop being stable on this landscape. */
  private void showEdges(SceneResult r) {
    List<NumberControl.Mark> marks = new ArrayList<>();
    if (r == null) {
      eta.marks().clear();
      curvature.setText("");
      return;
    }
    StabilityEdges e = r.edges();
    double alpha = model.alphaProperty().get();
    String where = r.edgesAtMinimum() ? "at the minimum" : "at the start (no minimum known)";
    if (model.racing().contains(OptimizerKind.GD) || model.racing().contains(OptimizerKind.SGD)
        || model.racing().isEmpty()) {
      marks.add(new NumberControl.Mark(e.gradientDescentEdge(), "2/L",
          OptimizerColors.of(OptimizerKind.GD),
          "GD is stable for η < 2/L = " + Numbers.compact(round(e.gradientDescentEdge()))));
    }
    if (model.racing().contains(OptimizerKind.MOMENTUM)) {
      marks.add(new NumberControl.Mark(e.momentumEdge(alpha), "2(1+α)/L",
          OptimizerColors.of(OptimizerKind.MOMENTUM),
          "Momentum is stable for η < 2(1+α)/L = " + Numbers.compact(round(e.momentumEdge(alpha)))));
    }
    if (model.racing().contains(OptimizerKind.NESTEROV)) {
      marks.add(new NumberControl.Mark(e.nesterovEdge(alpha), "NAG",
          OptimizerColors.of(OptimizerKind.NESTEROV),
          "Nesterov is stable for η < 2(1+α)/((1+2α)L) = " + Numbers.compact(round(e.nesterovEdge(alpha)))));
    }
    eta.marks().setAll(marks);
    String kappa = Double.isFinite(e.conditionNumber())
        ? ", κ = L/μ = " + Numbers.compact(round(e.conditionNumber())) : "";
    StringBuilder text = new StringBuilder("Curvature " + where + ": L = "
        + Numbers.compact(round(e.largestCurvature())) + kappa + ".");
    String separator = " Stable for η below: ";
    for (NumberControl.Mark m : marks) {
      text.append(separator).append(m.explanation().replace(" is stable for η < ", " "));
      separator = ", ";
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

  /** One control per parameter of the current landscape (κ and rotation of the bowl, …). */
  private void rebuildLandscapeParameters(LandscapeSpec spec) {
    if (spec.id().equals(shownLandscapeId)) {
      return;
    }
    shownLandscapeId = spec.id();
    List<Node> controls = new ArrayList<>();
    formulaField = null;
    LandscapeEntry entry = model.catalog().entry(spec.id());
    for (ParameterSpec p : entry.parameters()) {
      String current = spec.parameters().getOrDefault(p.name(), p.defaultValue());
      if (p.type() == ParameterSpec.Type.NUMBER) {
        DoubleProperty value = new SimpleDoubleProperty(Numbers.parse(current));
        value.addListener((o, a, b) -> model.setLandscapeParameter(p.name(),
            Numbers.compact(b.doubleValue()).replace('−', '-')));
        NumberControl c = NumberControl.of(p.label(), value, p.min(), p.max(),
            p.logScale() ? SliderScale.LOG : SliderScale.LINEAR);
        c.setId("param-" + p.name());
        controls.add(c);
      } else if (p.type() == ParameterSpec.Type.CHOICE) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(p.choices());
        box.setValue(current);
        box.setId("param-" + p.name());
        box.valueProperty().addListener((o, a, b) -> model.setLandscapeParameter(p.name(), b));
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

  private static Node labelled(String label, Node control) {
    VBox box = new VBox(2, new Label(label), control);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
