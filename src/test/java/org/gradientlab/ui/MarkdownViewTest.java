package org.gradientlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What lesson text puts on screen, read from the scene graph. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

  @Start
  void start(Stage stage) {
    stage.show();
  }

  private static MarkdownView view(FxRobot robot, String markdown) throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new MarkdownView(markdown, 15, Color.WHITE)).get();
  }

  private static String shownText(Node n) {
    StringBuilder b = new StringBuilder();
    collect(n, b);
    return b.toString();
  }

  private static void collect(Node n, StringBuilder b) {
    if (n instanceof Text t) {
      b.append(t.getText());
    } else if (n instanceof javafx.scene.control.Label l) {
      b.append(l.getText());
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, b);
      }
    }
  }

  private static int depth(Node n) {
    int max = 0;
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        max = Math.max(max, depth(c));
      }
    }
    return max + 1;
  }

  @Test
  void textThatLooksLikeAFormulaPlaceholderIsShownAsWritten(FxRobot robot) throws Exception {
    MarkdownView v = view(robot, "MATHSPAN99X and MATHSPAN0X beside $x^2$.");
    assertThat(v.formulas()).containsExactly("x^2");
    assertThat(shownText(v)).contains("MATHSPAN99X and MATHSPAN0X beside");
  }

  @Test
  void aListNestedDeeperThanTheBoundIsShownToTheBoundWithANote(FxRobot robot) throws Exception {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 800; i++) {
      list.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    MarkdownView v = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> view(robot, list.toString()));
    assertThat(depth(v)).isLessThan(4 * MarkdownView.MAX_NESTING + 10);
    assertThat(shownText(v)).contains("item 0").contains("nested too deep");
  }

  @Test
  void aFormulaTooDeepToTypesetShowsItsSourceInsteadOfFailing(FxRobot robot) throws Exception {
    MarkdownView v = view(robot, "before $" + "\\frac{1}{".repeat(800) + "x" + "}".repeat(800) + "$ after");
    assertThat(shownText(v)).contains("before").contains("after").contains("nested");
    List<Node> errors = new ArrayList<>(v.lookupAll(".formula-error"));
    assertThat(errors).hasSize(1);
  }
}
