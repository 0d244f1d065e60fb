package org.gradientlab.viewmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;

/**
 * Where view models do their work: named workers for heavy computation and a publisher that hands
 * results to the UI. The app gives daemon worker threads and the FX thread ({@link #threads});
 * tests give the calling thread for both ({@link #callingThread}), so a test drives a view model
 * step by step with no waiting. The one way the app works in the background: views own no threads.
 */
public interface Background {

  /** A worker for one stream of work (one computation at a time, in submission order). */
  Worker worker(String name);

  /** Runs result handlers where the UI may be touched (the FX thread in the app). */
  Executor publisher();

  /** A worker; {@link #close} stops its thread and drops what it has not started. */
  interface Worker extends Executor, AutoCloseable {
    @Override
    void close();
  }

  /** One daemon thread per worker, named for thread dumps; results through {@code publisher}. */
  static Background threads(Executor publisher) {
    return new Background() {
      @Override
      public Worker worker(String name) {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
        return new Worker() {
          @Override
          public void execute(Runnable task) {
            try {
              service.execute(task);
            } catch (RejectedExecutionException closed) {
              // closed with its view model: nothing is waiting for this work any more
            }
          }

          @Override
          public void close() {
            service.shutdownNow();
          }
        };
      }

      @Override
      public Executor publisher() {
        return publisher;
      }
    };
  }

  /** Work and results on the calling thread: for tests and for headless batch runs. */
  static Background callingThread() {
    return new Background() {
      @Override
      public Worker worker(String name) {
        return new Worker() {
          @Override
          public void execute(Runnable task) {
            task.run();
          }

          @Override
          public void close() {
            // nothing runs on its own
          }
        };
      }

      @Override
      public Executor publisher() {
        return Runnable::run;
      }
    };
  }
}
