package org.gradientlab.ui;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.gradientlab.landscape.ParameterSpec;
import org.gradientlab.landscape.TextProblem;

/**
 * A field for typing a formula. Every keystroke is checked and a problem is reported at once under
 * the field, which echoes the formula with the offending characters marked in red. The formula is
 * applied only when the student presses Enter or pauses typing for {@link #DEFAULT_PAUSE}, and
 * only when the whole text parses: otherwise every valid prefix on the way (sin(x) on the way to
 * sin(x)*cos(y)) would replace the landscape for a moment. Until then the last applied formula
 * stays on screen.
 */
public final class FormulaField extends VBox {

  /** How long typing must pause before the text is applied (long enough to span a keystroke). */
  public static final Duration DEFAULT_PAUSE = Duration.millis(600);

  private final TextField field = new TextField();
  private final javafx.scene.text.TextFlow caret = new javafx.scene.text.TextFlow();
  private final Label message = new Label();
  private final ParameterSpec spec;
  private final Consumer<String> apply;
  private final PauseTransition pause = new PauseTransition(DEFAULT_PAUSE);
  private String applied;

  /**
   * @param value the text on screen now (already applied)
   * @param apply receives a text that parses, on Enter or after a pause, once per new text
   */
  public FormulaField(ParameterSpec spec, String value, Consumer<String> apply) {
    this.spec = spec;
    this.apply = apply;
    this.applied = value;
    getStyleClass().add("formula-field");
    setSpacing(1);
    Font mono = Font.font("DejaVu Sans Mono", 13);
    field.setFont(mono);
    field.setText(value);
    field.setId("formula-text");
    field.setTooltip(new Tooltip("Applied when you press Enter or stop typing for a moment"));
    caret.getStyleClass().add("formula-caret");
    caret.setId("formula-caret");
    message.getStyleClass().add("formula-message");
    message.setWrapText(true);
    message.setId("formula-message");
    Label label = new Label(spec.label());
    label.setLabelFor(field);
    getChildren().addAll(label, field, caret, message);
    field.textProperty().addListener((o, a, text) -> {
      check(text);
      pause.playFromStart();
    });
    pause.setOnFinished(e -> commit());
    field.setOnAction(e -> {
      pause.stop();
      commit();
    });
    // A field taken off the screen (another landscape chosen) applies nothing any more.
    sceneProperty().addListener((o, a, scene) -> {
      if (scene == null) {
        pause.stop();
      }
    });
    clear();
  }

  /** How long typing must pause before the text is applied; tests shorten or lengthen it. */
  public void setPause(Duration d) {
    pause.setDuration(d);
  }

  public Duration getPause() {
    return pause.getDuration();
  }

  /** The text last handed to the consumer: what the landscape shows. */
  public String applied() {
    return applied;
  }

  private void check(String text) {
    TextProblem p = spec.problem(text);
    if (p == null) {
      clear();
    } else {
      show(p);
    }
  }

  /** Applies the text if it parses and is new; an invalid text keeps its error on screen. */
  private void commit() {
    String text = field.getText();
    TextProblem p = spec.problem(text);
    if (p != null) {
      show(p);
      return;
    }
    if (getScene() == null || text.equals(applied)) {
      return;
    }
    applied = text;
    apply.accept(text);
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
    message.setText(p + " — the landscape keeps the last formula applied");
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
