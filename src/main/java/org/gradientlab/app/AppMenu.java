package org.gradientlab.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.gradientlab.app.session.SessionText;

/**
 * The window's menu: sessions as files (Open session…, Save session…), the lessons folder and the
 * log folder in the desktop's file manager, Reset to defaults, and Quit (Ctrl+Q: closes the window,
 * which stores the session, and the app ends cleanly).
 */
final class AppMenu {

  private final MainWindow window;

  AppMenu(MainWindow window) {
    this.window = window;
  }

  void fill(MenuButton menu) {
    MenuItem open = item("Open session or lesson…", "menu-open", "Shortcut+O", this::askOpen);
    MenuItem save = item("Save session…", "menu-save", "Shortcut+S", this::askSave);
    MenuItem lessons = item("Open lessons folder", "menu-lessons-folder", null, () -> {
      Path folder = window.lessons().folderProperty().get();
      if (folder != null) {
        window.openFolder(folder.toAbsolutePath());
      }
    });
    MenuItem log = item("Open log folder", "menu-log-folder", null, () -> {
      Path file = window.logFile();
      if (file != null) {
        window.openFolder(file.getParent());
      } else {
        window.message("This run writes no log file (it logs to the console)");
      }
    });
    MenuItem reset = item("Reset to defaults…", "menu-reset", null, this::askReset);
    MenuItem quit = item("Quit", "menu-quit", "Shortcut+Q", window::quit);
    menu.getItems().setAll(open, save, new SeparatorMenuItem(), lessons, log, new SeparatorMenuItem(),
        reset, new SeparatorMenuItem(), quit);
  }

  private static MenuItem item(String text, String id, String keys, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (keys != null) {
      item.setAccelerator(KeyCombination.keyCombination(keys));
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  private FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Gradient Lab session", "*" + SessionText.EXTENSION),
        new FileChooser.ExtensionFilter("Lesson (Markdown)", "*.md"));
    return chooser;
  }

  private void askOpen() {
    File f = chooser("Open a session or a lesson").showOpenDialog(window.getScene().getWindow());
    if (f != null) {
      window.openFile(f.toPath());
    }
  }

  private void askSave() {
    FileChooser chooser = chooser("Save the session");
    chooser.getExtensionFilters().remove(1);
    chooser.setInitialFileName("lecture" + SessionText.EXTENSION);
    File f = chooser.showSaveDialog(window.getScene().getWindow());
    if (f == null) {
      return;
    }
    Path file = f.toPath();
    if (!file.getFileName().toString().endsWith(SessionText.EXTENSION)) {
      file = file.resolveSibling(file.getFileName() + SessionText.EXTENSION);
    }
    try {
      window.saveSession(file);
    } catch (IOException e) {
      window.problem("Could not save the session to " + file + ": " + e.getMessage(), e);
    }
  }

  private void askReset() {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
        "Every workspace goes back to its first setup, the theme to dark, and no lesson stays open. "
            + "Save a session first to keep this one.", ButtonType.OK, ButtonType.CANCEL);
    confirm.setTitle("Reset to defaults");
    confirm.setHeaderText("Reset Gradient Lab to its defaults?");
    confirm.initOwner(window.getScene().getWindow());
    if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
      window.resetToDefaults();
    }
  }
}
