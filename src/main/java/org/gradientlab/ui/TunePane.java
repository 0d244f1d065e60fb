package org.gradientlab.ui;

import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.gradientlab.format.Numbers;
import org.gradientlab.objective.Domain;
import org.gradientlab.plot.Viewport;
import org.gradientlab.run.LearningRateSweep;
import org.gradientlab.viewmodel.TuneModel;

/**
 * "Tune each": a button that sweeps η for every racing optimizer, the sweep curves f_N(η) (log η
 * across, f above its lowest value on a log scale up), each optimizer's best η marked with its
 * marker, the criterion in words, and "Apply" to race the tuned optimizers.
 */
final class TunePane extends VBox {

  private final TuneModel model;
  private final SweepPlot plot = new SweepPlot();
  private final Label criterion = new Label();

  TunePane(TuneModel model) {
    super(6);
    this.model = model;
    setId("tune-pane");
    Button tune = new Button("Tune each", Icons.of("mdi2t-tune"));
    tune.setId("tune-each");
    tune.setOnAction(e -> model.tune());
    tune.disableProperty().bind(model.progressProperty().lessThan(1));
    javafx.scene.control.Tooltip.install(tune, new javafx.scene.control.Tooltip(
        "Sweep η for each racing optimizer on this landscape, start and budget, and pick each one's best"));
    Button apply = new Button("Apply");
    apply.setId("tune-apply");
    apply.setOnAction(e -> model.apply());
    apply.disableProperty().bind(model.sweepProperty().isNull().or(model.progressProperty().lessThan(1)));
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.progressProperty().lessThan(1));
    progress.managedProperty().bind(progress.visibleProperty());
    tune.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    progress.setMaxWidth(Double.MAX_VALUE);
    HBox buttons = new HBox(6, tune, apply, progress);
    buttons.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(progress, javafx.scene.layout.Priority.ALWAYS);
    plot.setId("tune-plot");
    plot.setPrefHeight(150);
    plot.setMinHeight(150);
    criterion.setId("tune-criterion");
    criterion.getStyleClass().add("hint");
    criterion.setWrapText(true);
    Label error = new Label();
    error.getStyleClass().addAll("hint", "status-error");
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    getChildren().addAll(buttons, error);
    model.sweepProperty().addListener((o, a, s) -> show(s));
    show(model.sweepProperty().get());
  }

  private void show(TuneModel.Sweep s) {
    getChildren().removeAll(plot, criterion);
    if (s == null) {
      return;
    }
    StringBuilder best = new StringBuilder("Best by " + s.criterion() + ":");
    for (LearningRateSweep c : s.curves()) {
      best.append("  ").append(c.kind().label()).append(" η = ")
          .append(Double.isNaN(c.bestEta()) ? "none (every η diverged)" : Numbers.compact(c.bestEta()));
    }
    criterion.setText(best.toString());
    plot.show(s);
    getChildren().addAll(plot, criterion);
  }

  /** The sweep curves. */
  static final class SweepPlot extends CanvasPlot {
    private TuneModel.Sweep sweep;
    private Viewport viewport;

    void show(TuneModel.Sweep s) {
      sweep = s;
      requestRedraw();
    }

    /** Where the plot put its axes last time (for tests that look at the pixels). */
    Viewport viewport() {
      return viewport;
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h, PlotStyle s) {
      if (sweep == null || w < 40 || h < 40) {
        return;
      }
      double lowest = Double.POSITIVE_INFINITY;
      double highest = Double.NEGATIVE_INFINITY;
      for (LearningRateSweep c : sweep.curves()) {
        for (double v : c.finalValues()) {
          if (Double.isFinite(v)) {
            lowest = Math.min(lowest, v);
            highest = Math.max(highest, v);
          }
        }
      }
      if (!Double.isFinite(lowest)) {
        return;
      }
      double floor = 1e-12 * Math.max(1, Math.abs(lowest));
      double yTop = Math.log10(Math.max(highest - lowest, 10 * floor) + floor);
      double yBottom = Math.log10(floor);
      Domain d = new Domain(Math.log10(TuneModel.LOW), Math.log10(TuneModel.HIGH), yBottom, yTop + 0.3);
      viewport = new Viewport(d, 38, 6, w - 46, h - 30);
      AxesPainter.paintFrame(gc, viewport, s, "log₁₀ η", "", true);
      gc.setLineJoin(StrokeLineJoin.ROUND);
      for (LearningRateSweep c : sweep.curves()) {
        Color col = OptimizerColors.forStyle(c.kind(), s);
        gc.setStroke(col);
        gc.setLineWidth(s.lineWidth());
        boolean down = false;
        for (int i = 0; i < c.etas().length; i++) {
          double v = c.finalValues()[i];
          if (!Double.isFinite(v)) {
            down = false;
            continue;
          }
          double px = viewport.toPixelX(Math.log10(c.etas()[i]));
          double py = viewport.toPixelY(Math.log10(v - lowest + floor));
          if (!down) {
            gc.beginPath();
            gc.moveTo(px, py);
            down = true;
          } else {
            gc.lineTo(px, py);
            gc.stroke();
            gc.beginPath();
            gc.moveTo(px, py);
          }
        }
        if (c.best() >= 0) {
          MarkerShapes.current(gc, viewport.toPixelX(Math.log10(c.bestEta())),
              viewport.toPixelY(Math.log10(c.bestValue() - lowest + floor)), c.kind().style().marker(), col,
              s.scaled(0.7));
        }
      }
    }
  }
}
