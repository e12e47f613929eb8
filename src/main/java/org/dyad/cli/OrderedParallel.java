package org.dyad.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over items on a fixed number of threads and hands the results on in input order,
 * keeping at most a few items per thread in flight so memory stays flat on inputs of any length.
 * Used from one thread.
 *
 * @param <I> input
 * @param <O> output
 */
final class OrderedParallel<I, O> implements AutoCloseable {
  private final ExecutorService pool;
  private final Function<I, O> work;
  private final Consumer<O> sink;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();
  private final int window;

  OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dyad-worker");
              t.setDaemon(true);
              return t;
            });
    this.work = work;
    this.sink = sink;
    this.window = threads * 3;
  }

  void submit(I item) {
    inFlight.add(pool.submit(() -> work.apply(item)));
    while (inFlight.size() >= window) {
      drainOne();
    }
  }

  /** Hands on every result still in flight. */
  void finish() {
    while (!inFlight.isEmpty()) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<O> f = inFlight.poll();
    try {
      sink.accept(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed outside the per-article guard", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
