package org.gradientlab.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's log: everything the code logs through {@code System.Logger} (java.util.logging
 * underneath) from INFO up goes to a rolling file in the user's folder, {@value #FILE_PATTERN}
 * (newest is generation 0; {@value #LIMIT_BYTES} bytes each, {@value #COUNT} kept). Warnings and
 * worse are also handed to a listener, which the window turns into a sign in its status bar.
 * Uncaught exceptions on any thread are logged as SEVERE, so none vanishes.
 */
public final class AppLog implements AutoCloseable {

  public static final String FILE_PATTERN = "gradient-lab-%g.log";
  public static final int LIMIT_BYTES = 1_000_000;
  public static final int COUNT = 5;

  private static final System.Logger LOG = System.getLogger(AppLog.class.getName());
  /** Held: java.util.logging keeps loggers only weakly, and a level set on a collected one is lost. */
  private static final Logger ROOT = Logger.getLogger("");
  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private final Path file;
  private final FileHandler fileHandler;
  private final Handler problems;

  private AppLog(Path file, FileHandler fileHandler, Handler problems) {
    this.file = file;
    this.fileHandler = fileHandler;
    this.problems = problems;
  }

  /**
   * Starts logging into {@code folder} (created if missing) and calls {@code onProblem} with every
   * record of level WARNING or worse, on the thread that logged it.
   */
  public static AppLog install(Path folder, Consumer<LogRecord> onProblem) throws IOException {
    return install(folder, onProblem, LIMIT_BYTES);
  }

  /** With files of at most {@code limitBytes} each (tests roll the log over quickly). */
  static AppLog install(Path folder, Consumer<LogRecord> onProblem, int limitBytes) throws IOException {
    Files.createDirectories(folder);
    FileHandler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), limitBytes, COUNT, true);
    handler.setFormatter(new LineFormatter());
    handler.setLevel(Level.INFO);
    handler.setEncoding("UTF-8");
    Handler problems = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
          onProblem.accept(r);
        }
      }

      @Override
      public void flush() {
        // nothing buffered
      }

      @Override
      public void close() {
        // nothing held
      }
    };
    // The file has everything; the terminal (mvn javafx:run) only what went wrong.
    for (Handler h : ROOT.getHandlers()) {
      if (h instanceof java.util.logging.ConsoleHandler && h.getLevel().intValue() < Level.WARNING.intValue()) {
        h.setLevel(Level.WARNING);
      }
    }
    ROOT.addHandler(handler);
    ROOT.addHandler(problems);
    quietJavaFxClasspathWarning();
    Thread.setDefaultUncaughtExceptionHandler((t, e) ->
        LOG.log(System.Logger.Level.ERROR, "uncaught on thread " + t.getName(), e));
    AppLog log = new AppLog(folder.resolve(FILE_PATTERN.replace("%g", "0")), handler, problems);
    LOG.log(System.Logger.Level.INFO, "Gradient Lab started; Java " + System.getProperty("java.version")
        + " on " + System.getProperty("os.name"));
    return log;
  }

  /**
   * JavaFX warns at start that it was loaded from the classpath; the app is meant to run that way
   * (in the image too), so that one line would only alarm users and fill the status bar.
   */
  public static void quietJavaFxClasspathWarning() {
    JAVAFX.setLevel(Level.SEVERE);
  }

  /** The file being written now. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    ROOT.removeHandler(problems);
    ROOT.removeHandler(fileHandler);
    fileHandler.close();
  }

  /** One line per record (time, level, logger, message), then the stack trace if there is one. */
  static final class LineFormatter extends Formatter {
    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord r) {
      StringBuilder b = new StringBuilder()
          .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
          .append(r.getLevel().getName()).append(' ')
          .append(r.getLoggerName()).append(": ")
          .append(formatMessage(r)).append(System.lineSeparator());
      if (r.getThrown() != null) {
        StringWriter trace = new StringWriter();
        r.getThrown().printStackTrace(new PrintWriter(trace));
        b.append(trace);
      }
      return b.toString();
    }
  }
}
