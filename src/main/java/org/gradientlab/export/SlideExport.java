package org.gradientlab.export;

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
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import org.gradientlab.format.Numbers;
import org.gradientlab.format.OutcomeText;
import org.gradientlab.plot.Heatmap;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.Hyperparameters;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LandscapeView;
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

  /** The hyperparameters of the optimizers in the race, so a slide says what produced it. */
  private static String racingSettings(java.util.List<org.gradientlab.optimizer.OptimizerKind> racing,
      Hyperparameters h, boolean data) {
    StringBuilder b = new StringBuilder();
    if (racing.contains(org.gradientlab.optimizer.OptimizerKind.MOMENTUM)
        || racing.contains(org.gradientlab.optimizer.OptimizerKind.NESTEROV)) {
      b.append(",  α = ").append(Numbers.compact(h.alpha()));
    }
    if (racing.contains(org.gradientlab.optimizer.OptimizerKind.RMSPROP)) {
      b.append(",  ρ = ").append(Numbers.compact(h.rho()));
    }
    if (racing.contains(org.gradientlab.optimizer.OptimizerKind.ADAM)) {
      b.append(",  β₁ = ").append(Numbers.compact(h.beta1())).append(",  β₂ = ").append(Numbers.compact(h.beta2()));
    }
    if (racing.contains(org.gradientlab.optimizer.OptimizerKind.SGD)) {
      b.append(",  SGD ").append(data ? "batch " + h.batchSize() : "σ = " + Numbers.compact(h.sigma()));
    }
    return b.toString();
  }

  private static WritableImage compose(LabView lab, String title, WritableImage plot, double scale) {
    PlotStyle s = lab.plotStyleProperty().get();
    SceneResult r = lab.result();
    Color text = s.text();
    Label heading = label(title != null ? title : r.objective().name(), 40, FontWeight.BOLD, text);
    Hyperparameters h = r.scene().hyperparameters();
    String settings = r.objective().formula() + "     η = " + Numbers.compact(h.eta())
        + (h.lambda() > 0 ? ",  λ = " + Numbers.compact(h.lambda()) : "")
        + racingSettings(r.scene().optimizers(), h,
            r.objective() instanceof org.gradientlab.objective.FiniteSumObjective)
        + ",  " + r.scene().steps() + " steps";
    Label sub = label(settings, 22, FontWeight.NORMAL, text.deriveColor(0, 1, 1, 0.85));
    ImageView image = new ImageView(plot);
    image.setFitWidth(plot.getWidth() / scale);
    image.setFitHeight(plot.getHeight() / scale);
    FlowPane legend = new FlowPane(28, 8);
    for (Trajectory t : r.trajectories()) {
      Circle dot = new Circle(9, OptimizerColors.forStyle(t.optimizer().kind(), s));
      Label name = label(t.optimizer().kind().label() + ": " + OutcomeText.summary(t), 22,
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
    slide.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(s.background());
    return slide.snapshot(params, null);
  }

  private static Label label(String s, double size, FontWeight weight, Color color) {
    Label l = new Label(s);
    l.setFont(Font.font("DejaVu Sans", weight, size));
    l.setTextFill(color);
    l.setWrapText(true);
    l.setMaxWidth(WIDTH - 80);
    return l;
  }
}
