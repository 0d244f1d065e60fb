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
import org.gradientlab.lesson.Lesson;
import org.gradientlab.lesson.LessonFolderWatcher;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonProblem;
import org.gradientlab.lesson.LessonStep;
import org.gradientlab.lesson.LessonWriter;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.scene.SceneRunner;

/**
 * The lesson browser's state: the lessons of a folder and the files that did not load, the open
 * lesson and step, and what the engine says about the step's claims. Opening a step applies its
 * scene to the lab; afterwards the student plays freely, and {@link #restoreScene} brings it back.
 * Files edited on disk are reloaded; a file that breaks keeps its last good version on screen
 * beside the error.
 */
public final class LessonsModel {

  /** A claim of the open step and what the engine shows for it. */
  public record CheckedClaim(Claim claim, Claim.Verdict verdict) {}

  private static final System.Logger LOG = System.getLogger(LessonsModel.class.getName());

  private final LabModel lab;
  private final LessonLibrary library;
  private final LessonWriter writer;
  private final Executor fx;
  private final Executor worker;
  private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
  private final ObservableList<LessonProblem> problems = FXCollections.observableArrayList();
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>();
  private final IntegerProperty stepIndex = new SimpleIntegerProperty(0);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ObservableList<CheckedClaim> claims = FXCollections.observableArrayList();
  private final LatestWinsComputation<LessonStep, List<CheckedClaim>> claimCheck;
  private LessonFolderWatcher watcher;
  private final javafx.beans.property.ReadOnlyBooleanWrapper watching = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

  /** For the app: claims checked on a "lesson-claims" worker, results and file events published. */
  public LessonsModel(LabModel lab, LessonLibrary library, LessonWriter writer, SceneRunner runner,
      Background background) {
    this(lab, library, writer, runner, background.worker("lesson-claims"), background.publisher());
  }

  public LessonsModel(LabModel lab, LessonLibrary library, LessonWriter writer, SceneRunner runner,
      Executor worker, Executor fx) {
    this.lab = lab;
    this.library = library;
    this.writer = writer;
    this.fx = fx;
    this.worker = worker;
    claimCheck = new LatestWinsComputation<>((step, stale) -> {
      SceneResult r = runner.run(step.scene());
      List<CheckedClaim> out = new ArrayList<>();
      for (Claim c : step.claims()) {
        out.add(new CheckedClaim(c, c.check(r)));
      }
      return out;
    }, worker, fx, claims::setAll, e -> notice.set("Could not check the claims: " + e.getMessage()));
  }

  /** Stops following the folder and the claim checks' worker. */
  public void dispose() {
    stopWatching();
    claimCheck.cancel();
    if (worker instanceof Background.Worker w) {
      w.close();
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
      int at = indexOf(l.source());
      open(at >= 0 ? lessons.get(at) : l);
      return true;
    }
    notice.set(String.valueOf(loaded));
    return false;
  }

  /** A short message about the last reload or save. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
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
  private void show(Path dir, LessonLibrary.Contents contents) {
    stopWatching();
    folder.set(dir);
    lessons.setAll(contents.lessons());
    problems.setAll(contents.problems());
    try {
      watcher = new LessonFolderWatcher(dir, file -> fx.execute(() -> fileChanged(file)));
      watching.set(true);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot follow edits in " + dir, e);
      notice.set("Edits on disk will not be noticed: " + e.getMessage());
    }
  }

  /** Opens {@code lesson} at its first step. */
  public void open(Lesson lesson) {
    current.set(lesson);
    goTo(0);
  }

  public void close() {
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
    lab.apply(step.scene());
    claims.clear();
    claimCheck.submit(step);
  }

  /**
   * Appends the lab's current setup as a new last step of the open lesson's file, which must be a
   * file of the lessons folder; then shows that step.
   */
  public void saveCurrentSetup(String title, String text) throws IOException {
    Lesson l = current.get();
    if (l == null) {
      throw new IOException("open a lesson first: the setup is added to the open lesson's file");
    }
    Path file = Path.of(l.source());
    if (!Files.isRegularFile(file)) {
      throw new IOException("the lesson " + l.source() + " is not a file that can be written to");
    }
    writer.appendStep(file, title, text, lab.snapshot());
    fileChanged(file);
    Lesson reloaded = current.get();
    if (reloaded != null) {
      stepIndex.set(reloaded.steps().size() - 1);
      claims.clear();
      claimCheck.submit(currentStep());
    }
    notice.set("Saved as step " + (stepIndex.get() + 1) + " of " + file.getFileName());
  }

  /** Reparses one file after an edit on disk (or a save); keeps the last good version if it broke. */
  public void fileChanged(Path file) {
    String source = file.toString();
    problems.removeIf(p -> p.file().equals(source));
    int at = indexOf(source);
    if (!Files.exists(file)) {
      if (at >= 0) {
        lessons.remove(at);
      }
      return;
    }
    Object loaded = library.loadFile(file);
    if (loaded instanceof Lesson l) {
      if (at >= 0) {
        lessons.set(at, l);
      } else {
        lessons.add(l);
        lessons.sort(java.util.Comparator.comparing(Lesson::id));
      }
      if (current.get() != null && current.get().source().equals(source)) {
        current.set(l);
        stepIndex.set(Math.min(stepIndex.get(), l.steps().size() - 1));
        notice.set("Reloaded " + file.getFileName() + " from disk");
      }
    } else {
      LessonProblem p = (LessonProblem) loaded;
      problems.add(p);
      if (current.get() != null && current.get().source().equals(source)) {
        notice.set("The file has an error; showing its last good version. " + p);
      }
    }
  }

  private int indexOf(String source) {
    for (int i = 0; i < lessons.size(); i++) {
      if (lessons.get(i).source().equals(source)) {
        return i;
      }
    }
    return -1;
  }

  public void stopWatching() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.log(System.Logger.Level.DEBUG, "closing the lesson watcher", e);
      }
      watcher = null;
      watching.set(false);
    }
  }
}
