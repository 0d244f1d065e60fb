package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.OuterObjective;
import org.gradientlab.viewmodel.HyperModel;

/**
 * The hypergradient workspace's pictures: the slide (C(λ) with the outer iterates, and the phase
 * just taken with its formula and numbers), the curve alone, the charts (the fitted model and the
 * outer landscape), the window, and the outer iterations as an animation, one iterate per frame.
 */
final class HyperPictures implements WorkspacePictures {

  private final HyperModel model;
  private final ObservableValue<PlotStyle> style;
  private final HyperCurveView curve;
  private final List<CanvasPlot> charts;
  private final java.util.function.Supplier<javafx.scene.control.Tab> otherTab;

  /**
   * @param charts the outer loop's charts
   * @param otherTab the workspace's tab on screen when it is another than the outer loop's (η
   *     through training, Bayesian optimisation, many λ), else null: its panel is then the charts
   */
  HyperPictures(HyperModel model, ObservableValue<PlotStyle> style, HyperCurveView curve,
      List<CanvasPlot> charts, java.util.function.Supplier<javafx.scene.control.Tab> otherTab) {
    this.model = model;
    this.style = style;
    this.curve = curve;
    this.charts = List.copyOf(charts);
    this.otherTab = otherTab;
  }

  @Override
  public String pictureName() {
    return "hypergradient workspace";
  }

  @Override
  public String label(Part part) {
    return switch (part) {
      case SLIDE -> "Slide";
      case MAIN_PLOT -> "Main plot (C(λ) and the iterates)";
      case CHARTS -> otherTab.get() != null ? "Charts (" + otherTab.get().getText() + ")"
          : "Charts (the fitted model, the outer landscape)";
      case WINDOW -> "Whole window";
      case SURFACE -> "3-D surface (optimizer lab only)";
    };
  }

  private void ready() {
    HyperModel.Curves c = model.curvesProperty().get();
    if (c == null || c.problem() != model.problemProperty().get()) {
      throw new IllegalStateException("nothing to export yet: C(λ) is still being computed");
    }
  }

  /** "HOAG on the noisy sine". */
  private String title() {
    String method = model.modeProperty().get() == OuterLoop.Mode.EXACT ? "exact hypergradients" : "HOAG";
    return "Choosing λ by hypergradient descent: " + method + " on " + model.problemProperty().get().label();
  }

  /** The settings that matter: the outer objective, the method and its tolerances, where the loop is. */
  String settingsLine() {
    List<String> parts = new ArrayList<>();
    parts.add("minimising the " + (model.objectiveProperty().get() == OuterObjective.VALIDATION
        ? "validation loss C(λ)" : "training loss (the wrong objective)"));
    if (model.modeProperty().get() == OuterLoop.Mode.EXACT) {
      parts.add("exact solves (Newton, Cholesky)");
    } else {
      double e0 = Double.isNaN(model.epsilon0Property().get()) ? OuterLoop.DEFAULT_EPSILON0
          : model.epsilon0Property().get();
      String rule = switch (model.scheduleProperty().get()) {
        case QUADRATIC -> "ε_k = ε₀/k²";
        case CUBIC -> "ε_k = ε₀/k³";
        case EXPONENTIAL -> "ε_k = ε₀·0.9^(k−1)";
      };
      parts.add("HOAG, " + rule + ", ε₀ = " + Numbers.compact(e0));
    }
    List<OuterLoop.Iterate> its = model.iterates();
    HyperModel.LoopState st = model.stateProperty().get();
    String done = its.size() + " outer iteration" + (its.size() == 1 ? "" : "s");
    if (!its.isEmpty()) {
      OuterLoop.Iterate last = its.get(its.size() - 1);
      done += ", the last at log λ = " + r3(Math.log(last.lambda())) + " (C = "
          + Numbers.compact(HeatmapPainter.round3(last.outerValue())) + ")";
    }
    if (st != null) {
      done += its.isEmpty() ? ", λ₀: log λ = " + r3(Math.log(st.lambda())) : ", next " + r3(Math.log(st.lambda()));
    }
    parts.add(done);
    return String.join("  ·  ", parts);
  }

  private static String r3(double v) {
    return Numbers.compact(Math.round(v * 1000) / 1000.0);
  }

  @Override
  public Picture picture(Part part, Options o, Node window) {
    ready();
    PlotStyle screen = style.getValue();
    return switch (part) {
      case SLIDE -> slide(o);
      case MAIN_PLOT -> () -> {
        WritableImage plot = curve.paintImage(o.scale());
        return o.plain() ? plot : PlotLegend.compose(plot, o.scale(), screen,
            o.title() != null ? o.title() : title(), iterationCounter(), List.of());
      };
      case CHARTS -> {
        javafx.scene.control.Tab tab = otherTab.get();
        if (tab != null) {
          Node panel = tab.getContent();
          yield () -> Snapshots.of(panel, o.scale(), screen.background(), Map.of());
        }
        yield () -> {
          List<WritableImage> parts = new ArrayList<>();
          for (CanvasPlot c : charts) {
            parts.add(c.paintImage(o.scale()));
          }
          return Snapshots.sideBySide(parts, 8, o.scale(), screen.background());
        };
      }
      case WINDOW -> () -> Snapshots.of(window, o.scale(), screen.background(), Map.of());
      case SURFACE -> throw new IllegalArgumentException("the hypergradient workspace has no 3-D surface: "
          + "that is the optimizer lab's picture of a 2-D landscape");
    };
  }

  private String iterationCounter() {
    int n = model.iterates().size();
    return n == 0 ? "no outer iteration yet" : "after " + n + " outer iteration" + (n == 1 ? "" : "s");
  }

  /** C(λ) with the iterates on the left; the phase just taken, with its formula and numbers, on the right. */
  private Picture slide(Options o) {
    PlotStyle screen = style.getValue();
    Slide frame = new Slide(screen, o.title() != null ? o.title() : title(), settingsLine(), List.of());
    PlotStyle s = frame.style();
    double h = frame.contentHeight();
    double wPhase = 540;
    double wCurve = frame.contentWidth() - wPhase - 20;
    VBox phase = phasePanel(s, wPhase);
    List<OuterLoop.Iterate> its = List.copyOf(model.iterates());
    HyperModel.LoopState st = model.stateProperty().get();
    return () -> {
      WritableImage c = NetPictures.canvas(wCurve, h, o.scale(), s,
          gc -> curve.paint(gc, wCurve, h, s, its, st, new ArrayList<>()));
      HBox row = new HBox(20, Slide.view(c, o.scale()), phase);
      return frame.render(row, o.scale());
    };
  }

  /** The phase just taken: its title, the formula it evaluated, its numbers; then what comes next. */
  private VBox phasePanel(PlotStyle s, double width) {
    VBox box = new VBox(10);
    box.setId("slide-phase");
    box.setPrefWidth(width);
    box.setMaxWidth(width);
    box.setPadding(new Insets(8, 0, 0, 0));
    OuterLoop.Step last = model.steps().isEmpty() ? null : model.steps().get(model.steps().size() - 1);
    HyperModel.LoopState st = model.stateProperty().get();
    OuterLoop.Phase next = st == null ? OuterLoop.Phase.INNER_SOLVE : st.nextPhase();
    boolean exact = model.modeProperty().get() == OuterLoop.Mode.EXACT;
    if (last == null) {
      box.getChildren().add(text("No phase has run yet", 26, FontWeight.BOLD, s, width));
      box.getChildren().add(text("The loop starts at λ = " + Numbers.compact(HeatmapPainter.round3(
          st == null ? Math.exp(model.problemProperty().get().logLambda0()) : st.lambda())) + ".", 21, FontWeight.NORMAL, s, width));
    } else {
      OuterLoop.Phase phase = HyperPhasesPane.phaseOf(last);
      box.getChildren().add(text("The phase just taken", 19, FontWeight.NORMAL, s, width));
      box.getChildren().add(text(HyperPhasesPane.TITLES[phase.ordinal()], 26, FontWeight.BOLD, s, width));
      box.getChildren().add(text(last.formula().isBlank()
          ? HyperPhasesPane.formula(phase, model.modeProperty().get(), model.scheduleProperty().get())
          : last.formula(), 21, FontWeight.NORMAL, s, width));
      box.getChildren().add(text(HyperPhasesPane.describe(last, exact, optimumLog()), 21, FontWeight.NORMAL, s, width));
    }
    Label then = text("Next: " + HyperPhasesPane.TITLES[next.ordinal()], 19, FontWeight.NORMAL, s, width);
    then.setOpacity(0.8);
    box.getChildren().add(then);
    box.getChildren().add(iterateTable(s));
    return box;
  }

  /** The last outer iterates: k, log λ, C and whether the trial was accepted. */
  private javafx.scene.layout.GridPane iterateTable(PlotStyle s) {
    javafx.scene.layout.GridPane table = new javafx.scene.layout.GridPane();
    table.setHgap(24);
    table.setVgap(2);
    table.setPadding(new Insets(10, 0, 0, 0));
    String[] head = {"k", "log λ", "C", ""};
    for (int c = 0; c < head.length; c++) {
      table.add(text(head[c], 18, FontWeight.BOLD, s, 200), c, 0);
    }
    List<OuterLoop.Iterate> its = model.iterates();
    int from = Math.max(0, its.size() - 8);
    for (int i = from; i < its.size(); i++) {
      OuterLoop.Iterate it = its.get(i);
      String[] row = {Integer.toString(it.iteration()), r3(Math.log(it.lambda())),
          Numbers.compact(HeatmapPainter.round3(it.outerValue())), it.accepted() ? "accepted" : "rejected"};
      for (int c = 0; c < row.length; c++) {
        table.add(text(row[c], 18, FontWeight.NORMAL, s, 200), c, i - from + 1);
      }
    }
    return table;
  }

  private double optimumLog() {
    HyperModel.Curves c = model.curvesProperty().get();
    return c == null ? Double.NaN : c.validation().logLambdas()[c.validation().argmin()];
  }

  private static Label text(String s, double size, FontWeight weight, PlotStyle style, double width) {
    Label l = Slide.label(s, size, weight, style.text());
    l.setMaxWidth(width);
    return l;
  }

  @Override
  public Animation animation(double scale, int maxFrames) {
    HyperModel.Curves c = model.curvesProperty().get();
    List<OuterLoop.Iterate> its = List.copyOf(model.iterates());
    if (c == null || c.problem() != model.problemProperty().get() || its.isEmpty()) {
      return null;
    }
    List<OuterLoop.Updated> updates = new ArrayList<>();
    for (OuterLoop.Step step : model.steps()) {
      if (step instanceof OuterLoop.Updated u) {
        updates.add(u);
      }
    }
    PlotStyle s = style.getValue();
    // Frame i shows the first i iterates (frame 0 the curve alone), at most maxFrames of them.
    int[] shown = LabPictures.frameSteps(its.size(), maxFrames);
    double w = Math.max(640, curve.getWidth());
    double h = Math.max(420, curve.getHeight());
    String title = (model.modeProperty().get() == OuterLoop.Mode.EXACT ? "Exact hypergradients" : "HOAG")
        + " on " + model.problemProperty().get().label();
    return new Animation() {
      @Override
      public int frameCount() {
        return shown.length;
      }

      @Override
      public Picture frame(int index) {
        int n = shown[index];
        List<OuterLoop.Iterate> prefix = its.subList(0, n);
        String counter = n == 0 ? "before the first iteration" : "outer iteration " + n + " of " + its.size()
            + (n - 1 < updates.size() ? ":  " + move(updates.get(n - 1)) : "");
        return () -> PlotLegend.compose(w, h, scale, s, title, counter, List.of(),
            gc -> curve.paint(gc, w, h, s, prefix, null, new ArrayList<>()));
      }
    };
  }

  /** "log λ −1 → −2". */
  private static String move(OuterLoop.Updated u) {
    return (u.accepted() ? "" : "rejected, ") + "log λ " + Numbers.compact(Math.round(u.logLambdaBefore() * 100) / 100.0)
        + " → " + Numbers.compact(Math.round(u.logLambdaAfter() * 100) / 100.0);
  }

  @Override
  public String noAnimationReason() {
    return "no outer iteration has run yet: press Whole iteration or Run first";
  }
}
