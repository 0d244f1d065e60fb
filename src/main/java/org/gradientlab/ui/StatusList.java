package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradientlab.objective.Domain;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.run.Trajectory;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.viewmodel.LabModel;

/**
 * One line per racing optimizer: its colour, its name and how its run ended ("converged in 12
 * steps · f = 3e-9", "diverging: steps grow ×2 per step from step 1 · …"), styled by outcome so
 * divergence reads red. While playback shows a run before its last step, its line says "running"
 * instead: that is the state of the view, not of the run.
 */
public final class StatusList extends VBox {

  private final LabModel model;
  private final Map<OptimizerKind, Line> lines = new HashMap<>();

  public StatusList(LabModel model) {
    this.model = model;
    getStyleClass().add("status-list");
    setSpacing(4);
    model.resultProperty().addListener((o, a, b) -> update());
    model.errorProperty().addListener((o, a, b) -> update());
    model.viewProperty().addListener((o, a, b) -> update());
    model.playback().frameProperty().addListener((o, a, b) -> update());
    model.playback().playingProperty().addListener((o, a, b) -> update());
    update();
  }

  private void update() {
    List<javafx.scene.Node> lines = new ArrayList<>();
    String error = model.errorProperty().get();
    if (!error.isEmpty()) {
      Label l = new Label(error);
      l.getStyleClass().addAll("status-line", "status-error");
      l.setWrapText(true);
      lines.add(l);
    }
    SceneResult r = model.getResult();
    if (r != null && r.trajectories().isEmpty()) {
      Label l = new Label("Choose at least one optimizer to race.");
      l.getStyleClass().add("status-line");
      lines.add(l);
    }
    if (r != null) {
      Domain view = model.viewProperty().get() != null ? model.viewProperty().get() : r.objective().domain();
      int frame = model.playback().getFrame();
      boolean playing = model.playback().isPlaying();
      // In a race of different learning rates each line says its own (the race is fair only so).
      boolean ownEta = r.trajectories().stream().map(t -> t.optimizer().learningRate()).distinct().count() > 1;
      for (Trajectory t : r.trajectories()) {
        Line line = this.lines.computeIfAbsent(t.optimizer().kind(), Line::new);
        String eta = ownEta ? "η = " + org.gradientlab.format.Numbers.compact(t.optimizer().learningRate()) + " · " : "";
        line.show(t, frame, playing, view, eta, epochs(r, t));
        lines.add(line.box);
      }
    }
    if (!getChildren().equals(lines)) {
      getChildren().setAll(lines);
    }
  }

  /**
   * On a data landscape, updates versus epochs: "· 200 updates = 40 epochs" (SGD uses batches of
   * b, every other optimizer the whole dataset per update).
   */
  private static String epochs(SceneResult r, Trajectory t) {
    if (!(org.gradientlab.objective.RegularizedObjective.baseOf(r.objective())
        instanceof org.gradientlab.objective.FiniteSumObjective data)) {
      return "";
    }
    int n = data.exampleCount();
    var sampling = t.optimizer().sampling();
    int b = sampling.stochastic() ? sampling.batchSize() : n;
    var schedule = new org.gradientlab.regression.BatchSchedule(n, b);
    int updates = t.lastStep();
    return "\n" + updates + " updates of " + schedule.batchSize() + " examples = "
        + org.gradientlab.format.Numbers.compact(schedule.epochs(updates)) + " epochs";
  }

  /** One optimizer's line, kept and updated in place while it races. */
  private static final class Line {
    final HBox box;
    final Label verdict = new Label();
    private String category = "";

    Line(OptimizerKind kind) {
      javafx.scene.shape.Shape dot = MarkerShapes.node(kind, OptimizerColors.of(kind), 6);
      Label name = new Label(kind.label());
      name.getStyleClass().add("status-name");
      name.setMinWidth(74);
      verdict.getStyleClass().add("status-verdict");
      verdict.setId("status-" + kind.label().toLowerCase(java.util.Locale.ROOT));
      verdict.setWrapText(true);
      verdict.setMinHeight(Region.USE_PREF_SIZE);
      box = new HBox(8, dot, name, verdict);
      HBox.setHgrow(verdict, Priority.ALWAYS);
      box.setAlignment(Pos.CENTER_LEFT);
      box.getStyleClass().add("status-line");
    }

    void show(Trajectory t, int frame, boolean playing, Domain view, String eta, String epochs) {
      boolean before = frame < t.lastStep();
      String note = t.optimizerStatus().isEmpty() ? "" : "\n" + t.optimizerStatus();
      verdict.setText(eta + (before ? OutcomeText.playback(t, frame, playing) : OutcomeText.summary(t, view))
          + epochs + note);
      String c = "status-" + (before ? "running" : OutcomeText.category(t.outcome()));
      if (!c.equals(category)) {
        verdict.getStyleClass().remove(category);
        verdict.getStyleClass().add(c);
        category = c;
      }
    }
  }
}
