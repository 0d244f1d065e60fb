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

  /** Lesson 4's Adam rule: as wide as the panel is narrow. */
  static final String ADAM = "$$\\theta_{k+1} = \\theta_k - \\eta\\,\\frac{m_k/(1-\\beta_1^k)}{\\epsilon + "
      + "\\sqrt{s_k/(1-\\beta_2^k)}}\\qquad\\text{(bias-corrected averages)}$$";
  /** Lesson 7's first equation: three equations side by side. */
  static final String RIDGE = "$$f_\\lambda(\\theta) = f(\\theta) + \\frac{\\lambda}{2}\\,\\|\\theta\\|^2, \\qquad "
      + "\\nabla f_\\lambda = \\nabla f + \\lambda\\theta, \\qquad \\nabla^2 f_\\lambda = \\nabla^2 f + \\lambda I,$$";

  /** The display formula of {@code markdown} laid out {@code width} wide in present-mode size. */
  private static MarkdownView.FittedFormula laidOut(String markdown, double width) throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
      MarkdownView v = new MarkdownView(markdown, 20.25, Color.WHITE);
      javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(v);
      box.setPrefWidth(width);
      box.setMaxWidth(width);
      new javafx.scene.Scene(box, width, 900);
      box.applyCss();
      box.layout();
      return (MarkdownView.FittedFormula) v.getChildren().get(0);
    }).get();
  }

  /** The smallest shrink among the lines shown: displayed height ÷ typeset height. */
  private static double smallestShrink(MarkdownView.FittedFormula f) {
    return f.shownLines().stream().mapToDouble(v -> v.getFitHeight() / v.getImage().getHeight()
        * Math.max(1, Math.round(javafx.stage.Screen.getPrimary().getOutputScaleX())))
        .min().orElseThrow();
  }

  @Test
  void wideDisplayFormulasBreakAtTheirEquationsAndRelationsInsteadOfShrinkingBelowTheBodyText()
      throws Exception {
    double bodySize = 1 / MarkdownView.DISPLAY_SIZE; // the shrink at which a display formula is body size
    MarkdownView.FittedFormula wide = laidOut(RIDGE, 2400);
    assertThat(wide.shownLines()).hasSize(1);
    assertThat(smallestShrink(wide)).isEqualTo(1, org.assertj.core.api.Assertions.within(1e-9));
    for (String formula : new String[] {RIDGE, ADAM}) {
      MarkdownView.FittedFormula narrow = laidOut(formula, 380);
      assertThat(narrow.shownLines()).as(formula).hasSizeGreaterThan(1);
      assertThat(smallestShrink(narrow)).as(formula).isGreaterThanOrEqualTo(bodySize - 1e-9);
      // every line within the panel, none scrolling
      assertThat(narrow.scrolls(380)).isFalse();
      for (javafx.scene.image.ImageView line : narrow.shownLines()) {
        assertThat(line.getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(-0.5);
        assertThat(line.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(380.5);
      }
    }
    // Narrower than any line: the formula keeps the body size and scrolls sideways.
    MarkdownView.FittedFormula tiny = laidOut(ADAM, 120);
    assertThat(smallestShrink(tiny)).isGreaterThanOrEqualTo(bodySize - 1e-9);
    assertThat(tiny.scrolls(120)).isTrue();
    assertThat(tiny.getChildrenUnmodifiable()).anyMatch(n -> n instanceof javafx.scene.control.ScrollBar && n.isVisible());
  }
}
