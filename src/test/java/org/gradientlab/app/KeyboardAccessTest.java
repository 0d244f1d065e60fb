package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.scene.Workspace;
import org.gradientlab.optimizer.Momentum;
import org.gradientlab.ui.NumberControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control is reached by Tab in reading order and says what it is and what it is set to, as a
 * screen reader asks (JavaFX accessible attributes); the keys that operate them do.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {

  private LabWindowFixture lab;
  private final AtomicInteger quits = new AtomicInteger();

  @Start
  void start(Stage stage) {
    lab = new LabWindowFixture(stage, Path.of("lessons"));
    lab.window.setNotifications(false);
    lab.window.setQuit(quits::incrementAndGet);
  }

  @Test
  void tabWalksTheLabInReadingOrderAndEveryStopHasANameAndValue(FxRobot robot) throws Exception {
    walkAndCheck(robot, Workspace.LAB);
  }

  @Test
  void tabWalksTheNeuralNetWorkspaceInReadingOrder(FxRobot robot) throws Exception {
    walkAndCheck(robot, Workspace.NETS);
  }

  @Test
  void tabWalksTheHypergradientWorkspaceInReadingOrder(FxRobot robot) throws Exception {
    walkAndCheck(robot, Workspace.HYPER);
  }

  @Test
  void tabWalksTheOpenLessonsPanelAfterTheWorkspace(FxRobot robot) throws Exception {
    robot.interact(() -> lab.window.showLessons(true));
    List<Node> stops = walkAndCheck(robot, Workspace.LAB);
    int list = indexOf(stops, "lesson-list");
    assertThat(list).as("the lesson list is a stop").isPositive();
    assertThat(indexOf(stops, "eta")).isLessThan(list);
  }

  @Test
  void theLearningRateSliderSaysItsNameAndValueAndArrowKeysMoveIt(FxRobot robot) throws Exception {
    NumberControl eta = robot.lookup("#eta").queryAs(NumberControl.class);
    Slider slider = eta.slider();
    assertThat(fx(() -> slider.queryAccessibleAttribute(AccessibleAttribute.TEXT))).isEqualTo("learning rate η");
    assertThat(fx(() -> slider.queryAccessibleAttribute(AccessibleAttribute.VALUE))).isEqualTo(0.1);
    assertThat(fx(() -> slider.queryAccessibleAttribute(AccessibleAttribute.ROLE))).isEqualTo(AccessibleRole.SLIDER);
    robot.interact(slider::requestFocus);
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    double eta1 = lab.model.etaProperty().get();
    assertThat(eta1).as("Right moves the focused slider, not the playback").isGreaterThan(0.1);
    assertThat(fx(() -> slider.queryAccessibleAttribute(AccessibleAttribute.VALUE))).isEqualTo(eta1);
    assertThat(lab.model.playback().getFrame()).isEqualTo(lab.model.playback().lastFrameProperty().get());
  }

  @Test
  void f1ShowsAControlsHelpInAPopover(FxRobot robot) throws Exception {
    NumberControl eta = robot.lookup("#eta").queryAs(NumberControl.class);
    robot.interact(() -> eta.field().requestFocus());
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(eta.helpPopOver()).isNotNull();
    assertThat(eta.helpText()).contains("Step size").contains("2/L");
    Label text = (Label) eta.helpPopOver().getContentNode().lookup(".help-text");
    assertThat(text.getText()).isEqualTo(eta.helpText());
    assertThat(fx(() -> eta.slider().queryAccessibleAttribute(AccessibleAttribute.HELP))).isEqualTo(eta.helpText());
  }

  @Test
  void spaceOnAFocusedRaceTogglePressesItAndTypedNumbersMoveTheStart(FxRobot robot) throws Exception {
    Node momentum = robot.lookup("#toggle-momentum").query();
    robot.interact(momentum::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lab.model.racing()).contains(Momentum.KIND);
    assertThat(lab.model.playback().isPlaying()).isFalse();

    javafx.scene.control.TextField x = robot.lookup("#start-x").queryAs(javafx.scene.control.TextField.class);
    robot.interact(x::requestFocus);
    robot.interact(x::selectAll);
    robot.write("0.5").type(KeyCode.ENTER);
    LabWindowFixture.await(() -> lab.model.startProperty().get().x() == 0.5);

    Node arrow = robot.lookup("#gradient-arrow").query();
    robot.interact(arrow::requestFocus);
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lab.window.lab().landscapeView().showGradientProperty().get()).isTrue();
    assertThat(fx(() -> arrow.queryAccessibleAttribute(AccessibleAttribute.SELECTED))).isEqualTo(true);
  }

  @Test
  void arrowsMoveAlongTheWorkspaceButtonsAndSpaceSwitches(FxRobot robot) throws Exception {
    Node labButton = robot.lookup("#workspace-lab").query();
    robot.interact(labButton::requestFocus);
    robot.type(KeyCode.RIGHT);
    Node now = fx(() -> labButton.getScene().getFocusOwner());
    assertThat(now.getId()).isEqualTo("workspace-nets");
    robot.type(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lab.window.workspace()).isEqualTo(Workspace.NETS);
  }

  @Test
  void ctrlQQuits(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(quits.get()).isEqualTo(1);
  }

  // ---- the walk ---------------------------------------------------------------------------

  /**
   * Shows {@code w}, tabs from the first control of the top bar until the focus comes back, and
   * checks: every focusable control shown is a stop, exactly once; each says its name; the top
   * bar comes first, the workspace's side column top to bottom, the status bar last.
   */
  private List<Node> walkAndCheck(FxRobot robot, Workspace w) throws Exception {
    robot.interact(() -> lab.window.showWorkspace(w));
    WaitForAsyncUtils.waitForFxEvents();
    // A group of toggles is one stop (its selected one), as radio buttons are; arrows move inside.
    Node first = robot.lookup(switch (w) {
      case LAB -> "#workspace-lab";
      case NETS -> "#workspace-nets";
      case HYPER -> "#workspace-hyper";
    }).query();
    robot.interact(first::requestFocus);
    List<Node> stops = new ArrayList<>();
    stops.add(first);
    for (int i = 0; i < 400; i++) {
      robot.type(KeyCode.TAB);
      Node now = fx(() -> first.getScene().getFocusOwner());
      if (now == first) {
        break;
      }
      stops.add(now);
    }
    assertThat(stops).as("Tab comes back to where it started").hasSizeLessThan(400);
    assertThat(new LinkedHashSet<>(stops)).as("no control is visited twice").hasSameSizeAs(stops);

    Set<Node> focusable = fx(() -> {
      Set<Node> all = new LinkedHashSet<>();
      collectFocusable(first.getScene().getRoot(), all);
      return all;
    });
    assertThat(new LinkedHashSet<>(stops)).as("every focusable control is a Tab stop")
        .containsExactlyInAnyOrderElementsOf(focusable);

    List<String> unnamed = new ArrayList<>();
    for (Node n : stops) {
      String name = fx(() -> name(n));
      if (name == null || name.isBlank()) {
        unnamed.add(describe(n));
      }
      Object role = fx(() -> n.queryAccessibleAttribute(AccessibleAttribute.ROLE));
      assertThat(role).as("role of " + describe(n)).isNotIn(AccessibleRole.NODE, AccessibleRole.PARENT, null);
    }
    assertThat(unnamed).as("stops without an accessible name").isEmpty();

    Node bar = robot.lookup(".top-bar").query();
    Node status = robot.lookup("#status-bar").query();
    int lastInBar = -1;
    int firstOutside = stops.size();
    for (int i = 0; i < stops.size(); i++) {
      if (isInside(stops.get(i), bar)) {
        lastInBar = i;
      } else {
        firstOutside = Math.min(firstOutside, i);
      }
    }
    assertThat(lastInBar).as("the top bar comes first").isLessThan(firstOutside);
    for (int i = 0; i < stops.size(); i++) {
      if (isInside(stops.get(i), status)) {
        assertThat(stops.subList(i, stops.size())).allMatch(n -> isInside(n, status));
        break;
      }
    }
    // The workspace's controls column (on its left) comes before the rest of the workspace.
    Node workspace = fx(() -> lab.window.workspaceView());
    Node column = ((javafx.scene.layout.BorderPane) workspace).getLeft();
    int lastInColumn = -1;
    int firstElsewhere = stops.size();
    for (int i = 0; i < stops.size(); i++) {
      if (isInside(stops.get(i), column)) {
        lastInColumn = i;
      } else if (isInside(stops.get(i), workspace)) {
        firstElsewhere = Math.min(firstElsewhere, i);
      }
    }
    assertThat(lastInColumn).as("the controls column is walked before the plots' buttons").isPositive()
        .isLessThan(firstElsewhere);
    assertSideColumnTopToBottom(stops);
    return stops;
  }

  /** Within the workspace's scrolling side column, each stop is below (or beside) the one before. */
  private static void assertSideColumnTopToBottom(List<Node> stops) throws Exception {
    Node previous = null;
    double previousY = Double.NEGATIVE_INFINITY;
    for (Node n : stops) {
      ScrollPane column = fx(() -> enclosingScrollPane(n));
      if (column == null || !(column.getContent() instanceof Parent content)
          || column.getId() != null && column.getId().equals("lesson-scroll")) {
        continue;
      }
      double y = fx(() -> {
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        return b.getMinY();
      });
      assertThat(y).as(describe(n) + " comes after " + (previous == null ? "" : describe(previous)))
          .isGreaterThanOrEqualTo(previousY - 30);
      previous = n;
      previousY = y;
    }
  }

  private static ScrollPane enclosingScrollPane(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane s) {
        return s;
      }
    }
    return null;
  }

  private static void collectFocusable(Node n, Set<Node> out) {
    if (!n.isVisible() || n.isDisabled()) {
      return;
    }
    if (n instanceof Control && n.isFocusTraversable()) {
      if (!(n instanceof javafx.scene.control.Toggle t) || t.getToggleGroup() == null
          || t.getToggleGroup().getSelectedToggle() == null || t.isSelected()) {
        out.add(n);
      }
      return; // a focusable control's own parts are not stops of their own
    }
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collectFocusable(child, out);
      }
    }
    if (n instanceof ScrollPane s && s.getContent() != null) {
      collectFocusable(s.getContent(), out);
    }
  }

  /**
   * What a screen reader names the control by: its accessible text, else the label that labels it,
   * else (buttons, toggles, check boxes) its own text. A field, a choice, a list or a slider must be
   * named by the first two: their own text is their value.
   */
  static String name(Node n) {
    if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
      return n.getAccessibleText();
    }
    if (n.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) instanceof Label l) {
      return l.getText();
    }
    boolean valueText = n instanceof TextInputControl || n instanceof ComboBoxBase<?>
        || n instanceof javafx.scene.control.ChoiceBox<?> || n instanceof ListView<?> || n instanceof Slider;
    Object text = n.queryAccessibleAttribute(AccessibleAttribute.TEXT);
    return valueText || text == null ? null : text.toString();
  }

  private static boolean isInside(Node n, Node ancestor) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(List<Node> stops, String id) {
    for (int i = 0; i < stops.size(); i++) {
      if (id.equals(stops.get(i).getId())) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(Node n) {
    return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
        + (n.getParent() != null && n.getParent().getId() != null ? " in #" + n.getParent().getId() : "");
  }

  private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }
}
