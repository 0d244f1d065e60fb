package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonWriter;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson browser's model without a window: work, file events and publication on one thread. */
class LessonsModelTest {

  @TempDir Path folder;
  private Path lessonOne;
  private LessonsModel model;
  private LabModel lab;
  /** The folder watcher's loop blocks, so it gets a thread of its own even here. */
  private final Background.Worker watcher = Background.threads(Runnable::run).worker("test-watcher");
  /**
   * What the model publishes, the watcher's file events included, runs under this lock, and so do
   * the tests' own edits and reads: a watcher event must not rebuild the claims while a test reads
   * them (it did, once, under load).
   */
  private final Object fxLock = new Object();
  private final java.util.concurrent.Executor fx = task -> {
    synchronized (fxLock) {
      task.run();
    }
  };

  @BeforeEach
  void load() throws Exception {
    synchronized (fxLock) {
      lessonOne = folder.resolve("01-learning-rate.md");
      Files.copy(Path.of("lessons/01-learning-rate.md"), lessonOne, StandardCopyOption.REPLACE_EXISTING);
      LandscapeCatalog catalog = LandscapeCatalog.standard();
      SceneCodec codec = new SceneCodec(catalog);
      lab = new LabModel(catalog, Runnable::run, Runnable::run);
      model = new LessonsModel(new WorkspacesModel(lab, () -> null, () -> null),
          new LessonLibrary(new LessonParser(codec)), new LessonWriter(codec),
          new WorkspaceRunner(catalog), Runnable::run, fx, watcher);
      model.loadFolder(folder);
      model.open(model.lessons().get(0));
    }
  }

  @AfterEach
  void stop() {
    model.stopWatching();
    watcher.close();
  }

  @Test
  void aPredictionHidesTheRunUntilAnsweredThenJudgesEachAnswerAndKeepsTheFirstInTheProgress() throws Exception {
    synchronized (fxLock) {
      Path check = folder.resolve("01b-check-yourself-learning-rate.md");
      Files.copy(Path.of("lessons/01b-check-yourself-learning-rate.md"), check);
      model.fileChanged(check);
      org.gradientlab.testing.MemoryPreferences node = new org.gradientlab.testing.MemoryPreferences();
      model.useProgress(new org.gradientlab.lesson.LessonProgress(node));
      PredictionModel p = model.prediction();
      p.playWith(PlaybackModel::showAll);
      model.open(model.lessons().stream().filter(l -> l.id().startsWith("01b")).findFirst().orElseThrow());
      assertThat(p.predictionProperty().get()).isNotNull();
      assertThat(lab.playback().isHeld()).isTrue();
      assertThat(lab.playback().getFrame()).isZero();
      assertThat(p.expectedProperty().get().value()).isEqualTo(Math.pow(0.5, 5));
      p.showHint();
      p.showHint();
      p.showHint();
      assertThat(p.hintsShownProperty().get()).isEqualTo(2);
      p.answerNumber("0.5");
      assertThat(p.feedbackProperty().get().right()).isFalse();
      assertThat(p.feedbackProperty().get().text()).contains("0.03125");
      assertThat(lab.playback().isHeld()).isFalse();
      assertThat(lab.playback().getFrame()).isEqualTo(lab.playback().lastFrameProperty().get()).isPositive();
      p.answerNumber("0.031");
      assertThat(p.feedbackProperty().get().right()).isTrue();
      model.restoreScene();
      assertThat(lab.playback().isHeld()).as("↺ after an answer keeps the run shown").isFalse();
      model.next();
      assertThat(lab.playback().isHeld()).isTrue();
      assertThat(p.feedbackProperty().get()).isNull();
      org.gradientlab.lesson.LessonProgress.Summary s =
          new org.gradientlab.lesson.LessonProgress(node).of("01b-check-yourself-learning-rate");
      assertThat(s.opened()).containsExactly(0, 1);
      assertThat(s.answers()).containsExactly(java.util.Map.entry(0, org.gradientlab.lesson.LessonProgress.Answer.RIGHT_AFTER_WRONG));
      // The slider step: the answer is the η the linked slider set.
      model.goTo(5);
      assertThat(p.predictionProperty().get().kind()).isEqualTo(org.gradientlab.lesson.Prediction.Kind.SLIDER);
      lab.etaProperty().set(0.93);
      assertThat(p.sliderValue()).isEqualTo(0.93);
      p.answerSlider();
      assertThat(p.feedbackProperty().get().right()).as(p.feedbackProperty().get().text()).isTrue();
      model.close();
      assertThat(lab.playback().isHeld()).isFalse();
    }
  }

  @Test
  void editingTheCheckBlockOfTheShownStepChecksTheNewClaimsAtOnce() throws Exception {
    synchronized (fxLock) {
      assertThat(model.claims()).filteredOn(c -> c.claim().text().equals("GD converges within 70 steps"))
          .singleElement().satisfies(c -> assertThat(c.verdict().holds()).isTrue());
      Files.writeString(lessonOne, Files.readString(lessonOne)
          .replace("GD converges within 70 steps", "GD converges within 10 steps"));
      model.fileChanged(lessonOne);
      assertThat(model.claims()).noneMatch(c -> c.claim().text().contains("within 70"));
      assertThat(model.claims()).filteredOn(c -> c.claim().text().equals("GD converges within 10 steps"))
          .singleElement().satisfies(c -> assertThat(c.verdict().holds()).isFalse());
    }
  }

  @Test
  void editingTheSceneOfTheShownStepAppliesIt() throws Exception {
    synchronized (fxLock) {
      Files.writeString(lessonOne, Files.readString(lessonOne).replace("eta: 0.1", "eta: 0.2"));
      model.fileChanged(lessonOne);
      assertThat(lab.etaProperty().get()).isEqualTo(0.2);
    }
  }

  @Test
  void aStepThatWouldBreakTheFileIsNotSavedAndTheNoticeSaysWhy() throws Exception {
    synchronized (fxLock) {
      byte[] before = Files.readAllBytes(lessonOne);
      assertThat(model.saveCurrentSetup("Costs", "It costs $5.")).isFalse();
      assertThat(model.noticeProperty().get()).startsWith("Not saved").contains("\\$");
      assertThat(Files.readAllBytes(lessonOne)).isEqualTo(before);
      assertThat(model.saveCurrentSetup("Costs", "It costs \\$5.")).isTrue();
      assertThat(model.noticeProperty().get()).isEqualTo("Saved as step 6 of 01-learning-rate.md");
      assertThat(model.currentStep().title()).isEqualTo("Costs");
    }
  }

  @Test
  void theModelSaysWhenTheFolderIsNotWatchedAndWhenItIsAgain() throws Exception {
    assertThat(model.watchProblemProperty().get()).isEmpty();
    Path moved = folder.resolveSibling(folder.getFileName() + "-moved");
    Files.move(folder, moved);
    try {
      awaitTrue(() -> !model.watchProblemProperty().get().isEmpty());
      assertThat(model.watchProblemProperty().get()).contains("not being watched").contains(folder.toString());
      Files.createDirectory(folder);
      Files.copy(moved.resolve("01-learning-rate.md"), lessonOne);
      awaitTrue(() -> model.watchProblemProperty().get().isEmpty());
      awaitTrue(() -> model.lessons().size() == 1);
    } finally {
      if (Files.exists(moved)) {
        try (var s = Files.list(moved)) {
          for (Path p : s.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(moved);
      }
    }
  }

  private static void awaitTrue(java.util.function.BooleanSupplier c) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!c.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
