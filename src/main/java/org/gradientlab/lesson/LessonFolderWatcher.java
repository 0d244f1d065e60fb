package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;

/**
 * Tells when a lesson file in a folder is created, changed or deleted, so an edit in the teacher's
 * editor shows up in the running app. Runs on its own daemon thread; {@link #close} stops it.
 */
public final class LessonFolderWatcher implements AutoCloseable {

  private final WatchService service;
  private final Thread thread;

  /** Calls {@code changed} with the file's path, on the watcher's thread. */
  public LessonFolderWatcher(Path folder, Consumer<Path> changed) throws IOException {
    service = FileSystems.getDefault().newWatchService();
    folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    thread = new Thread(() -> {
      try {
        while (true) {
          WatchKey key = service.take();
          for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && name.toString().endsWith(".md")) {
              changed.accept(folder.resolve(name));
            }
          }
          if (!key.reset()) {
            return;
          }
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        // closed
      }
    }, "lesson-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
