package org.gradientlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.gradientlab.app.session.SessionStore;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonWriter;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceRunner;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LessonsModel;
import org.gradientlab.viewmodel.WorkspacesModel;

/**
 * The desktop application: one window with the three workspaces and the lessons beside them. At
 * start it opens the log in the user's folder, fills the user's lessons folder from the shipped
 * lessons when it runs installed ({@link LessonsLocation}), and brings back the last session;
 * closing the window (or Quit, Ctrl+Q) stores it again and ends the app cleanly.
 */
public final class GradientLabApp extends Application {

  public static final String TITLE = "Gradient Lab";
  public static final double WIDTH = 1400;
  public static final double HEIGHT = 900;
  /** System property naming the lessons folder (see {@link LessonsLocation}). */
  public static final String LESSONS_PROPERTY = LessonsLocation.LESSONS_PROPERTY;
  /**
   * Environment variable naming a file that gets the wall-clock time (ms since the epoch) of the
   * first frame: how the start-up benchmark sees the window appear (the image's launcher passes no
   * Java options, so this is not a system property).
   */
  public static final String FIRST_FRAME_VARIABLE = "GRADIENTLAB_FIRST_FRAME";

  private static final System.Logger LOG = System.getLogger(GradientLabApp.class.getName());

  private AppLog log;

  @Override
  public void start(Stage stage) {
    long toolkitReady = sinceProcessStart();
    List<String> early = new ArrayList<>();
    UserFolders user = UserFolders.current();
    MainWindow[] shown = new MainWindow[1];
    try {
      log = AppLog.install(user.logs(), r -> Platform.runLater(() -> {
        if (shown[0] != null) {
          shown[0].loggedProblem(summary(r));
        }
      }));
    } catch (IOException e) {
      early.add("No log file: " + e.getMessage());
    }
    LessonsLocation where = LessonsLocation.current(lessonsOption(getParameters().getRaw()));
    String seeded = where.installed() && where.source() == LessonsLocation.Source.USER ? seed(where, user, early) : "";

    long beforeWindow = sinceProcessStart();
    MainWindow window = createWindow(null);
    long windowBuilt = sinceProcessStart();
    shown[0] = window;
    if (log != null) {
      window.reportLoggedProblems(log.file());
    }
    window.setOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
    window.setQuit(stage::close);
    window.lessonPanel().setFolderNote(where.source().description());
    stage.setTitle(TITLE);
    stage.getIcons().add(new Image(Assets.icon()));
    // A portable folder keeps what the app remembers beside the lessons; else the system's store.
    Remembering remembering = new Remembering(stage, window, new SessionStore(UserFolders.portable()
        ? new org.gradientlab.app.session.FilePreferences(user.settings()) : SessionStore.userNode()));
    // The lessons' progress is the student's, kept apart from the session: Reset to defaults keeps it.
    window.lessons().useProgress(new org.gradientlab.lesson.LessonProgress(UserFolders.portable()
        ? new org.gradientlab.app.session.FilePreferences(user.progress()) : progressNode()));
    // Restored before the scene exists, so that its styles are worked out once, in the right theme.
    remembering.restore(true);
    stage.setScene(scene(window));
    // The lessons load on a worker (their formulas are typeset to check them, which takes a second
    // the first time): the first frame does not wait, and the open lesson comes back after.
    if (Files.isDirectory(where.folder())) {
      window.lessons().loadFolderLater(where.folder(), remembering::lessonsLoaded);
    }
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remembering.save());
    stage.setOnHidden(e -> window.dispose());
    stage.show();
    if (!seeded.isEmpty()) {
      window.message(seeded);
    }
    for (String problem : early) {
      window.problem(problem, null);
    }
    LOG.log(System.Logger.Level.INFO, "start-up, ms since the process started: JavaFX ready " + toolkitReady
        + ", log and lessons folder " + beforeWindow + ", window built " + windowBuilt
        + ", session restored and shown " + sinceProcessStart());
    reportFirstFrame();
  }

  /** The current user's node for the lessons' progress, beside the session's. */
  private static java.util.prefs.Preferences progressNode() {
    return java.util.prefs.Preferences.userRoot().node("org/gradientlab/progress");
  }

  private static long sinceProcessStart() {
    return ProcessHandle.current().info().startInstant()
        .map(t -> System.currentTimeMillis() - t.toEpochMilli()).orElse(-1L);
  }

  @Override
  public void stop() {
    LOG.log(System.Logger.Level.INFO, "Gradient Lab closed");
    if (log != null) {
      log.close();
    }
  }

  /** Copies what is new among the shipped lessons into the user's folder; what happened, in words. */
  private static String seed(LessonsLocation where, UserFolders user, List<String> problems) {
    try {
      ShippedLessons.Report r = ShippedLessons.seed(where.shipped(), where.folder(), user.shippedRecord());
      if (!r.message().isEmpty()) {
        LOG.log(System.Logger.Level.INFO, r.message());
      }
      return r.message();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not copy the shipped lessons", e);
      problems.add("Could not copy the shipped lessons to " + where.folder() + ": " + e.getMessage());
      return "";
    }
  }

  /** The value of {@code --lessons DIR} (or {@code --lessons=DIR}) among the app's arguments, else null. */
  static String lessonsOption(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--lessons") && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (a.startsWith("--lessons=")) {
        return a.substring("--lessons=".length());
      }
    }
    return null;
  }

  private static String summary(LogRecord r) {
    String m = r.getMessage() == null ? "" : r.getMessage();
    if (r.getThrown() != null && r.getThrown().getMessage() != null && !m.contains(r.getThrown().getMessage())) {
      m += ": " + r.getThrown().getMessage();
    }
    return m;
  }

  /**
   * Logs how long after the process started the first frame was drawn (two pulses after the stage
   * is shown: the first lays it out and renders it), and writes that moment to the file named by
   * {@value #FIRST_FRAME_VARIABLE} if it is set.
   */
  private static void reportFirstFrame() {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses < 2) {
          return;
        }
        stop();
        long at = System.currentTimeMillis();
        ProcessHandle.current().info().startInstant().ifPresent(t -> LOG.log(System.Logger.Level.INFO,
            "first frame " + (at - t.toEpochMilli()) + " ms after the process started"));
        String file = System.getenv(FIRST_FRAME_VARIABLE);
        if (file != null) {
          try {
            Files.writeString(Path.of(file), Long.toString(at), StandardCharsets.UTF_8);
          } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not write " + file, e);
          }
        }
      }
    }.start();
  }

  /** The whole window, wired: lab, lessons of {@code lessonsFolder} (may be null), display. */
  public static MainWindow createWindow(Path lessonsFolder) {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    SceneCodec codec = new SceneCodec(catalog);
    // The one place the app's background threads and the FX thread are chosen.
    Background background = Background.threads(Platform::runLater);
    LabModel lab = new LabModel(catalog, background);
    WorkspacesModel workspaces = WorkspacesModel.on(lab, background);
    LessonsModel lessons = new LessonsModel(workspaces, new LessonLibrary(new LessonParser(codec)),
        new LessonWriter(codec), new WorkspaceRunner(catalog), background);
    if (lessonsFolder != null && Files.isDirectory(lessonsFolder)) {
      lessons.loadFolder(lessonsFolder);
    }
    return new MainWindow(workspaces, lessons, new DisplayModel(), background);
  }

  /**
   * A scene with the app's theme and stylesheet around {@code root}: the app, tests and exports.
   * Dark, unless {@code root} is a window set to the light theme.
   */
  public static Scene scene(Parent root) {
    boolean light = root instanceof MainWindow w && w.display().lightProperty().get();
    Application.setUserAgentStylesheet(light ? new PrimerLight().getUserAgentStylesheetBSS()
        : new PrimerDark().getUserAgentStylesheetBSS());
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(Assets.stylesheet());
    return scene;
  }
}
