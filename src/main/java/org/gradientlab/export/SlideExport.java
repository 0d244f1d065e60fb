package org.gradientlab.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import org.gradientlab.format.Numbers;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.run.Trajectory;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LandscapeView;
import org.gradientlab.ui.MarkerShapes;
import org.gradientlab.ui.OptimizerColors;
import org.gradientlab.ui.PlotStyle;

/**
 * A lecture slide of the lab: a title, the formula and settings, the landscape drawn large in the
 * current (presentation-sized) plot style, and a legend saying how each optimizer's run ended.
 * 1600 × 900 logical pixels, written at 1×, 2× or 4×; every part is drawn at the target resolution.
 */
public final class SlideExport {

  public static final double WIDTH = 1600;
  public static final double HEIGHT = 900;
  private static final double PLOT_HEIGHT = 640;

  private SlideExport() {}

  /** Renders the slide; call from a background thread. {@code title} may be null (the landscape's). */
  public static WritableImage render(LabView lab, String title, double scale, Progress progress)
      throws Exception {
    boolean twoD = Fx.call(() -> lab.landscapeView().isVisible());
    WritableImage plot;
    if (twoD) {
      LandscapeView.ExportJob job = Fx.call(() -> lab.landscapeView().exportJob(scale, WIDTH - 80, PLOT_HEIGHT));
      progress.update(0.1, "rendering the heat map");
      Heatmap map = job.renderHeatmap(progress::cancelled);
      if (progress.cancelled()) {
        throw new CancellationException();
      }
      plot = Fx.call(() -> lab.landscapeView().paintExport(job, map, job.frame()));
    } else {
      plot = Fx.call(() -> lab.curveView().paintExport(scale, lab.modelFrame(), WIDTH - 80, PLOT_HEIGHT));
    }
    progress.update(0.8, "composing the slide");
    return Fx.call(() -> compose(lab, title, plot, scale));
  }

  /**
   * The hyperparameters of the optimizers in the race, so a slide says what produced it: each key
   * once when the racing optimizers that take it agree ("α = 0.9"), the most common value with the
   * exceptions when they do not ("η = 0.1 (Adam 0.01)"); SGD's σ or batch only where it applies.
   */
  static List<String> racingSettings(org.gradientlab.scene.Scene scene, OptimizerCatalog catalog,
      boolean data) {
    List<String> parts = new ArrayList<>();
    for (Hyperparameter h : catalog.hyperparameters()) {
      if (!h.applies().on(data)) {
        continue;
      }
      double common = scene.settings().mostCommon(h.key(), scene.optimizers());
      if (Double.isNaN(common)) {
        continue;
      }
      List<String> exceptions = new ArrayList<>();
      for (OptimizerKind k : scene.optimizers()) {
        if (k.has(h.key()) && scene.settings().value(k, h.key()) != common) {
          exceptions.add(k.label() + " " + Numbers.compact(scene.settings().value(k, h.key())));
        }
      }
      parts.add(h.symbol() + " = " + Numbers.compact(common)
          + (exceptions.isEmpty() ? "" : " (" + String.join(", ", exceptions) + ")"));
    }
    return parts;
  }

  private static WritableImage compose(LabView lab, String title, WritableImage plot, double scale) {
    PlotStyle s = lab.plotStyleProperty().get();
    SceneResult r = lab.result();
    Color text = s.text();
    Label heading = label(title != null ? title : r.objective().name(), 40, FontWeight.BOLD, text);
    List<String> parts = racingSettings(r.scene(), OptimizerCatalog.standard(), isData(r.objective()));
    if (!r.scene().schedule().isConstant()) {
      parts.add(Math.min(1, parts.size()), "η schedule: " + r.scene().schedule().describe());
    }
    if (r.scene().lambda() > 0) {
      parts.add(Math.min(1, parts.size()), "λ = " + Numbers.compact(r.scene().lambda()));
    }
    parts.add(r.scene().steps() + " steps");
    String settings = r.objective().formula() + "     " + String.join(",  ", parts);
    Label sub = label(settings, 22, FontWeight.NORMAL, text.deriveColor(0, 1, 1, 0.85));
    ImageView image = new ImageView(plot);
    image.setFitWidth(plot.getWidth() / scale);
    image.setFitHeight(plot.getHeight() / scale);
    FlowPane legend = new FlowPane(28, 8);
    for (Trajectory t : r.trajectories()) {
      javafx.scene.shape.Shape dot = MarkerShapes.node(t.optimizer().kind(),
          OptimizerColors.forStyle(t.optimizer().kind(), s), 9);
      Label name = label(t.optimizer().kind().label() + ": " + org.gradientlab.run.OutcomeText.summary(t, r.view()), 22,
          FontWeight.NORMAL, text);
      HBox item = new HBox(8, dot, name);
      item.setAlignment(Pos.CENTER_LEFT);
      legend.getChildren().add(item);
    }
    VBox slide = new VBox(10, heading, sub, image, legend);
    slide.setPadding(new Insets(28, 40, 24, 40));
    slide.setPrefSize(WIDTH, HEIGHT);
    slide.setMinSize(WIDTH, HEIGHT);
    slide.setMaxSize(WIDTH, HEIGHT);
    slide.setStyle("-fx-background-color: " + OptimizerColors.css(s.background()) + ";");
    new Scene(slide, WIDTH, HEIGHT);
    slide.applyCss();
    // Outcome sentences can take a line each: the plot gives up height (keeping its shape) so the
    // legend fits and the slide stays 16:9.
    Insets pad = slide.getPadding();
    double needed = pad.getTop() + pad.getBottom() + 3 * slide.getSpacing() + heading.prefHeight(WIDTH - 80)
        + sub.prefHeight(WIDTH - 80) + image.getFitHeight() + legend.prefHeight(WIDTH - 80);
    if (needed > HEIGHT) {
      image.setPreserveRatio(true);
      image.setFitHeight(image.getFitHeight() - (needed - HEIGHT));
    }
    slide.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(s.background());
    return slide.snapshot(params, null);
  }

  private static boolean isData(org.gradientlab.objective.Objective f) {
    Object base = f instanceof org.gradientlab.objective.RegularizedObjective reg ? reg.base() : f;
    return base instanceof org.gradientlab.objective.FiniteSumObjective;
  }

  private static Label label(String s, double size, FontWeight weight, Color color) {
    Label l = new Label(s);
    l.setFont(Font.font("DejaVu Sans", weight, size));
    l.setTextFill(color);
    l.setWrapText(true);
    l.setMaxWidth(WIDTH - 80);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut off
    return l;
  }
}
