package org.gradientlab.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradientlab.lesson.Claim;
import org.gradientlab.lesson.Expected;
import org.gradientlab.lesson.LessonProgress;
import org.gradientlab.lesson.Prediction;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonFolderWatcher;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonProblem;
import org.gradientlab.lesson.LessonStep;
import org.gradientlab.lesson.LessonWriter;
import org.gradientlab.lesson.LessonClaim;
import org.gradientlab.scene.WorkspaceResult;
import org.gradientlab.scene.WorkspaceRunner;

/**
 * The lesson browser's state: the lessons of a folder and the files that did not load, the open
 * lesson and step, and what the engine says about the step's claims. Opening a step switches to its
 * workspace and applies its scene; afterwards the student plays freely, and {@link #restoreScene}
 * brings it back. "Save current setup" writes the scene of the workspace on screen.
 * Files edited on disk are reloaded; a file that breaks keeps its last good version on screen
 * beside the error.
 */
public final class LessonsModel {

  private static final System.Logger LOG = System.getLogger(LessonsModel.class.getName());

  /** A claim of the open step and what the engine shows for it. */
  public record CheckedClaim(LessonClaim claim, Claim.Verdict verdict) {}

  /** What the engine says about a step: its claims' verdicts, and its prediction's answer (or null). */
  private record StepCheck(List<CheckedClaim> claims, Prediction prediction, Expected expected) {}

  private final WorkspacesModel workspaces;
  private final LessonLibrary library;
  private final LessonWriter writer;
  private final Executor fx;
  private final Executor worker;
  private final Executor watcherThread;
  private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
  private final ObservableList<LessonProblem> problems = FXCollections.observableArrayList();
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty stepIndex = new SimpleIntegerProperty(0);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ObservableList<CheckedClaim> claims = FXCollections.observableArrayList();
  private final LatestWinsComputation<LessonStep, StepCheck> claimCheck;
  private final PredictionModel prediction;
  private LessonProgress progress = LessonProgress.inMemory();
  private final ReadOnlyIntegerWrapper progressVersion = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper watchProblem = new ReadOnlyStringWrapper("");
  private LessonLibrary.Contents contents = new LessonLibrary.Contents(List.of(), List.of());
  private LessonFolderWatcher watcher;
  private final javafx.beans.property.ReadOnlyBooleanWrapper watching = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

  /**
   * For the app: claims checked on a "lesson-claims" worker, the folder followed on a
   * "lesson-watcher" worker, results and file events published.
   */
  public LessonsModel(WorkspacesModel workspaces, LessonLibrary library, LessonWriter writer,
      WorkspaceRunner runner, Background background) {
    this(workspaces, library, writer, runner, background.worker("lesson-claims"), background.publisher(),
        background.worker("lesson-watcher"));
  }

  /**
   * @param watcherThread runs the folder watcher's loop, which blocks: it must be a thread of its
   *     own, never the caller's
   */
  public LessonsModel(WorkspacesModel workspaces, LessonLibrary library, LessonWriter writer,
      WorkspaceRunner runner, Executor worker, Executor fx, Executor watcherThread) {
    this.workspaces = workspaces;
    this.watcherThread = watcherThread;
    this.library = library;
    this.writer = writer;
    this.fx = fx;
    this.worker = worker;
    this.prediction = new PredictionModel(workspaces.lab());
    claimCheck = new LatestWinsComputation<>((step, stale) -> {
      WorkspaceResult r = runner.run(step.scene());
      List<CheckedClaim> out = new ArrayList<>();
      for (LessonClaim c : step.claims()) {
        out.add(new CheckedClaim(c, c.check(r)));
      }
      Prediction p = step.prediction();
      return new StepCheck(out, p, p == null ? null : p.expected(r, runner));
    }, worker, fx, c -> {
      claims.setAll(c.claims());
      if (c.prediction() != null) {
        prediction.expected(c.prediction(), c.expected());
      }
    }, e -> notice.set("Could not check the claims: " + e.getMessage()));
  }

  /** Stops following the folder and the claim checks' worker. */
  public void dispose() {
    stopWatching();
    claimCheck.cancel();
    for (Executor e : new Executor[] {worker, watcherThread}) {
      if (e instanceof Background.Worker w) {
        w.close();
      }
    }
  }

  public ObservableList<Lesson> lessons() {
    return lessons;
  }

  public ObservableList<LessonProblem> problems() {
    return problems;
  }

  public ReadOnlyObjectProperty<Path> folderProperty() {
    return folder;
  }

  public ReadOnlyObjectProperty<Lesson> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty stepIndexProperty() {
    return stepIndex;
  }

  /** Whether edits on disk in the folder are being followed. */
  public javafx.beans.property.ReadOnlyBooleanProperty watchingProperty() {
    return watching.getReadOnlyProperty();
  }

  /**
   * Opens a lesson file from anywhere (dropped on the window, chosen in Open…); the notice says why
   * when it does not read. True if it opened.
   */
  public boolean openFile(Path file) {
    Object loaded = library.loadFile(file);
    if (loaded instanceof Lesson l) {
      Lesson listed = contents.bySource(l.source());
      open(listed != null ? listed : l);
      return true;
    }
    notice.set(String.valueOf(loaded));
    return false;
  }

  /** A short message about the last reload or save. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The prediction of the step on screen: hidden run, answers, feedback, hints. */
  public PredictionModel prediction() {
    return prediction;
  }

  /** Keeps what the student does in {@code p} from now on (the app: its preferences node). */
  public void useProgress(LessonProgress p) {
    progress = p;
    prediction.useProgress(p);
    progressVersion.set(progressVersion.get() + 1);
  }

  /** What the student has done in {@code lesson}. */
  public LessonProgress.Summary progressOf(Lesson lesson) {
    return progress.of(lesson.id());
  }

  /** Changes whenever the progress does: the browser redraws then. */
  public ReadOnlyIntegerProperty progressVersionProperty() {
    return progressVersion.getReadOnlyProperty();
  }

  /** Forgets every lesson's progress. */
  public void resetProgress() {
    progress.reset();
    progressVersion.set(progressVersion.get() + 1);
  }

  /** The claims of the open step with the engine's verdicts. */
  public ObservableList<CheckedClaim> claims() {
    return claims;
  }

  public LessonStep currentStep() {
    Lesson l = current.get();
    return l == null ? null : l.steps().get(Math.min(stepIndex.get(), l.steps().size() - 1));
  }

  /** Loads every lesson of {@code dir} and follows later edits there. */
  public void loadFolder(Path dir) {
    show(dir, library.load(dir));
  }

  /**
   * As {@link #loadFolder}, with the files read on the worker (the app's first frame does not wait
   * for them); {@code then} runs where results are published, once the lessons are shown.
   */
  public void loadFolderLater(Path dir, Runnable then) {
    worker.execute(() -> {
      LessonLibrary.Contents contents = library.load(dir);
      fx.execute(() -> {
        show(dir, contents);
        then.run();
      });
    });
  }

  /** Shows {@code contents}, read from {@code dir}, and follows later edits there. */
  private void show(Path dir, LessonLibrary.Contents loaded) {
    stopWatching();
    folder.set(dir);
    this.contents = loaded;
    publish();
    try {
      watcher = new LessonFolderWatcher(dir, watcherThread, new LessonFolderWatcher.Listener() {
        @Override
        public void changed(Path file) {
          fx.execute(() -> fileChanged(file));
        }

        @Override
        public void rescan() {
          fx.execute(LessonsModel.this::rescan);
        }

        @Override
        public void watching(boolean on, String why) {
          fx.execute(() -> {
            watching.set(on);
            watchProblem.set(on ? "" : "Lessons are not being watched: " + why
                + ". Edits on disk will not show until the folder is back.");
          });
        }
      });
      watching.set(true);
      watchProblem.set("");
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot watch the lessons folder " + dir, e);
      watchProblem.set("Lessons are not being watched: " + e.getMessage()
          + ". Edits on disk will not show.");
    }
  }

  /**
   * Why edits on disk are not being followed ("" while they are): the folder is gone, moved, or
   * cannot be watched. Shown in the lesson panel.
   */
  public ReadOnlyStringProperty watchProblemProperty() {
    return watchProblem.getReadOnlyProperty();
  }

  private void publish() {
    lessons.setAll(contents.lessons());
    problems.setAll(contents.problems());
  }

  /** Reads the whole folder again (it came back after a move, or events were lost). */
  private void rescan() {
    Path dir = folder.get();
    if (dir == null) {
      return;
    }
    contents = library.load(dir);
    publish();
    Lesson open = current.get();
    if (open != null) {
      Lesson fresh = contents.bySource(open.source());
      if (fresh != null && !fresh.equals(open)) {
        showReloaded(fresh, Path.of(open.source()));
      }
    }
  }

  /** Opens {@code lesson} at its first step. */
  public void open(Lesson lesson) {
    current.set(lesson);
    goTo(0);
  }

  public void close() {
    prediction.end();
    current.set(null);
    claims.clear();
  }

  /** Shows step {@code index} and applies its scene. */
  public void goTo(int index) {
    Lesson l = current.get();
    if (l == null) {
      return;
    }
    stepIndex.set(Math.max(0, Math.min(index, l.steps().size() - 1)));
    restoreScene();
  }

  public void next() {
    goTo(stepIndex.get() + 1);
  }

  public void previous() {
    goTo(stepIndex.get() - 1);
  }

  /** Puts the lab back to the open step's scene, however the student has played since. */
  public void restoreScene() {
    LessonStep step = currentStep();
    if (step == null) {
      return;
    }
    askFor(step);
    workspaces.show(step.scene());
    progress.opened(current.get().id(), stepIndex.get());
    progressVersion.set(progressVersion.get() + 1);
    claims.clear();
    claimCheck.submit(step);
  }

  /**
   * Asks the step's prediction, hiding the run, unless it is asked already (the ↺ button after an
   * answer shows the run again); ends the last one when the step has none.
   */
  private void askFor(LessonStep step) {
    Prediction p = step.prediction();
    if (p == null || !(step.scene() instanceof org.gradientlab.scene.Scene)) {
      prediction.end();
      return;
    }
    String id = current.get().id();
    int index = stepIndex.get();
    if (!prediction.isAsking(id, index) || !p.equals(prediction.predictionProperty().get())) {
      prediction.ask(id, index, p);
    }
  }

  /**
   * Appends the lab's current setup as a new last step of the open lesson's file, which must be a
   * file of the lessons folder; then shows that step. False when it was not saved: the notice says
   * why and what to change, and the file is as it was.
   */
  public boolean saveCurrentSetup(String title, String text) {
    Lesson l = current.get();
    if (l == null) {
      notice.set("Not saved: open a lesson first; the setup is added to the open lesson's file");
      return false;
    }
    Path file = Path.of(l.source());
    if (!Files.isRegularFile(file)) {
      notice.set("Not saved: the lesson " + l.source() + " is not a file that can be written to");
      return false;
    }
    Lesson saved;
    try {
      saved = writer.appendStep(file, title, text, workspaces.snapshot());
    } catch (LessonWriter.NotSaved e) {
      notice.set("Not saved: " + e.getMessage());
      return false;
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "saving a step to " + file + " failed", e);
      notice.set("Saving to " + file.getFileName() + " failed: " + e.getMessage());
      fileChanged(file);
      return false;
    }
    contents = library.reload(contents, file);
    publish();
    Lesson listed = contents.bySource(l.source());
    current.set(listed != null ? listed : saved);
    stepIndex.set(current.get().steps().size() - 1);
    askFor(currentStep());
    claims.clear();
    claimCheck.submit(currentStep());
    notice.set("Saved as step " + (stepIndex.get() + 1) + " of " + file.getFileName());
    return true;
  }

  /**
   * Reparses one file after an edit on disk (or a save); keeps the last good version if it broke.
   * When it is the open lesson, the step shown is checked again, and its scene applied if the
   * edit changed it.
   */
  public void fileChanged(Path file) {
    String source = file.toString();
    contents = library.reload(contents, file);
    publish();
    Lesson open = current.get();
    if (open == null || !open.source().equals(source)) {
      return;
    }
    for (LessonProblem p : contents.problems()) {
      if (p.file().equals(source)) {
        notice.set("The file has an error; showing its last good version. " + p);
        return;
      }
    }
    Lesson fresh = contents.bySource(source);
    if (fresh != null && !fresh.equals(open)) {
      showReloaded(fresh, file);
    }
  }

  /** Shows the new version of the open lesson at the same step, checked afresh. */
  private void showReloaded(Lesson fresh, Path file) {
    LessonStep before = currentStep();
    current.set(fresh);
    stepIndex.set(Math.min(stepIndex.get(), fresh.steps().size() - 1));
    LessonStep now = currentStep();
    notice.set("Reloaded " + file.getFileName() + " from disk");
    askFor(now);
    if (before == null || !before.scene().equals(now.scene())) {
      workspaces.show(now.scene());
    }
    claims.clear();
    claimCheck.submit(now);
  }

  public void stopWatching() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "closing the lesson watcher failed", e);
      }
      watcher = null;
      watching.set(false);
    }
  }
}
