package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gradientlab.format.Numbers;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.optimizer.OptimizerSettings;
import org.gradientlab.viewmodel.NetModel;

/**
 * One line per optimizer racing in the net workspace, in its catalog colour and marker: its own
 * hyperparameters, where its training stands (updates, epochs, loss, accuracy) and, with a
 * validation split, its validation loss and accuracy; "diverged" in red when its loss left the
 * numbers.
 */
final class RaceLines extends VBox {

  private final NetModel model;

  RaceLines(NetModel model) {
    this.model = model;
    setId("net-race-lines");
    setSpacing(2);
    model.snapshotsProperty().addListener((o, a, b) -> update());
    model.settingsProperty().addListener((o, a, b) -> update());
    update();
  }

  private void update() {
    List<Node> lines = new ArrayList<>();
    for (Map.Entry<OptimizerKind, TrainingSnapshot> e : model.snapshotsProperty().get().entrySet()) {
      OptimizerKind kind = e.getKey();
      Label text = new Label(text(kind, e.getValue(), model.settingsProperty().get()));
      text.setId("net-line-" + kind.label().toLowerCase(java.util.Locale.ROOT));
      text.getStyleClass().add("caption");
      text.setStyle("-fx-text-fill: " + OptimizerColors.css(OptimizerColors.of(kind)) + ";");
      if (e.getValue().diverged()) {
        text.getStyleClass().add("status-error");
      }
      text.setWrapText(true);
      text.setMaxWidth(Double.MAX_VALUE);
      HBox line = new HBox(6, MarkerShapes.node(kind, OptimizerColors.of(kind), 4.5), text);
      HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
      line.setAlignment(Pos.TOP_LEFT);
      lines.add(line);
    }
    getChildren().setAll(lines);
  }

  /** "Adam (η = 0.02, β₁ = 0.9 …): 200 updates = 1.4 epochs · loss 0.31 · accuracy 88 % · …". */
  static String text(OptimizerKind kind, TrainingSnapshot s, OptimizerSettings settings) {
    List<String> values = new ArrayList<>();
    for (Hyperparameter h : kind.hyperparameters()) {
      if (h.applies() == Hyperparameter.Applies.ALWAYS) {
        values.add(h.symbol() + " = " + Numbers.compact(settings.value(kind, h.key())));
      }
    }
    String head = kind.label() + " (" + String.join(", ", values) + ")";
    if (s.diverged()) {
      return head + ": diverged after " + s.updates() + " updates — lower its η";
    }
    String line = head + ": " + s.updates() + " updates = " + Numbers.compact(Math.round(s.epochs() * 10) / 10.0)
        + " epochs · loss " + Numbers.compact(s.loss()) + " · accuracy " + percent(s.accuracy());
    if (!Double.isNaN(s.validationLoss())) {
      line += " · validation loss " + Numbers.compact(s.validationLoss()) + ", accuracy "
          + percent(s.validationAccuracy());
    }
    return line;
  }

  private static String percent(double fraction) {
    return Numbers.compact(Math.round(fraction * 1000) / 10.0) + " %";
  }
}
