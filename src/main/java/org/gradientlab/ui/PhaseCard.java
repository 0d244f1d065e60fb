package org.gradientlab.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One card of a step-by-step explanation, as the outer loop's phases are shown: a title, the
 * formula it evaluates, and what it found; the card of the step that runs next is highlighted.
 */
final class PhaseCard extends VBox {

  private final Label formula = new Label();
  private final Label result = new Label("—");

  PhaseCard(String id, String title, String formulaText) {
    super(2);
    Label t = new Label(title);
    t.getStyleClass().add("phase-title");
    t.setWrapText(true);
    formula.getStyleClass().add("phase-formula");
    formula.setWrapText(true);
    formula.setText(formulaText);
    result.getStyleClass().add("phase-result");
    result.setWrapText(true);
    result.setId(id + "-result");
    getChildren().addAll(t, formula, result);
    getStyleClass().add("phase-card");
    setPadding(new Insets(6, 8, 6, 8));
    setId(id);
  }

  void setFormula(String text) {
    formula.setText(text);
  }

  void setResult(String text) {
    result.setText(text);
  }

  String result() {
    return result.getText();
  }

  void setNext(boolean next) {
    getStyleClass().remove("phase-next");
    if (next) {
      getStyleClass().add("phase-next");
    }
  }
}
