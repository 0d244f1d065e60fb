package org.gradientlab.app;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gradientlab.app.session.SessionState;
import org.gradientlab.app.session.SessionStore;
import org.gradientlab.app.session.WindowPlacement;

/**
 * What the app remembers between runs: at start the last session (workspaces, theme, lesson and
 * step) and the window's size and place are brought back from a {@link SessionStore}; on close
 * they are stored again. A stored part that no longer reads is reported once in the status bar and
 * replaced by defaults: the store is rewritten at once with what was restored.
 */
final class Remembering {

  private final Stage stage;
  private final MainWindow window;
  private final SessionStore store;
  /** What was restored, while its lesson waits for the lessons to load; else null. */
  private SessionState session;
  private String restoredScene;

  Remembering(Stage stage, MainWindow window, SessionStore store) {
    this.stage = stage;
    this.window = window;
    this.store = store;
    window.setOnReset(this::forget);
  }

  /**
   * Brings back what was stored; before the stage is shown, so it opens where it was. With
   * {@code lessonsLater} the lessons are still loading: the open lesson and step come back in
   * {@link #lessonsLoaded}.
   */
  void restore(boolean lessonsLater) {
    SessionStore.Loaded loaded = store.load();
    session = loaded.session();
    List<String> problems = new java.util.ArrayList<>(loaded.problems());
    if (session != null) {
      problems.addAll(window.applySession(lessonsLater ? session.withoutLesson() : session));
      if (lessonsLater && session.lesson() != null) {
        window.showLessons(true);
      }
    }
    place(loaded.window());
    report(problems);
    if (!lessonsLater) {
      session = null;
    }
    restoredScene = window.captureSession().labScene();
  }

  void restore() {
    restore(false);
  }

  /** The lessons have loaded: the stored lesson opens at its step, over which the lab's scene goes. */
  void lessonsLoaded() {
    // Only if the user has not moved on meanwhile (opened a lesson, changed the lab).
    boolean untouched = window.lessons().currentProperty().get() == null
        && window.captureSession().labScene().equals(restoredScene);
    if (session != null && session.lesson() != null && untouched) {
      report(window.applyLesson(session));
    }
    session = null;
  }

  private void report(List<String> problems) {
    for (String p : problems) {
      window.problem(p, null);
    }
    if (!problems.isEmpty()) {
      save();
    }
  }

  /** Stores the session on screen and the window's placement. */
  void save() {
    store.save(window.captureSession(), placement());
  }

  /** After Reset to defaults: nothing stored, the window at its first size in the middle. */
  private void forget() {
    store.clear();
    stage.setMaximized(false);
    stage.setWidth(GradientLabApp.WIDTH);
    stage.setHeight(GradientLabApp.HEIGHT);
    stage.centerOnScreen();
  }

  WindowPlacement placement() {
    return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
        stage.isMaximized());
  }

  /** Puts the stage where {@code p} says if that is still on a screen; else leaves the default. */
  private void place(WindowPlacement p) {
    if (p == null) {
      return;
    }
    List<Screen> screens = Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height());
    if (screens.isEmpty()) {
      return;
    }
    Rectangle2D room = screens.get(0).getVisualBounds();
    stage.setX(p.x());
    stage.setY(p.y());
    stage.setWidth(Math.min(p.width(), room.getWidth()));
    stage.setHeight(Math.min(p.height(), room.getHeight()));
    stage.setMaximized(p.maximized());
  }
}
