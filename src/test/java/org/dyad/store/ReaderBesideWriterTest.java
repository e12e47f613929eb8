package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 3: a store is readable while another process writes it. A child JVM stores
 * batches through an {@link IngestSession} with pauses between them (as coding makes), while this
 * one opens the store read-only again and again: every open succeeds within its wait and sees whole
 * committed batches, growing. Before the fix every open failed at once ("in use").
 */
class ReaderBesideWriterTest {
  @TempDir Path dir;

  @Test
  void readersSeeEachCommittedBatchWhileAWriterRuns() throws Exception {
    Path store = dir.resolve("store");
    int batches = 12;
    int perBatch = 5;
    Process writer =
        SlowWriter.start(
            dir.resolve("writer.log"),
            store.toString(),
            Integer.toString(batches),
            Integer.toString(perBatch),
            "150",
            "2000");
    List<Long> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (writer.isAlive() && System.nanoTime() < deadline) {
      if (Files.exists(store.resolve(Store.DATABASE_FILE))) {
        try (Store s = Store.openReadOnly(store, Duration.ofSeconds(20))) {
          long articles = count(s, "SELECT count(*) FROM articles");
          assertEquals(0, articles % perBatch, "only whole batches are ever visible: " + articles);
          assertEquals(
              articles,
              count(s, "SELECT count(DISTINCT article_id) FROM sentences"),
              "every visible article has its sentences");
          if (writer.isAlive()) {
            seen.add(articles);
          }
        } catch (StoreException e) {
          // the schema is created in the writer's first transaction: a store without it yet
          if (!e.getMessage().contains("schema") && !e.getMessage().contains("version")) {
            throw e;
          }
        }
      }
      Thread.sleep(40);
    }
    assertTrue(writer.waitFor(1, TimeUnit.MINUTES), "the writer finishes");
    String log = Files.readString(dir.resolve("writer.log"));
    assertEquals(0, writer.exitValue(), log);
    assertTrue(log.contains("done"), log);
    long partial = seen.stream().filter(n -> n > 0 && n < batches * perBatch).count();
    assertTrue(partial >= 3, "reads that saw the store mid-ingest: " + seen);
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "a reader never sees the store shrink: " + seen);
    }
    try (Store s = Store.openReadOnly(store)) {
      assertEquals(batches * perBatch, s.articleCount());
    }
  }

  @Test
  void aReaderWaitsForAWriterThenGivesUpWithAClearMessage() throws Exception {
    Path store = dir.resolve("store");
    try (Store s = Store.open(store)) {
      // an empty, current store
    }
    Process holder = SlowWriter.start(dir.resolve("hold.log"), store.toString(), "hold", "2500");
    awaitLine(dir.resolve("hold.log"), "holding", holder);
    long started = System.nanoTime();
    StoreException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            StoreException.class, () -> Store.openReadOnly(store, Duration.ofMillis(300)));
    assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(300), "it waited");
    assertTrue(
        e.getMessage().contains("in use by another process")
            && e.getMessage().contains("--wait SECONDS"),
        e.getMessage());
    // A longer wait outlasts the holder.
    try (Store s = Store.openReadOnly(store, Duration.ofSeconds(30))) {
      assertEquals(0, s.articleCount());
    }
    assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
  }

  static void awaitLine(Path log, String line, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(log) || !Files.readString(log).contains(line)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "no '"
                + line
                + "' from the child: "
                + (Files.exists(log) ? Files.readString(log) : ""));
      }
      Thread.sleep(20);
    }
  }

  static long count(Store s, String sql) throws IOException {
    try (Statement st = s.connection().createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
  }
}
