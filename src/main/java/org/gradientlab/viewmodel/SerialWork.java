package org.gradientlab.viewmodel;

import java.lang.System.Logger.Level;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Work that must run in order, each task after the ones before it (the phases of an outer
 * hypergradient iteration, chunks of net training), unlike {@link LatestWinsComputation} where a
 * newer request replaces an older one. {@link #cancel} starts a new generation: queued tasks of the
 * old one are skipped, the running one sees its {@code cancelled} flag turn true, and nothing of the
 * old generation is published. Errors are logged and handed to {@code onError}; none is swallowed.
 */
public final class SerialWork {

  private static final System.Logger LOG = System.getLogger(SerialWork.class.getName());

  /** One task; it may poll {@code cancelled} and give up by throwing {@link CancellationException}. */
  @FunctionalInterface
  public interface Task<R> {
    R run(BooleanSupplier cancelled) throws Exception;
  }

  private final Executor worker;
  private final Executor publisher;
  private final Consumer<Throwable> onError;
  private final AtomicLong generation = new AtomicLong();
  /** Tasks submitted in the current generation and not yet published; publisher thread only. */
  private int pending;

  public SerialWork(Executor worker, Executor publisher, Consumer<Throwable> onError) {
    this.worker = worker;
    this.publisher = publisher;
    this.onError = onError;
  }

  /** Runs {@code task} after every earlier one and publishes its result with {@code onResult}. */
  public <R> void submit(Task<R> task, Consumer<? super R> onResult) {
    long g = generation.get();
    pending++;
    BooleanSupplier cancelled = () -> generation.get() != g;
    worker.execute(() -> {
      if (cancelled.getAsBoolean()) {
        return;
      }
      try {
        R result = task.run(cancelled);
        publisher.execute(() -> {
          if (!cancelled.getAsBoolean()) {
            pending--;
            onResult.accept(result);
          }
        });
      } catch (CancellationException e) {
        // given up for a newer generation
      } catch (Throwable e) {
        LOG.log(Level.WARNING, "background task failed", e);
        publisher.execute(() -> {
          if (!cancelled.getAsBoolean()) {
            cancel();
            onError.accept(e);
          }
        });
      }
    });
  }

  /** Forgets every task not yet published: the next submission starts a new generation. */
  public void cancel() {
    generation.incrementAndGet();
    pending = 0;
  }

  /** Tasks submitted since the last cancel and not yet published (publisher thread). */
  public int pending() {
    return pending;
  }
}
