package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * One ingest run into a {@link Store}: decides which articles need coding, and stores coded ones in
 * batches, each batch one transaction.
 *
 * <p>An article is known by its id. One whose id and content hash are already stored is skipped,
 * which makes ingest idempotent and lets a rerun after a crash resume where the last committed
 * batch ended. One with a stored id but other content or coding settings (date, home country) is
 * kept as stored and counted as {@link Counts#differing}, unless the session was opened to replace,
 * when it is coded again and replaces the old version ({@link Counts#replaced}): nothing is
 * replaced silently. An input that gives no date takes the stored version's, so reading the same
 * files again without {@code --date} never erases dates. A batch is committed when it holds {@code
 * batchSize} articles or its first article has waited {@code maxWait}, so a crash loses at most
 * that much coding work and never half an article. Time comes from the injected clock. The store is
 * released while articles are coded, so other processes can read it between batches. Used from one
 * thread.
 */
public final class IngestSession implements AutoCloseable {
  /**
   * What a run did so far.
   *
   * @param stored articles written, new and replaced
   * @param replaced of {@code stored}, those that replaced a stored version
   * @param unchanged articles read that were already stored as they are (or read twice)
   * @param differing articles that differ from their stored version and were kept as stored
   * @param failed inputs that could not be read, coded or stored
   */
  public record Counts(int stored, int replaced, int unchanged, int differing, int failed) {}

  /** How many ids of differing articles a run remembers, to name a few in its summary. */
  private static final int DIFFERING_EXAMPLES = 3;

  private final Store store;
  private final Clock clock;
  private final String coder;
  private final int batchSize;
  private final Duration maxWait;
  private final Consumer<String> onFailure;
  private final boolean replace;
  private final int runId;
  private final List<CodedArticle> batch = new ArrayList<>();
  private final Set<String> replacing = new HashSet<>();
  private final List<String> differingExamples = new ArrayList<>();
  private Instant batchStarted;
  private int stored;
  private int replaced;
  private int unchanged;
  private int differing;
  private int failed;

  public IngestSession(
      Store store,
      List<String> inputs,
      String coder,
      Clock clock,
      int batchSize,
      Duration maxWait,
      Consumer<String> onFailure) {
    this(store, inputs, coder, clock, batchSize, maxWait, false, onFailure);
  }

  /**
   * @param replace whether an article that differs from its stored version replaces it (else it is
   *     kept as stored and counted)
   */
  public IngestSession(
      Store store,
      List<String> inputs,
      String coder,
      Clock clock,
      int batchSize,
      Duration maxWait,
      boolean replace,
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
    this.replace = replace;
    this.runId = store.beginRun(inputs, coder, clock.instant());
    // Coding is the slow part: other processes read (or write) while this one codes.
    store.release();
  }

  /** What ingest does with an article read. */
  public enum Verdict {
    /** Not stored yet: code and store it. */
    NEW,
    /** Stored as it is: nothing to do. */
    UNCHANGED,
    /** Stored in another version, and this session does not replace: keep the stored one. */
    DIFFERS,
    /** Stored in another version, and this session replaces: code it and replace. */
    REPLACE
  }

  /** The verdict on {@code a}, without counting it. */
  public Verdict verdict(Article a) {
    String storedHash = store.contentHash(a.id());
    if (storedHash == null) {
      return Verdict.NEW;
    }
    if (storedHash.equals(ContentHash.of(completed(a)))) {
      return Verdict.UNCHANGED;
    }
    return replace ? Verdict.REPLACE : Verdict.DIFFERS;
  }

  /**
   * The article to code for {@code a} (with the stored date when {@code a} has none), or empty when
   * there is nothing to code; counts it as unchanged or differing accordingly.
   */
  public Optional<Article> toCode(Article a) {
    Verdict v = verdict(a);
    switch (v) {
      case UNCHANGED -> unchanged++;
      case DIFFERS -> {
        differing++;
        if (differingExamples.size() < DIFFERING_EXAMPLES) {
          differingExamples.add(a.id());
        }
      }
      case REPLACE -> replacing.add(a.id());
      case NEW -> {}
    }
    return v == Verdict.NEW || v == Verdict.REPLACE ? Optional.of(completed(a)) : Optional.empty();
  }

  /** Counts an article read a second time in this run, identical to the first. */
  public void repeated() {
    unchanged++;
  }

  /** The first few ids of the articles kept as stored because they differ, for a hint. */
  public List<String> differingExamples() {
    return List.copyOf(differingExamples);
  }

  /**
   * {@code a}, with the stored date when the input gives none: a date the input does not give is
   * not a change, and must never erase the stored one.
   */
  private Article completed(Article a) {
    if (a.date() != null || store.contentHash(a.id()) == null) {
      return a;
    }
    LocalDate storedDate = storedDate(a.id());
    return storedDate == null ? a : a.withDate(storedDate);
  }

  private LocalDate storedDate(String articleId) {
    try (PreparedStatement ps =
        store.connection().prepareStatement("SELECT date FROM articles WHERE article_id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getObject(1, LocalDate.class) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored date of \"" + articleId + "\"", e);
    }
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
      for (CodedArticle c : pending) {
        if (replacing.remove(c.article().id())) {
          replaced++;
        }
      }
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
    return new Counts(stored, replaced, unchanged, differing, failed);
  }

  /** Commits what is queued and records the run's totals. */
  @Override
  public void close() {
    flush();
    store.finishRun(runId, clock.instant(), stored, unchanged, failed);
    store.release();
  }
}
