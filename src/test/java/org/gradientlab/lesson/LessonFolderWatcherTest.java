package org.gradientlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFolderWatcherTest {

  /** The watcher's loop blocks: it runs on a thread of its own, as in the app. */
  private final java.util.concurrent.ExecutorService thread =
      java.util.concurrent.Executors.newSingleThreadExecutor();

  @org.junit.jupiter.api.AfterEach
  void stopThread() {
    thread.shutdownNow();
  }

  @TempDir Path dir;
  private final List<String> events = new CopyOnWriteArrayList<>();

  private final LessonFolderWatcher.Listener recorder = new LessonFolderWatcher.Listener() {
    @Override
    public void changed(Path file) {
      events.add("changed " + file.getFileName());
    }

    @Override
    public void rescan() {
      events.add("rescan");
    }

    @Override
    public void watching(boolean on, String why) {
      events.add(on ? "watching" : "not watching: " + why);
    }
  };

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aFolderMovedAwayAndRecreatedIsWatchedAgainAndSaysSoMeanwhile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("lessons"));
    try (LessonFolderWatcher w = new LessonFolderWatcher(folder, thread, recorder, Duration.ofMillis(50))) {
      Files.writeString(folder.resolve("01-a.md"), "a");
      await(() -> events.contains("changed 01-a.md"), "the first edit");

      Files.move(folder, dir.resolve("moved"));
      await(() -> events.stream().anyMatch(e -> e.startsWith("not watching")), "the notice");
      assertThat(w.isWatching()).isFalse();

      Files.createDirectory(folder);
      await(() -> w.isWatching() && events.contains("rescan"), "watching again");
      assertThat(w.isWatching()).isTrue();
      Files.writeString(folder.resolve("02-b.md"), "b");
      await(() -> events.contains("changed 02-b.md"), "an edit in the new folder");
    }
  }

  @Test
  void aDeletedFolderIsReportedAndPickedUpWhenItComesBack() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("lessons"));
    try (LessonFolderWatcher w = new LessonFolderWatcher(folder, thread, recorder, Duration.ofMillis(50))) {
      Files.delete(folder);
      // The watcher stops watching before it tells its listener why: wait for the notice itself.
      await(() -> events.stream().anyMatch(e -> e.startsWith("not watching")), "the notice");
      assertThat(w.isWatching()).isFalse();
      assertThat(events).anyMatch(e -> e.startsWith("not watching") && e.contains(folder.toString()));
      Files.createDirectory(folder);
      await(w::isWatching, "watching again");
      Files.writeString(folder.resolve("03-c.md"), "c");
      await(() -> events.contains("changed 03-c.md"), "an edit in the recreated folder");
    }
  }
}
