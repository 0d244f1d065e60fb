package org.gradientlab.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.landscape.TextProblem;

/**
 * A field for typing a formula. Every keystroke is checked: a valid formula is applied at once
 * (the landscape redraws while the student types); an invalid one is reported under the field,
 * which echoes the formula with the offending characters marked in red, while the last valid
 * function stays on screen.
 */
public final class FormulaField extends VBox {

  private final TextField field = new TextField();
  private final javafx.scene.text.TextFlow caret = new javafx.scene.text.TextFlow();
  private final Label message = new Label();

  public FormulaField(ParameterSpec spec, String value, Consumer<String> apply) {
    getStyleClass().add("formula-field");
    setSpacing(1);
    Font mono = Font.font("DejaVu Sans Mono", 13);
    field.setFont(mono);
    field.setText(value);
    field.setId("formula-text");
    caret.getStyleClass().add("formula-caret");
    caret.setId("formula-caret");
    message.getStyleClass().add("formula-message");
    message.setWrapText(true);
    message.setId("formula-message");
    Label label = new Label(spec.label());
    getChildren().addAll(label, field, caret, message);
    field.textProperty().addListener((o, a, text) -> {
      TextProblem p = spec.problem(text);
      if (p == null) {
        clear();
        apply.accept(text);
      } else {
        show(p);
      }
    });
    clear();
  }

  public TextField field() {
    return field;
  }

  /** Shows a warning (not an error) under the field, e.g. "f is undefined on 60 % …". */
  public void warn(String text) {
    if (!field.getStyleClass().contains("invalid")) {
      message.setText(text);
      message.getStyleClass().remove("error");
      message.setVisible(!text.isEmpty());
      message.setManaged(!text.isEmpty());
    }
  }

  private void show(TextProblem p) {
    if (!field.getStyleClass().contains("invalid")) {
      field.getStyleClass().add("invalid");
    }
    // The formula again, wrapped, with the problem span marked: readable however long it is.
    String text = field.getText();
    int from = Math.min(p.offset(), text.length());
    int to = Math.min(text.length(), from + p.length());
    javafx.scene.text.Text before = echo(text.substring(0, from), false);
    javafx.scene.text.Text bad = echo(to > from ? text.substring(from, to) : "␣", true);
    javafx.scene.text.Text after = echo(text.substring(to), false);
    caret.getChildren().setAll(before, bad, after);
    caret.setVisible(true);
    caret.setManaged(true);
    message.setText(p + " — the last valid formula stays on screen");
    if (!message.getStyleClass().contains("error")) {
      message.getStyleClass().add("error");
    }
    message.setVisible(true);
    message.setManaged(true);
  }

  private static javafx.scene.text.Text echo(String s, boolean marked) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(s);
    t.setFont(Font.font("DejaVu Sans Mono", marked ? javafx.scene.text.FontWeight.BOLD
        : javafx.scene.text.FontWeight.NORMAL, 12));
    t.getStyleClass().add(marked ? "formula-echo-marked" : "formula-echo");
    t.setUnderline(marked);
    return t;
  }

  /** The problem as the student sees it: the formula text with the bad span marked. */
  public String echoText() {
    StringBuilder b = new StringBuilder();
    for (javafx.scene.Node n : caret.getChildren()) {
      javafx.scene.text.Text t = (javafx.scene.text.Text) n;
      b.append(t.isUnderline() ? "[" + t.getText() + "]" : t.getText());
    }
    return b.toString();
  }

  private void clear() {
    field.getStyleClass().remove("invalid");
    caret.setVisible(false);
    caret.setManaged(false);
    message.setVisible(false);
    message.setManaged(false);
  }
}
