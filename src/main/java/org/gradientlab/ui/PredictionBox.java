package org.gradientlab.ui;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.gradientlab.format.Numbers;
import org.gradientlab.lesson.Prediction;
import org.gradientlab.math.Point;
import org.gradientlab.viewmodel.PredictionModel;

/**
 * A lesson step's prediction: the question, the way to answer it (a number field, one button per
 * option, a point clicked on the landscape, η set on the slider), hints on request and, once
 * answered, the feedback in green or red with the lesson's why line. Built once per panel; it
 * shows whatever the model asks.
 */
final class PredictionBox extends VBox {

  private final PredictionModel model;
  private final Supplier<Double> fontSize;
  private final Supplier<Color> textColor;
  private final DoubleSupplier slider;
  private final VBox hints = new VBox(4);
  private final Label feedback = new Label();
  private final VBox why = new VBox();
  private final Button hint = new Button("Hint", Icons.of("mdi2l-lightbulb-outline"));

  /**
   * @param slider the η the slider shows now (the model's own, read when the box redraws its
   *     slider line)
   */
  PredictionBox(PredictionModel model, Supplier<Double> fontSize, Supplier<Color> textColor,
      javafx.beans.value.ObservableValue<?> sliderChanges, DoubleSupplier slider) {
    this.model = model;
    this.fontSize = fontSize;
    this.textColor = textColor;
    this.slider = slider;
    setId("step-prediction");
    getStyleClass().addAll("lesson-question", "lesson-prediction");
    setSpacing(6);
    hints.setId("prediction-hints");
    feedback.setId("prediction-feedback");
    feedback.setWrapText(true);
    why.setId("prediction-why");
    hint.setId("prediction-hint");
    hint.setOnAction(e -> model.showHint());
    model.predictionProperty().addListener((o, a, b) -> rebuild());
    model.hintsShownProperty().addListener((o, a, b) -> showHints());
    model.feedbackProperty().addListener((o, a, b) -> showFeedback());
    model.expectedProperty().addListener((o, a, b) -> showFeedback());
    model.pickedProperty().addListener((o, a, b) -> rebuild());
    sliderChanges.addListener((o, a, b) -> {
      if (sliderLine != null) {
        sliderLine.setText(sliderText());
      }
    });
    rebuild();
  }

  private Label sliderLine;

  /** Everything again: a new prediction, a new theme or size. */
  void rebuild() {
    getChildren().clear();
    sliderLine = null;
    Prediction p = model.predictionProperty().get();
    setVisible(p != null);
    setManaged(p != null);
    if (p == null) {
      return;
    }
    Label title = new Label("Predict first", Icons.of("mdi2h-head-question-outline"));
    title.getStyleClass().add("lesson-question-title");
    getChildren().addAll(title, new MarkdownView(p.question(), fontSize.get(), textColor.get()), answerRow(p),
        hintRow(p), hints, feedback, why);
    showHints();
    showFeedback();
  }

  private javafx.scene.Node answerRow(Prediction p) {
    Button answer = new Button("Answer", Icons.of("mdi2c-check"));
    answer.setId("prediction-answer");
    answer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    switch (p.kind()) {
      case NUMBER -> {
        TextField field = new TextField();
        field.setId("prediction-input");
        field.setPromptText("your number");
        field.setAccessibleText("your prediction, a number");
        field.setPrefColumnCount(8);
        field.setOnAction(e -> model.answerNumber(field.getText()));
        answer.setOnAction(e -> model.answerNumber(field.getText()));
        HBox row = new HBox(6, field, answer);
        HBox.setHgrow(field, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
      }
      case CHOICE -> {
        FlowPane row = new FlowPane(6, 6);
        row.setId("prediction-options");
        for (int i = 0; i < p.options().size(); i++) {
          String o = p.options().get(i);
          Button b = new Button(o);
          b.setId("prediction-option-" + i);
          b.setOnAction(e -> model.answerChoice(o));
          row.getChildren().add(b);
        }
        return row;
      }
      case POINT -> {
        Point at = model.pickedProperty().get();
        Label picked = new Label(at == null ? "Click on the landscape where you expect it."
            : "Your point: (" + Numbers.compact(at.x()) + ", " + Numbers.compact(at.y()) + ")");
        picked.setId("prediction-picked");
        picked.setWrapText(true);
        answer.setOnAction(e -> model.answerPoint());
        answer.setDisable(at == null);
        HBox row = new HBox(6, picked, answer);
        HBox.setHgrow(picked, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
      }
      default -> {
        sliderLine = new Label(sliderText());
        sliderLine.setId("prediction-slider");
        sliderLine.setWrapText(true);
        answer.setOnAction(e -> model.answerSlider());
        HBox row = new HBox(6, sliderLine, answer);
        HBox.setHgrow(sliderLine, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
      }
    }
  }

  private String sliderText() {
    return "Set η with the slider on the left: η = " + Numbers.compact(slider.getAsDouble());
  }

  private HBox hintRow(Prediction p) {
    hint.textProperty().bind(Bindings.createStringBinding(() -> {
      int left = p.hints().size() - model.hintsShownProperty().get();
      return left <= 0 ? "No more hints" : "Hint (" + left + " left)";
    }, model.hintsShownProperty()));
    hint.disableProperty().bind(model.hintsShownProperty().greaterThanOrEqualTo(p.hints().size()));
    HBox row = new HBox(hint);
    row.setVisible(!p.hints().isEmpty());
    row.setManaged(!p.hints().isEmpty());
    return row;
  }

  private void showHints() {
    hints.getChildren().clear();
    Prediction p = model.predictionProperty().get();
    if (p == null) {
      return;
    }
    for (int i = 0; i < Math.min(model.hintsShownProperty().get(), p.hints().size()); i++) {
      MarkdownView h = new MarkdownView("*Hint " + (i + 1) + ":* " + p.hints().get(i), fontSize.get(), textColor.get());
      h.setId("prediction-hint-" + (i + 1));
      hints.getChildren().add(h);
    }
  }

  private void showFeedback() {
    Prediction.Feedback f = model.feedbackProperty().get();
    feedback.getStyleClass().removeAll("prediction-right", "prediction-wrong");
    why.getChildren().clear();
    Prediction p = model.predictionProperty().get();
    if (f == null) {
      boolean waiting = p != null && model.expectedProperty().get() == null;
      feedback.setText(waiting ? "The engine is working out the answer…" : "The run is hidden until you answer.");
      feedback.setGraphic(null);
      feedback.setStyle("");
      feedback.getStyleClass().add("hint");
      return;
    }
    feedback.getStyleClass().remove("hint");
    feedback.setText(f.text());
    feedback.setStyle("-fx-font-size: " + Math.round(fontSize.get() * 0.93) + "px");
    feedback.getStyleClass().add(f.right() ? "prediction-right" : "prediction-wrong");
    feedback.setGraphic(Icons.of(f.right() ? "mdi2c-check-circle-outline" : "mdi2c-close-circle-outline"));
    if (p != null && model.answeredProperty().get()) {
      MarkdownView w = new MarkdownView("*Why:* " + p.why(), fontSize.get(), textColor.get());
      why.getChildren().add(w);
    }
  }
}
