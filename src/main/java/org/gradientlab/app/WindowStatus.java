package org.gradientlab.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.StatusBar;
import org.gradientlab.ui.Icons;

/**
 * The window's status bar (ControlsFX {@link StatusBar}): the last message on the left, a progress
 * bar while a workspace computes in the background, and on the right a warning button that
 * appears once something went wrong. The button says how many problems there were and opens a
 * popover with the latest ones, where the log file is, and a button that opens its folder.
 */
final class WindowStatus extends StatusBar {

  /** Problems kept for the popover; the log has them all. */
  static final int KEPT = 20;

  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObjectProperty<Path> logFile = new SimpleObjectProperty<>();
  private final Button problemsButton = new Button();
  private static final System.Logger LOG = System.getLogger(WindowStatus.class.getName());
  /** Until the app gives one (tests, the command line), opening a folder only says which. */
  private Consumer<Path> opener = p -> LOG.log(System.Logger.Level.INFO, "open folder " + p);
  private PopOver popOver;

  WindowStatus() {
    setId("status-bar");
    setFocusTraversable(false); // its problems button is the stop
    setText("");
    problemsButton.setId("status-problems");
    problemsButton.getStyleClass().add("status-problems");
    problemsButton.setGraphic(Icons.of("mdi2a-alert-outline"));
    problemsButton.textProperty().bind(Bindings.createStringBinding(() -> problems.size() == 1
        ? "1 problem — see the log" : problems.size() + " problems — see the log", problems));
    problemsButton.accessibleTextProperty().bind(Bindings.createStringBinding(() ->
        problems.size() + " problems; the log is " + where(), problems, logFile));
    problemsButton.visibleProperty().bind(Bindings.isNotEmpty(problems));
    problemsButton.managedProperty().bind(problemsButton.visibleProperty());
    problemsButton.setOnAction(e -> showProblems());
    getRightItems().add(problemsButton);
  }

  /** Where "Open log folder" opens folders (the desktop's file manager in the app). */
  void setOpener(Consumer<Path> opener) {
    this.opener = opener;
  }

  ObjectProperty<Path> logFileProperty() {
    return logFile;
  }

  /** A message for the user, e.g. "Saved …"; replaces the last one. */
  void message(String text) {
    setText(text == null ? "" : text);
  }

  /** Something went wrong: counted, kept for the popover, and said on the left as well. */
  void problem(String text) {
    problems.add(text);
    if (problems.size() > KEPT) {
      problems.remove(0);
    }
    message(text + " (details in " + where() + ")");
  }

  ObservableList<String> problems() {
    return problems;
  }

  private String where() {
    return logFile.get() == null ? "the console: this run writes no log file" : logFile.get().toString();
  }

  private void showProblems() {
    if (popOver != null && popOver.isShowing()) {
      popOver.hide();
      return;
    }
    ListView<String> list = new ListView<>(problems);
    list.setId("status-problem-list");
    list.setPrefSize(520, 180);
    list.setAccessibleText("problems so far");
    Label log = new Label("Log: " + where());
    log.setWrapText(true);
    log.setId("status-log-path");
    Button open = new Button("Open log folder", Icons.of("mdi2f-folder-open-outline"));
    open.setId("status-open-log");
    open.setDisable(logFile.get() == null);
    open.setOnAction(e -> opener.accept(logFile.get().getParent()));
    VBox box = new VBox(8, list, log, open);
    box.setPadding(new Insets(10));
    popOver = new PopOver(box);
    popOver.setTitle("What went wrong");
    popOver.setHeaderAlwaysVisible(true);
    popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
    popOver.show(problemsButton);
  }
}
