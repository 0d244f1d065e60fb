package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.UnrolledMeters;
import org.gradientlab.hyper.UnrolledMethod;
import org.gradientlab.viewmodel.UnrolledModel;

/**
 * "η through the trajectory": the ways of differentiating T steps of training, step by step as
 * cards with their formulas, numbers and meters of memory and time that grow as T is dragged;
 * beside them the two hypergradients against the horizon T and the best λ of C_T against C's.
 */
public final class UnrolledPane extends BorderPane {

  /** Meters are drawn on a log scale from 1 up to this many numbers / milliseconds. */
  static final double MEMORY_SCALE = 1e7;
  static final double TIME_SCALE_MS = 1e4;
  static final double METER_WIDTH = 170;

  private final UnrolledModel model;
  private final PhaseCard forward = new PhaseCard("unrolled-forward", "1 · Forward mode: carry dw/dλ and dw/dη along", "");
  private final PhaseCard reverse = new PhaseCard("unrolled-reverse",
      "2 · Reverse mode: store the trajectory, then run the chain rule back through it", "");
  private final PhaseCard checkpointed = new PhaseCard("unrolled-checkpointed",
      "3 · Reverse mode with checkpoints: store every k-th state, recompute the rest", "");
  private final PhaseCard check = new PhaseCard("unrolled-check", "4 · The referee: finite differences of C_T",
      "(C_T(λe^h) − C_T(λe^−h)) / 2h   and   (C_T(η + ηh) − C_T(η − ηh)) / 2ηh,   h = 10⁻⁵");
  private final PhaseCard implicit = new PhaseCard("unrolled-implicit",
      "5 · T → ∞: implicit differentiation at the trained weights",
      "(∇²L_train(w*) + λI) q = ∇L_val(w*),   dC/d log λ = −λ w*·q,   dC/dη = 0 (w* does not depend on η)");
  private final MeterBar[] memory = new MeterBar[5];
  private final MeterBar[] time = new MeterBar[5];

  public UnrolledPane(UnrolledModel model, javafx.beans.value.ObservableValue<PlotStyle> style) {
    this.model = model;
    setId("unrolled-pane");
    PhaseCard[] cards = {forward, reverse, checkpointed, check, implicit};
    VBox column = new VBox(6);
    for (int i = 0; i < cards.length; i++) {
      memory[i] = new MeterBar("memory", "meter-memory");
      time[i] = new MeterBar("time", "meter-time");
      memory[i].setId(cards[i].getId() + "-memory");
      time[i].setId(cards[i].getId() + "-time");
      cards[i].getChildren().addAll(memory[i], time[i]);
      column.getChildren().add(cards[i]);
    }
    Label why = new Label("η never appears in the validation loss, only in how the weights were trained: its "
        + "hypergradient exists only through an unfinished trajectory. Drag T: the stored trajectory of reverse"
        + " mode grows with it, forward mode's tangents do not, and the implicit way needs neither.");
    why.setWrapText(true);
    why.getStyleClass().add("hint");
    column.getChildren().add(0, why);
    column.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(column);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    HorizonView horizon = new HorizonView(model);
    horizon.setId("unrolled-horizon");
    horizon.plotStyleProperty().bind(style);
    MeetingView meeting = new MeetingView(model);
    meeting.setId("unrolled-meeting");
    meeting.plotStyleProperty().bind(style);
    VBox plots = new VBox(8, horizon, meeting);
    VBox.setVgrow(horizon, Priority.ALWAYS);
    VBox.setVgrow(meeting, Priority.ALWAYS);
    horizon.setPrefHeight(420);
    meeting.setPrefHeight(260);
    GridPane grid = columns(scroll, plots, 46);
    setTop(controls());
    setCenter(grid);
    setPadding(new Insets(4, 0, 0, 0));
    model.metersProperty().addListener((o, a, b) -> refresh());
    model.methodProperty().addListener((o, a, b) -> refresh());
    refresh();
  }

  private FlowPane controls() {
    ComboBox<UnrolledMethod> method = ControlKit.combo(List.of(UnrolledMethod.values()), model.methodProperty());
    method.setId("unrolled-method");
    method.setMaxWidth(180);
    NumberControl steps = NumberControl.ofInteger("training steps T", model.stepsProperty(), 1,
        UnrolledModel.MAX_STEPS, SliderScale.LOG);
    steps.setId("unrolled-steps");
    NumberControl logLambda = NumberControl.of("log λ", model.logLambdaProperty(), -10, 5, SliderScale.LINEAR);
    logLambda.setId("unrolled-log-lambda");
    NumberControl eta = NumberControl.of("η as a share of the edge 2/(L + λ)", model.etaFractionProperty(), 0.02,
        1.2, SliderScale.LINEAR);
    eta.setId("unrolled-eta");
    NumberControl k = NumberControl.ofInteger("checkpoint every k steps (0: √T)", model.checkpointEveryProperty(), 0,
        1000, SliderScale.LINEAR);
    k.setId("unrolled-k");
    VBox m = new VBox(2, new Label("training loop"), method);
    FlowPane row = new FlowPane(16, 6, m, steps, logLambda, eta, k);
    for (var n : List.of(steps, logLambda, eta, k)) {
      n.setPrefWidth(230);
    }
    row.setAlignment(Pos.CENTER_LEFT);
    row.setPadding(new Insets(2, 4, 8, 4));
    return row;
  }

  private void refresh() {
    boolean momentum = model.methodProperty().get() == UnrolledMethod.MOMENTUM;
    forward.setFormula(momentum
        ? "V ← αV + H_t D + w_t,  D ← D − ηV;   U ← αU + H_t E,  E ← E − v_{t+1} − ηU   (D = dw/dλ, E = dw/dη)"
        : "D ← D − η(H_t D + w_t),   E ← E − ∇h(w_t) − ηH_t E   (D = dw/dλ, E = dw/dη, H_t = ∇²L_train + λI)");
    reverse.setFormula("a = ∇L_val(w_T), b = 0  (a = ∂C/∂w_t, b = ∂C/∂v_t);  for t = T−1 … 0:  r = b − ηa,"
        + "  dC/dη −= a·v_{t+1},  dC/dλ += r·w_t,  a += H_t r,  b = αr");
    UnrolledModel.Meters mt = model.metersProperty().get();
    if (mt == null) {
      for (PhaseCard c : new PhaseCard[] {forward, reverse, checkpointed, check, implicit}) {
        c.setResult("computing…");
      }
      return;
    }
    UnrolledMeters.Comparison c = mt.comparison();
    checkpointed.setFormula("keep (w_t, v_t) at t = 0, k, 2k, … (k = " + c.checkpointEvery() + ");  going back,"
        + " recompute each segment of k steps from its checkpoint, then run back through it");
    String at = "T = " + c.steps() + ", log λ = " + r2(mt.logLambda()) + ", η = " + n(mt.eta()) + ":  ";
    UnrolledMeters.Meter[] ms = {c.forward(), c.reverse(), c.checkpointed(), c.finiteDifference(), c.implicit()};
    PhaseCard[] cards = {forward, reverse, checkpointed, check, implicit};
    for (int i = 0; i < ms.length; i++) {
      UnrolledMeters.Meter m = ms[i];
      String values = Double.isNaN(m.dLogLambda()) && i < 4
          ? "training diverged: η is past the edge, no derivative"
          : "dC/d log λ = " + n(m.dLogLambda()) + ",   dC/dη = " + n(m.dEta()) + ",   C = " + n(m.value());
      cards[i].setResult((i < 4 ? at : "at w*(λ):  ") + values);
      memory[i].show(fraction(m.storedNumbers(), MEMORY_SCALE), "keeps " + grouped(m.storedNumbers()) + " numbers ("
          + bytes(8 * m.storedNumbers()) + ")");
      double ms2 = m.nanos() / 1e6;
      time[i].show(fraction(Math.max(1e-3, ms2) * 1000, TIME_SCALE_MS * 1000), Numbers.compact(HeatmapPainter.round3(ms2))
          + " ms;  passes: " + m.work().gradients() + " L+∇L, " + m.work().hessianVectors() + " Hv"
          + (m.work().hessians() > 0 ? ", " + m.work().hessians() + " ∇²L" : ""));
    }
  }

  /** Two panels side by side, the left {@code leftPercent} of the width, both full height. */
  static GridPane columns(javafx.scene.Node left, javafx.scene.Node right, double leftPercent) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.add(left, 0, 0);
    grid.add(right, 1, 0);
    for (double percent : new double[] {leftPercent, 100 - leftPercent}) {
      javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
      c.setPercentWidth(percent);
      c.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(c);
    }
    javafx.scene.layout.RowConstraints r = new javafx.scene.layout.RowConstraints();
    r.setVgrow(Priority.ALWAYS);
    r.setPercentHeight(100);
    grid.getRowConstraints().add(r);
    return grid;
  }

  /** log(1 + v)/log(1 + max), in [0, 1]: meters on a log scale, so 10 and 10⁶ both show. */
  static double fraction(double v, double max) {
    return Math.max(0, Math.min(1, Math.log1p(Math.max(0, v)) / Math.log1p(max)));
  }

  static String grouped(long v) {
    return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', ' ');
  }

  static String bytes(long b) {
    if (b < 10_000) {
      return b + " B";
    }
    if (b < 10_000_000) {
      return Math.round(b / 1000.0) + " kB";
    }
    return Math.round(b / 1e6) + " MB";
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }

  private static String r2(double v) {
    return Numbers.compact(Math.round(v * 100) / 100.0);
  }

  /** A labelled bar whose length is a share of the meter's scale. */
  static final class MeterBar extends HBox {
    private final Region bar = new Region();
    private final Region rest = new Region();
    private final Label text = new Label();

    MeterBar(String name, String styleClass) {
      super(6);
      Label n = new Label(name);
      n.setMinWidth(50);
      n.getStyleClass().add("phase-formula");
      bar.getStyleClass().addAll("meter-bar", styleClass);
      rest.getStyleClass().add("meter-rest");
      HBox track = new HBox(bar, rest);
      track.setMinWidth(METER_WIDTH);
      track.setMaxWidth(METER_WIDTH);
      track.setPrefHeight(10);
      track.setMaxHeight(10);
      text.getStyleClass().add("phase-result");
      // The figures wrap under each other rather than end in "…" when the column is narrow
      // (the lesson panel open): "keeps 54 027 numbers" is what the lesson asks to read.
      text.setWrapText(true);
      text.setMinWidth(0);
      text.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(text, Priority.ALWAYS);
      setAlignment(Pos.CENTER_LEFT);
      getChildren().addAll(n, track, text);
    }

    void show(double fraction, String label) {
      bar.setMinWidth(METER_WIDTH * fraction);
      bar.setPrefWidth(METER_WIDTH * fraction);
      bar.setMaxWidth(METER_WIDTH * fraction);
      rest.setPrefWidth(METER_WIDTH * (1 - fraction));
      text.setText(label);
    }

    /** The bar's length in pixels as set; for tests. */
    double barWidth() {
      return bar.getPrefWidth();
    }

    String label() {
      return text.getText();
    }
  }
}
