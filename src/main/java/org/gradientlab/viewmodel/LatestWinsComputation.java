package org.gradientlab.viewmodel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a computation off the UI thread for the newest request only: while one computation is in
 * flight, newer requests replace each other and only the last is run next, so a fast slider drag
 * costs at most one computation behind the pointer. A finished result is published even when a
 * newer request is already waiting (it is still fresher than what is on screen, which keeps a drag
 * live); a generation number makes sure an older result never replaces a newer one. Long work can
 * poll {@code isStale} and give up by returning null or throwing {@link CancellationException}.
 * Results and errors are handed to the publisher (the FX thread in the app, the caller in tests);
 * errors are logged as well, never swallowed.
 *
 * @param <I> the request
 * @param <R> the result
 */
public final class LatestWinsComputation<I, R> {

  /** The work itself; {@code isStale} turns true once a newer request has arrived. */
  @FunctionalInterface
  public interface Work<I, R> {
    R compute(I input, BooleanSupplier isStale) throws Exception;
  }

  private static final System.Logger LOG = System.getLogger(LatestWinsComputation.class.getName());

  private record Job<I>(long generation, I input) {}

  private final Work<I, R> work;
  private final Executor worker;
  private final Executor publisher;
  private final Consumer<R> onResult;
  private final Consumer<Throwable> onError;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<Job<I>> pending = new AtomicReference<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong completed = new AtomicLong();
  /** Generation of the last {@link #cancel}: results of older jobs are dropped. */
  private final AtomicLong cancelledAt = new AtomicLong();
  /** Touched only by the publisher. */
  private long publishedGeneration;

  public LatestWinsComputation(
      Work<I, R> work,
      Executor worker,
      Executor publisher,
      Consumer<R> onResult,
      Consumer<Throwable> onError) {
    this.work = work;
    this.worker = worker;
    this.publisher = publisher;
    this.onResult = onResult;
    this.onError = onError;
  }

  /** On {@code background}'s publisher, with {@code worker}. */
  public LatestWinsComputation(Work<I, R> work, Background.Worker worker, Background background,
      Consumer<R> onResult, Consumer<Throwable> onError) {
    this(work, worker, background.publisher(), onResult, onError);
  }

  /** A single daemon worker thread, named for thread dumps. */
  public static ExecutorService newWorker(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** Asks for a computation of {@code input}; supersedes every earlier request. */
  public void submit(I input) {
    pending.set(new Job<>(generation.incrementAndGet(), input));
    if (draining.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
  }

  /** Abandons the request in flight and any waiting one: nothing asked for so far is published. */
  public void cancel() {
    pending.set(null);
    cancelledAt.set(generation.incrementAndGet());
  }

  /** How many results have been published; for tests and benchmarks. */
  public long completedCount() {
    return completed.get();
  }

  /** Generation of the newest request. */
  public long latestGeneration() {
    return generation.get();
  }

  private void drain() {
    while (true) {
      Job<I> job = pending.getAndSet(null);
      if (job == null) {
        draining.set(false);
        // A request may have slipped in between the read and the reset.
        if (pending.get() != null && draining.compareAndSet(false, true)) {
          continue;
        }
        return;
      }
      BooleanSupplier isStale = () -> generation.get() != job.generation();
      try {
        R result = work.compute(job.input(), isStale);
        if (result != null) {
          publisher.execute(() -> publish(job.generation(), result));
        }
      } catch (CancellationException cancelled) {
        // given up for a newer request
      } catch (Throwable error) {
        LOG.log(System.Logger.Level.WARNING, "background computation failed", error);
        if (!isStale.getAsBoolean()) {
          publisher.execute(() -> onError.accept(error));
        }
      }
    }
  }

  private void publish(long jobGeneration, R result) {
    if (jobGeneration > publishedGeneration && jobGeneration > cancelledAt.get()) {
      publishedGeneration = jobGeneration;
      completed.incrementAndGet();
      onResult.accept(result);
    }
  }
}
