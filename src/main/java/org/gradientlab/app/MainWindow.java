package org.gradientlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.Notifications;
import org.gradientlab.app.session.SessionState;
import org.gradientlab.app.session.SessionText;
import org.gradientlab.app.session.StoredFormatException;
import org.gradientlab.scene.Workspace;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.scene.Scene;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.SceneFormatException;
import org.gradientlab.ui.HyperView;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LessonPanel;
import org.gradientlab.ui.NetView;
import org.gradientlab.ui.PlotStyle;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.HyperModel;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LessonsModel;
import org.gradientlab.viewmodel.LandscapeImageModel;
import org.gradientlab.viewmodel.NetModel;
import org.gradientlab.viewmodel.MapsModel;
import org.gradientlab.viewmodel.WorkspacesModel;
import org.gradientlab.scene.HyperScene;
import org.gradientlab.scene.HyperSceneCodec;
import org.gradientlab.scene.NetScene;
import org.gradientlab.scene.NetSceneCodec;

/**
 * The main window's content: the top bar, the workspace shown (the optimizer lab, the neural nets
 * or the hypergradients), the lesson panel on the right and the status bar at the bottom. It can
 * say what it shows as a {@link SessionState} and show one: that is what the app remembers between
 * runs and what session files hold. Lesson and session files dropped on it open.
 */
public final class MainWindow extends BorderPane {

  private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());

  private final LabModel model;
  private final LabView lab;
  private final LessonPanel lessonPanel;
  private final DisplayModel display;
  private final LessonsModel lessons;
  private final Background background;
  private final SceneCodec codec;
  private final TopBar bar;
  private final WindowStatus status = new WindowStatus();
  private final javafx.scene.layout.StackPane workspaceHolder = new javafx.scene.layout.StackPane();
  private final javafx.scene.layout.StackPane panelHolder = new javafx.scene.layout.StackPane();
  private final ExportActions exports;
  private NetView netView;
  private HyperView hyperView;
  private final WorkspacesModel workspaces;
  private final LandscapeImageModel landscapeImage;
  private final MapsModel maps;
  private final org.gradientlab.viewmodel.SurfaceModel surface;
  private final NetSceneCodec netCodec;
  private final HyperSceneCodec hyperCodec = new HyperSceneCodec();
  /** Scenes for a workspace not built yet (restored from a session): applied when it is first shown. */
  private NetScene pendingNets;
  private HyperScene pendingHyper;
  private Consumer<Path> opener = p -> LOG.log(System.Logger.Level.INFO, "open folder " + p);
  private Runnable quit = () -> LOG.log(System.Logger.Level.INFO, "quit asked for; no window to close");
  private boolean notifications = true;
  private Runnable onReset = () -> LOG.log(System.Logger.Level.DEBUG, "reset to defaults");

  public MainWindow(WorkspacesModel workspaces, LessonsModel lessons, DisplayModel display,
      Background background) {
    this.workspaces = workspaces;
    this.model = workspaces.lab();
    this.background = background;
    this.landscapeImage = new LandscapeImageModel(background);
    this.maps = new MapsModel(model, background);
    this.surface = new org.gradientlab.viewmodel.SurfaceModel(model, landscapeImage, background);
    this.netCodec = new NetSceneCodec(model.optimizers());
    this.display = display;
    this.lessons = lessons;
    this.codec = new SceneCodec(model.catalog(), model.optimizers());
    getStyleClass().add("main-window");
    lab = new LabView(model, landscapeImage, maps, surface);
    lessonPanel = new LessonPanel(lessons, display);
    lessonPanel.setId("lesson-panel");
    lessonPanel.onOpenFolder(p -> opener.accept(p));

    bar = new TopBar(display);
    // Set once, in reading order: JavaFX tabs through a pane's children in the order they were
    // added, so the top bar comes first, then the workspace, the lesson panel, the status bar.
    // Switching a workspace or the panel changes what these holders hold, not the children.
    setTop(bar);
    setCenter(workspaceHolder);
    setRight(panelHolder);
    setBottom(status);
    show(lab);
    // The top bar's buttons choose the workspace; a lesson step can too: both go through the model.
    bar.netLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.NETS);
      }
    });
    bar.hyperLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.HYPER);
      }
    });
    bar.optimizerLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.LAB);
      }
    });
    workspaces.currentProperty().addListener((o, a, w) -> show(w));
    bar.lessons.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        panelHolder.getChildren().setAll(lessonPanel);
      } else {
        panelHolder.getChildren().clear();
      }
    });
    exports = new ExportActions(this, this::pictures, workspaces, display, background, this::exportFinished);
    exports.fill(bar.export);
    new AppMenu(this).fill(bar.menu);

    lab.plotStyleProperty().bind(Bindings.createObjectBinding(
        () -> (display.lightProperty().get() ? PlotStyle.LIGHT : PlotStyle.DARK).scaled(display.scale()),
        display.lightProperty(), display.presentationProperty()));
    display.lightProperty().addListener((o, a, b) -> applyTheme());
    display.presentationProperty().addListener((o, a, on) -> {
      if (on) {
        getStyleClass().add("presentation");
      } else {
        getStyleClass().remove("presentation");
      }
    });
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.F5) {
        display.presentationProperty().set(!display.presentationProperty().get());
        e.consume();
      }
    });
    setOnDragOver(this::dragOver);
    setOnDragDropped(this::dropped);
  }

  /** The pictures of the workspace on screen: what the Export menu and the command line export. */
  public org.gradientlab.ui.WorkspacePictures pictures() {
    return switch (workspaces.currentProperty().get()) {
      case LAB -> lab.pictures();
      case NETS -> nets().pictures();
      case HYPER -> hyper().pictures();
    };
  }

  /** The Export menu's actions (for tests). */
  ExportActions exports() {
    return exports;
  }

  /** The neural-net lab, built the first time it is opened (its training starts then). */
  NetView nets() {
    if (netView == null) {
      NetModel m = workspaces.nets();
      if (pendingNets != null) {
        m.apply(pendingNets);
        pendingNets = null;
      }
      netView = new NetView(m);
      netView.setId("net-view");
      netView.plotStyleProperty().bind(lab.plotStyleProperty());
    }
    return netView;
  }

  /** The hypergradient lab, built the first time it is opened (its background work starts then). */
  HyperView hyper() {
    if (hyperView == null) {
      HyperModel m = workspaces.hyper();
      if (pendingHyper != null) {
        m.apply(pendingHyper);
        pendingHyper = null;
      }
      hyperView = new HyperView(m);
      hyperView.setId("hyper-view");
      hyperView.plotStyleProperty().bind(lab.plotStyleProperty());
      m.curveProgressProperty().addListener((o, a, b) -> hyperComputed(m));
      m.landscapeProgressProperty().addListener((o, a, b) -> hyperComputed(m));
    }
    return hyperView;
  }

  /** Puts workspace {@code w} in the centre and its button down. */
  private void show(Workspace w) {
    switch (w) {
      case LAB -> {
        show(lab);
        bar.optimizerLab.setSelected(true);
      }
      case NETS -> {
        show(nets());
        bar.netLab.setSelected(true);
      }
      case HYPER -> {
        show(hyper());
        bar.hyperLab.setSelected(true);
      }
    }
  }

  public WorkspacesModel workspaces() {
    return workspaces;
  }

  /** Shows one workspace's view; the status bar follows its background work. */
  private void show(Node view) {
    workspaceHolder.getChildren().setAll(view);
    showProgressOf(view);
  }

  /** The workspace shown now. */
  public Node workspaceView() {
    return workspaceHolder.getChildren().isEmpty() ? null : workspaceHolder.getChildren().get(0);
  }

  /** The status bar's progress follows the background work of the workspace shown. */
  private void showProgressOf(Node workspace) {
    status.progressProperty().unbind();
    if (workspace instanceof HyperView h) {
      HyperModel m = h.model();
      DoubleBinding p = Bindings.createDoubleBinding(() -> {
        double least = Math.min(m.curveProgressProperty().get(), m.landscapeProgressProperty().get());
        return least >= 1 ? 0 : Math.max(least, 0.01);
      }, m.curveProgressProperty(), m.landscapeProgressProperty());
      status.progressProperty().bind(p);
    } else if (workspace instanceof NetView n) {
      status.progressProperty().bind(Bindings.createDoubleBinding(
          () -> n.sliceProgress() >= 1 ? 0 : Math.max(n.sliceProgress(), 0.01), n.sliceProgressProperty()));
    } else {
      status.setProgress(0);
    }
  }

  private long hyperStarted;

  /** A notification when C(λ) and the outer landscape, which take seconds, are both ready. */
  private void hyperComputed(HyperModel m) {
    double least = Math.min(m.curveProgressProperty().get(), m.landscapeProgressProperty().get());
    if (least < 1) {
      if (hyperStarted == 0) {
        hyperStarted = System.nanoTime();
      }
      return;
    }
    if (hyperStarted != 0 && System.nanoTime() - hyperStarted > 1_500_000_000L) {
      notifyDone("Hypergradients", "C(λ) and the outer landscape of " + m.problemProperty().get().label()
          + " are ready");
    }
    hyperStarted = 0;
  }

  private void applyTheme() {
    Application.setUserAgentStylesheet(display.lightProperty().get()
        ? new PrimerLight().getUserAgentStylesheetBSS()
        : new PrimerDark().getUserAgentStylesheetBSS());
  }

  // ---- what the app tells -------------------------------------------------------------------

  /** A message in the status bar. */
  public void message(String text) {
    status.message(text);
  }

  /** Something went wrong: logged (so it is in the log file) and shown in the status bar. */
  public void problem(String text, Throwable cause) {
    LOG.log(System.Logger.Level.WARNING, text, cause);
    // The log handler shows warnings in the status bar when the app installed one; else here.
    if (!reportsLoggedProblems) {
      status.problem(text);
    }
  }

  private boolean reportsLoggedProblems;

  /** The app's log shows every logged warning here: {@link #problem} then only logs. */
  void reportLoggedProblems(Path logFile) {
    reportsLoggedProblems = true;
    status.logFileProperty().set(logFile);
  }

  /** A logged warning (from anywhere in the app), for the status bar. */
  void loggedProblem(String text) {
    status.problem(text);
  }

  void exportFinished(String text) {
    message(text);
    notifyDone("Export", text);
  }

  /** A ControlsFX notification in the window's corner, for work that ends while one looks elsewhere. */
  private void notifyDone(String title, String text) {
    if (!notifications || getScene() == null || getScene().getWindow() == null
        || !getScene().getWindow().isShowing()) {
      return;
    }
    Notifications n = Notifications.create().owner(getScene().getWindow()).title(title).text(text)
        .hideAfter(javafx.util.Duration.seconds(6));
    // ControlsFX's default is a light popup whose text the dark theme's stylesheet turns grey:
    // unreadable on it. Its dark style matches the dark theme.
    if (!display.lightProperty().get()) {
      n = n.darkStyle();
    }
    n.showInformation();
  }

  /** Tests and the command line's pictures turn the corner notifications off. */
  public void setNotifications(boolean on) {
    notifications = on;
  }

  // ---- the app's hooks ------------------------------------------------------------------------

  /** How folders are opened (the desktop's file manager in the app; recorded in tests). */
  public void setOpener(Consumer<Path> opener) {
    this.opener = opener;
    status.setOpener(opener);
  }

  void openFolder(Path folder) {
    opener.accept(folder);
  }

  /** What Quit (Ctrl+Q) does: the app closes its stage, which stores the session. */
  public void setQuit(Runnable quit) {
    this.quit = quit;
  }

  /** Runs after Reset to defaults (the app forgets the window's placement then). */
  public void setOnReset(Runnable r) {
    onReset = r;
  }

  void quit() {
    quit.run();
  }

  Path logFile() {
    return status.logFileProperty().get();
  }

  // ---- sessions ---------------------------------------------------------------------------------

  /** The workspace shown. */
  public Workspace workspace() {
    if (bar.netLab.isSelected()) {
      return Workspace.NETS;
    }
    return bar.hyperLab.isSelected() ? Workspace.HYPER : Workspace.LAB;
  }

  public void showWorkspace(Workspace w) {
    ToggleButton t = switch (w) {
      case LAB -> bar.optimizerLab;
      case NETS -> bar.netLab;
      case HYPER -> bar.hyperLab;
    };
    t.setSelected(true);
  }

  /** Everything on screen as a session: each workspace's full setup, theme, lesson and step. */
  public SessionState captureSession() {
    Lesson open = lessons.currentProperty().get();
    String nets = netView != null ? netCodec.write(workspaces.nets().snapshot())
        : pendingNets != null ? netCodec.write(pendingNets) : null;
    String hypers = hyperView != null ? hyperCodec.write(workspaces.hyper().snapshot())
        : pendingHyper != null ? hyperCodec.write(pendingHyper) : null;
    return new SessionState(workspace(), display.lightProperty().get(),
        display.presentationProperty().get(), bar.lessons.isSelected(),
        open == null ? null : open.id(), lessons.stepIndexProperty().get() + 1,
        codec.write(model.snapshot()), nets, hypers);
  }

  /**
   * Shows {@code s}: theme, the open lesson at its step, then each workspace's own setup (the lab's
   * after the lesson's, so the student's changes since the step stay), the workspace and the panel.
   * A part that does not read is left at its defaults and named in the list returned; the rest is
   * still shown.
   */
  public List<String> applySession(SessionState s) {
    List<String> problems = new ArrayList<>(applyLesson(s));
    display.lightProperty().set(s.light());
    display.presentationProperty().set(s.present());
    if (s.lesson() == null) {
      applyLabScene(s, problems);
    }
    try {
      NetScene n = s.netSettings() == null ? null : netCodec.parse(s.netSettings(), NetScene.initial());
      if (netView != null && n != null) {
        workspaces.nets().apply(n);
      } else {
        pendingNets = n;
      }
    } catch (SceneFormatException | IllegalArgumentException e) {
      pendingNets = null;
      problems.add("The neural-net settings could not be read (" + e.getMessage()
          + "); that workspace starts from its defaults.");
    }
    try {
      HyperScene h = s.hyperSettings() == null ? null
          : hyperCodec.parse(s.hyperSettings(), HyperScene.initial());
      if (hyperView != null && h != null) {
        workspaces.hyper().apply(h);
      } else {
        pendingHyper = h;
      }
    } catch (SceneFormatException | IllegalArgumentException e) {
      pendingHyper = null;
      problems.add("The hypergradient settings could not be read (" + e.getMessage()
          + "); that workspace starts from its defaults.");
    }
    showWorkspace(s.workspace());
    showLessons(s.lessonsShown() || s.lesson() != null);
    return problems;
  }

  /**
   * The lesson part of {@code s}: its lesson opened at its step (or none), and then the lab's own
   * scene, so the student's changes since the step stay. The app calls this again once the lessons
   * have loaded in the background (the first frame does not wait for them).
   */
  public List<String> applyLesson(SessionState s) {
    List<String> problems = new ArrayList<>();
    if (s.lesson() == null) {
      lessons.close();
      return problems;
    }
    Lesson l = lessonNamed(s.lesson());
    if (l == null) {
      problems.add("The lesson " + s.lesson() + " is not in " + lessons.folderProperty().get()
          + " any more; no lesson is open.");
    } else {
      lessons.open(l);
      if (s.step() > l.steps().size()) {
        problems.add("The lesson " + l.id() + " has " + l.steps().size() + " steps now, not "
            + s.step() + "; it opens at its first.");
      } else {
        lessons.goTo(s.step() - 1);
      }
    }
    applyLabScene(s, problems);
    return problems;
  }

  private void applyLabScene(SessionState s, List<String> problems) {
    if (s.labScene() == null) {
      return;
    }
    try {
      model.apply(codec.parse(s.labScene(), Scene.initial()));
    } catch (SceneFormatException | IllegalArgumentException e) {
      problems.add("The optimizer-lab scene could not be read (" + e.getMessage()
          + "); the lab starts from its defaults.");
      if (s.lesson() == null) {
        model.apply(Scene.initial());
      }
    }
  }

  private Lesson lessonNamed(String id) {
    for (Lesson l : lessons.lessons()) {
      if (l.id().equals(id) || l.number().equals(id)) {
        return l;
      }
    }
    return null;
  }

  /** Back to a first start: every workspace at its defaults, dark, no lesson open. */
  public void resetToDefaults() {
    lessons.close();
    model.apply(Scene.initial());
    pendingNets = null;
    pendingHyper = null;
    showWorkspace(Workspace.LAB);
    // Built workspaces go back to their first scenes (their models belong to the window's
    // WorkspacesModel, which lessons and sessions apply scenes to).
    if (netView != null) {
      workspaces.nets().apply(NetScene.initial());
    }
    if (hyperView != null) {
      workspaces.hyper().apply(HyperScene.initial());
    }
    show(lab);
    display.lightProperty().set(false);
    display.presentationProperty().set(false);
    showLessons(false);
    onReset.run();
    message("Back to the defaults");
  }

  /** Writes the session on screen to {@code file} (a {@code .gradientlab} text). */
  public void saveSession(Path file) throws IOException {
    byte[] text = SessionText.write(captureSession()).getBytes(StandardCharsets.UTF_8);
    try {
      org.gradientlab.export.OutputFiles.write(file, out -> Files.write(out, text));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
    message("Saved the session to " + file);
  }

  /**
   * Opens a session file or a lesson file (what Open session… and a drop on the window do); what
   * went wrong is said in the status bar. True if it opened.
   */
  public boolean openFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md")) {
      boolean ok = lessons.openFile(file);
      if (ok) {
        showLessons(true);
        message("Opened the lesson " + file);
      } else {
        problem("Could not open the lesson " + file + ": " + lessons.noticeProperty().get(), null);
      }
      return ok;
    }
    SessionState s;
    try {
      s = SessionText.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | StoredFormatException e) {
      problem("Could not open the session " + file + ": " + e.getMessage(), e);
      return false;
    }
    List<String> problems = applySession(s);
    for (String p : problems) {
      problem(p + " (in " + file.getFileName() + ")", null);
    }
    if (problems.isEmpty()) {
      message("Opened the session " + file);
    }
    return true;
  }

  /** Files a drop may bring: sessions and lessons. */
  static boolean openable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SessionText.EXTENSION) || name.endsWith(".md");
  }

  private void dragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()
        && e.getDragboard().getFiles().stream().anyMatch(f -> openable(f.toPath()))) {
      e.acceptTransferModes(TransferMode.COPY);
    }
    e.consume();
  }

  private void dropped(DragEvent e) {
    boolean done = false;
    if (e.getDragboard().hasFiles()) {
      for (java.io.File f : e.getDragboard().getFiles()) {
        if (openable(f.toPath())) {
          done |= openFile(f.toPath());
        }
      }
    }
    e.setDropCompleted(done);
    e.consume();
  }

  // ---- parts, for the app and the tests ---------------------------------------------------------

  /** Shows or hides the lesson panel. */
  public void showLessons(boolean show) {
    bar.lessons.setSelected(show);
  }

  public LabModel labModel() {
    return model;
  }

  public LessonsModel lessons() {
    return lessons;
  }

  public DisplayModel display() {
    return display;
  }

  public LabView lab() {
    return lab;
  }

  public LessonPanel lessonPanel() {
    return lessonPanel;
  }

  /** The net workspace's view if it has been opened, else null. */
  public NetView netView() {
    return netView;
  }

  public HyperView hyperView() {
    return hyperView;
  }

  WindowStatus status() {
    return status;
  }

  public void dispose() {
    landscapeImage.dispose();
    maps.dispose();
    surface.dispose();
    if (netView != null) {
      netView.dispose();
    }
    if (hyperView != null) {
      hyperView.dispose();
    }
    lessons.dispose();
    workspaces.dispose();
  }
}
