package org.gradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

  private final java.util.logging.Handler[] console = java.util.logging.Logger.getLogger("").getHandlers();
  private final java.util.logging.Level[] levels = new java.util.logging.Level[console.length];

  /** The build's output stays short: the console shows nothing of what these tests log. */
  @org.junit.jupiter.api.BeforeEach
  void quietConsole() {
    for (int i = 0; i < console.length; i++) {
      levels[i] = console[i].getLevel();
      console[i].setLevel(java.util.logging.Level.OFF);
    }
  }

  @org.junit.jupiter.api.AfterEach
  void restoreConsole() {
    for (int i = 0; i < console.length; i++) {
      console[i].setLevel(levels[i]);
    }
  }

  private static final System.Logger LOG = System.getLogger(AppLogTest.class.getName());

  @Test
  void warningsGoToTheLogFileAndToTheListenerInfoOnlyToTheFile(@TempDir Path dir) throws Exception {
    List<LogRecord> problems = new ArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    try (AppLog log = AppLog.install(dir.resolve("logs"), problems::add)) {
      LOG.log(System.Logger.Level.INFO, "an ordinary event");
      LOG.log(System.Logger.Level.WARNING, "the export failed", new IllegalStateException("disk full"));
      assertThat(log.file()).isEqualTo(dir.resolve("logs/gradient-lab-0.log"));
      String text = Files.readString(log.file());
      assertThat(text).contains("INFO org.gradientlab.app.AppLogTest: an ordinary event");
      assertThat(text).contains("WARNING org.gradientlab.app.AppLogTest: the export failed")
          .contains("java.lang.IllegalStateException: disk full");
      assertThat(problems).extracting(LogRecord::getMessage).containsExactly("the export failed");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    LOG.log(System.Logger.Level.WARNING, "after closing");
    assertThat(problems).hasSize(1);
  }

  @Test
  void theLogRollsOverAtItsSizeLimitKeepingAtMostCountFiles(@TempDir Path dir) throws Exception {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    try (AppLog log = AppLog.install(dir, r -> assertThat(r).isNotNull(), 2_000)) {
      for (int i = 0; i < 200; i++) {
        LOG.log(System.Logger.Level.INFO, "line " + i + " of a long session");
      }
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    assertThat(dir.resolve("gradient-lab-1.log")).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".log")).count()).isEqualTo(AppLog.COUNT);
    }
    assertThat(Files.size(dir.resolve("gradient-lab-0.log"))).isLessThanOrEqualTo(2_000 + 200);
  }
}
