package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Tells when a lesson file in a folder is created, changed or deleted, so an edit in the teacher's
 * editor shows up in the running app. Its loop runs on the worker it is given; {@link #close}
 * ends the loop, and the worker is free for the next watcher.
 *
 * <p>A watch follows a directory, not a path: when the folder is deleted the watch ends, and when
 * it is moved (on Linux) the watch silently follows it to its new place. So every
 * {@code recheck} the watcher also asks whether the path still names the directory it watches;
 * when it does not, it says so ({@link Listener#watching} false), waits for the folder to be back,
 * watches it again and asks for everything to be read again ({@link Listener#rescan}).
 */
public final class LessonFolderWatcher implements AutoCloseable {

  /** What the watcher reports, on its own thread. */
  public interface Listener {
    /** A {@code .md} file of the folder was created, changed or deleted. */
    void changed(Path file);

    /** Changes may have been missed (the folder came back, or events overflowed): read it all. */
    void rescan();

    /** Whether edits are being followed; {@code why} says why not. */
    void watching(boolean on, String why);
  }

  private static final System.Logger LOG = System.getLogger(LessonFolderWatcher.class.getName());
  private static final Duration RECHECK = Duration.ofMillis(500);

  private final Path folder;
  private final Listener listener;
  private final long recheckMillis;
  private final WatchService service;
  /** Set once the loop runs, so that {@link #close} can interrupt its wait. */
  private volatile Thread loopThread;
  private volatile boolean watching;
  private WatchKey key;
  private Object identity;

  /**
   * Watches {@code folder}, which must exist, with its loop on {@code thread}: a worker of its own
   * (the loop waits for events until {@link #close}), never the caller's thread.
   */
  public LessonFolderWatcher(Path folder, Executor thread, Listener listener) throws IOException {
    this(folder, thread, listener, RECHECK);
  }

  LessonFolderWatcher(Path folder, Executor thread, Listener listener, Duration recheck)
      throws IOException {
    this.folder = folder;
    this.listener = listener;
    this.recheckMillis = Math.max(1, recheck.toMillis());
    service = FileSystems.getDefault().newWatchService();
    try {
      register();
    } catch (IOException e) {
      service.close();
      throw e;
    }
    watching = true;
    thread.execute(this::run);
  }

  /** Whether edits in the folder are being followed now. */
  public boolean isWatching() {
    return watching;
  }

  private void register() throws IOException {
    key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    identity = identity();
  }

  /** What the path names now (the directory's file key), or null when it names no directory. */
  private Object identity() {
    try {
      BasicFileAttributes a = Files.readAttributes(folder, BasicFileAttributes.class);
      return a.isDirectory() ? Objects.requireNonNullElse(a.fileKey(), folder.toRealPath()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void run() {
    loopThread = Thread.currentThread();
    try {
      while (true) {
        WatchKey k = service.poll(recheckMillis, TimeUnit.MILLISECONDS);
        if (k != null) {
          deliver(k);
        }
        if (watching && (key == null || !key.isValid() || !Objects.equals(identity, identity()))) {
          lost();
        }
        if (!watching) {
          tryAgain();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "the lesson watcher stopped", e);
      watching = false;
      listener.watching(false, "the watcher stopped: " + e);
    }
  }

  private void deliver(WatchKey k) {
    for (WatchEvent<?> event : k.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        listener.rescan();
      } else if (k == key && event.context() instanceof Path name && name.toString().endsWith(".md")) {
        listener.changed(folder.resolve(name));
      }
    }
    if (!k.reset() && k == key) {
      key = null;
    }
  }

  private void lost() {
    if (key != null) {
      key.cancel();
      key = null;
    }
    watching = false;
    Path where = folder.toAbsolutePath();
    String why = Files.exists(folder) ? where + " was replaced" : where + " is gone (moved or deleted)";
    LOG.log(System.Logger.Level.WARNING, "not watching the lessons folder: " + why);
    listener.watching(false, why);
  }

  /** Watches the folder again once it is back, and asks for it to be read afresh. */
  private void tryAgain() {
    if (identity() == null) {
      return;
    }
    try {
      register();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot watch " + folder + " yet", e);
      return;
    }
    watching = true;
    LOG.log(System.Logger.Level.INFO, "watching the lessons folder again: " + folder);
    listener.rescan();
    listener.watching(true, "");
  }

  @Override
  public void close() throws IOException {
    service.close();
    Thread t = loopThread;
    if (t != null) {
      t.interrupt();
    }
  }
}
