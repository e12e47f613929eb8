package org.dyad.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * One ingest run into a {@link Store}: decides which articles need coding, and stores coded ones in
 * batches, each batch one transaction.
 *
 * <p>An article whose id and content hash are already stored is skipped, which makes ingest
 * idempotent and lets a rerun after a crash resume where the last committed batch ended; an article
 * with a known id but a new hash is coded again and replaces the old version. A batch is committed
 * when it holds {@code batchSize} articles or its first article has waited {@code maxWait}, so a
 * crash loses at most that much coding work and never half an article. Time comes from the injected
 * clock. The store is released while articles are coded, so other processes can read it between
 * batches. Used from one thread.
 */
public final class IngestSession implements AutoCloseable {
  /** What a run did so far. */
  public record Counts(int stored, int unchanged, int failed) {}

  private final Store store;
  private final Clock clock;
  private final String coder;
  private final int batchSize;
  private final Duration maxWait;
  private final Consumer<String> onFailure;
  private final int runId;
  private final List<CodedArticle> batch = new ArrayList<>();
  private Instant batchStarted;
  private int stored;
  private int unchanged;
  private int failed;

  public IngestSession(
      Store store,
      List<String> inputs,
      String coder,
      Clock clock,
      int batchSize,
      Duration maxWait,
      Consumer<String> onFailure) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    this.store = store;
    this.clock = clock;
    this.coder = coder;
    this.batchSize = batchSize;
    this.maxWait = maxWait;
    this.onFailure = onFailure;
    this.runId = store.beginRun(inputs, coder, clock.instant());
    // Coding is the slow part: other processes read (or write) while this one codes.
    store.release();
  }

  /** True when {@code a} is new or changed; false (and counted as unchanged) when stored as is. */
  public boolean needsCoding(Article a) {
    if (ContentHash.of(a).equals(store.contentHash(a.id()))) {
      unchanged++;
      return false;
    }
    return true;
  }

  /** Queues a coded article, committing the batch when it is full or has waited long enough. */
  public void accept(CodedArticle coded) {
    if (batch.isEmpty()) {
      batchStarted = clock.instant();
    }
    batch.add(coded);
    if (batch.size() >= batchSize || !clock.instant().isBefore(batchStarted.plus(maxWait))) {
      flush();
    }
  }

  /** Counts an article that could not be coded. */
  public void failed() {
    failed++;
  }

  /** Commits the queued articles now. */
  public void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<CodedArticle> pending = List.copyOf(batch);
    batch.clear();
    try {
      store.write(pending, runId, clock.instant(), coder);
      stored += pending.size();
      store.release();
    } catch (StoreFullException e) {
      // Every later batch would fail the same way: stop the run, keeping what is committed.
      releaseQuietly();
      throw e;
    } catch (StoreException e) {
      // Let go of a connection a failed write may have spoiled; the next write takes a new one.
      releaseQuietly();
      if (pending.size() == 1) {
        failed++;
        onFailure.accept(
            pending.get(0).article().origin()
                + ": could not store article \""
                + pending.get(0).article().id()
                + "\": "
                + e.getMessage());
        return;
      }
      for (CodedArticle c : pending) {
        batch.add(c);
        flush();
      }
    }
  }

  private void releaseQuietly() {
    try {
      store.release();
    } catch (StoreException ignored) {
      // the write's error is the one reported
    }
  }

  public Counts counts() {
    return new Counts(stored, unchanged, failed);
  }

  /** Commits what is queued and records the run's totals. */
  @Override
  public void close() {
    flush();
    store.finishRun(runId, clock.instant(), stored, unchanged, failed);
    store.release();
  }
}
