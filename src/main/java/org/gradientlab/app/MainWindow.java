package org.gradientlab.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.gradientlab.format.Numbers;
import org.gradientlab.run.Trajectory;
import org.gradientlab.ui.CurveView;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LabResult;
import org.gradientlab.viewmodel.OutcomeText;

/** The main window's content: the landscape with the learning-rate control and the run's status. */
public final class MainWindow extends BorderPane {

  public MainWindow(LabModel model) {
    getStyleClass().add("main-window");
    CurveView curve = new CurveView();
    curve.setId("landscape");
    curve.resultProperty().bind(model.resultProperty());
    setCenter(curve);

    Slider eta = new Slider(0.01, 1.6, model.etaProperty().get());
    eta.setId("eta-slider");
    eta.valueProperty().bindBidirectional(model.etaProperty());
    HBox.setHgrow(eta, Priority.ALWAYS);
    TextField etaField = new TextField(Numbers.compact(model.etaProperty().get()));
    etaField.setId("eta-field");
    etaField.setPrefColumnCount(6);
    model.etaProperty().addListener(
        (o, a, b) -> {
          if (!etaField.isFocused()) {
            etaField.setText(Numbers.compact(b.doubleValue()));
          }
        });
    etaField.setOnAction(
        e -> {
          try {
            double v = Numbers.parse(etaField.getText());
            if (v > 0 && Double.isFinite(v)) {
              model.etaProperty().set(v);
              etaField.getStyleClass().remove("invalid");
              return;
            }
          } catch (NumberFormatException ignored) {
            // reported below
          }
          if (!etaField.getStyleClass().contains("invalid")) {
            etaField.getStyleClass().add("invalid");
          }
        });
    Label status = new Label();
    status.setId("status");
    status.getStyleClass().add("status");
    model.resultProperty().addListener((o, a, r) -> status.setText(describe(r)));
    if (model.getResult() != null) {
      status.setText(describe(model.getResult()));
    }
    HBox controls = new HBox(12, new Label("learning rate η"), eta, etaField, status);
    controls.setAlignment(Pos.CENTER_LEFT);
    controls.setPadding(new Insets(10, 16, 12, 16));
    controls.getStyleClass().add("controls");
    setBottom(controls);
  }

  private static String describe(LabResult r) {
    if (r == null || r.trajectories().isEmpty()) {
      return "";
    }
    Trajectory t = r.trajectories().get(0);
    return t.optimizer().kind().label() + ": " + OutcomeText.summary(t);
  }
}
