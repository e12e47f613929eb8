package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code dyad ingest} (a child JVM running the whole pipeline) in the middle of 60
 * Reuters stories with SIGKILL, then reruns it: the store must end with every readable story
 * exactly once, and the second run must skip what the first committed. A reader opens the store
 * while the first run works.
 */
class IngestResumeIT {
  private static final int STORIES = 60;

  @TempDir Path dir;

  @Test
  void killedMidwayAndRerunStoresEveryStoryOnce() throws Exception {
    Path reuters = TestEngine.shared("corpora/reuters/reuters-21578.jsonl.gz");
    Path slice = dir.resolve("reuters-slice.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
      for (String line; lines.size() < STORIES && (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    Files.write(slice, lines, StandardCharsets.UTF_8);
    Set<String> readable = new HashSet<>();
    for (Article a : TestEngine.read(slice, null)) {
      readable.add(a.id());
    }
    Path storeDir = dir.resolve("store");

    // First run: SIGKILL soon after its first batch is committed. A reader watches from beside
    // the running ingest: it gets the store between two batches and sees whole committed articles
    // (before issue 14 it was refused as "in use by another process").
    Process first = ingest(storeDir, slice, dir.resolve("first.log"));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (!committed(storeDir)) {
      if (!first.isAlive()) {
        fail(
            "the first run ended before storing anything: "
                + Files.readString(dir.resolve("first.log")));
      }
      if (System.nanoTime() > deadline) {
        first.destroyForcibly();
        fail("the first run stored nothing in 4 minutes");
      }
      Thread.sleep(50);
    }
    Thread.sleep(1000);
    first.destroyForcibly().waitFor();

    int afterKill;
    try (Store s = Store.open(storeDir)) {
      afterKill = s.articleCount();
      assertWhole(s);
    }
    assertTrue(
        afterKill > 0 && afterKill < readable.size(),
        "the kill must land midway to test anything: "
            + afterKill
            + " of "
            + readable.size()
            + " stored");

    // Second run: finishes the job, skipping what the first committed.
    Process second = ingest(storeDir, slice, dir.resolve("second.log"));
    assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the second run finishes");
    String log = Files.readString(dir.resolve("second.log"));
    assertTrue(
        second.exitValue() == 0 || second.exitValue() == 1,
        "exit " + second.exitValue() + ": " + log);

    try (Store s = Store.open(storeDir)) {
      assertEquals(readable.size(), s.articleCount(), log);
      Set<String> stored = new HashSet<>();
      try (var st = s.connection().createStatement();
          var r = st.executeQuery("SELECT article_id FROM articles")) {
        while (r.next()) {
          assertTrue(stored.add(r.getString(1)), "stored twice: " + r.getString(1));
        }
      }
      assertEquals(readable, stored);
      assertWhole(s);
      assertEquals(
          afterKill,
          StoreTest.count(s, "SELECT unchanged FROM runs WHERE run_id = 2"),
          "the rerun skips exactly what the first run committed");
      assertEquals(
          StoreTest.count(s, "SELECT max(batch) FROM articles"),
          s.textIndex().indexedBatch(),
          "the text index caught up with every stored batch");
    }
  }

  /** No row is stored twice, and every stored article has its sentences. */
  private static void assertWhole(Store s) {
    for (String[] t :
        new String[][] {
          {"sentences", "sentence"},
          {"actors", "actor_id"},
          {"events", "event_id"},
          {"quotes", "quote_id"}
        }) {
      assertEquals(
          StoreTest.count(s, "SELECT count(*) FROM " + t[0]),
          StoreTest.count(s, "SELECT count(DISTINCT (article_id, " + t[1] + ")) FROM " + t[0]),
          "duplicate rows in " + t[0]);
    }
    assertEquals(
        0,
        StoreTest.count(
            s,
            "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                + " (SELECT 1 FROM sentences s WHERE s.article_id = a.article_id)"),
        "an article without its sentences is a half-written article");
    assertEquals(
        StoreTest.count(s, "SELECT count(*) FROM events"),
        StoreTest.count(s, "SELECT count(DISTINCT global_event_id) FROM events"));
  }

  /** True when a reader beside the ingest sees a committed article, all of it. */
  private static boolean committed(Path storeDir) {
    if (!Files.exists(storeDir.resolve(Store.DATABASE_FILE))) {
      return false;
    }
    try (Store s = Store.openReadOnly(storeDir, java.time.Duration.ofSeconds(60))) {
      assertWhole(s);
      return s.articleCount() > 0;
    } catch (StoreException e) {
      // the first transaction, which creates the tables, is not committed yet
      return false;
    }
  }

  private static Process ingest(Path store, Path input, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx2g",
            "-cp",
            System.getProperty("java.class.path"),
            "org.dyad.cli.DyadCli",
            "ingest",
            "--store",
            store.toString(),
            "--progress",
            "none",
            "--threads",
            "1",
            "--batch",
            "4",
            input.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
