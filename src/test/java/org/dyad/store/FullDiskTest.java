package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a full disk during an ingest gives a clear error, stops the run, and leaves a store
 * that opens with every earlier batch whole. A child JVM writes batches through an {@link
 * IngestSession}; once it has opened the store, its file size limit is lowered with util-linux's
 * {@code prlimit} (no root needed: the limit is the kernel's EFBIG, as a full disk is ENOSPC, and
 * the JVM ignores SIGXFSZ so the write fails instead of killing it). Skipped with the reason when
 * {@code prlimit} is missing or refused.
 */
class FullDiskTest {
  private static final int PER_BATCH = 4;

  @TempDir Path dir;

  @Test
  void aFullDiskStopsTheIngestWithAClearErrorAndKeepsEveryEarlierBatch() throws Exception {
    Path store = dir.resolve("store");
    Path log = dir.resolve("writer.log");
    Path go = dir.resolve("go");
    Process writer =
        SlowWriter.start(
            log,
            store.toString(),
            "400",
            Integer.toString(PER_BATCH),
            "0",
            "60000",
            "w",
            go.toString());
    try {
      ReaderBesideWriterTest.awaitLine(log, "ready", writer);
      long limit = Files.size(store.resolve(Store.DATABASE_FILE)) + 3_000_000;
      limitFileSize(writer.pid(), limit);
      Files.createFile(go);
      assertTrue(writer.waitFor(3, TimeUnit.MINUTES), "the writer stops");
    } finally {
      writer.destroyForcibly();
    }
    String out = Files.readString(log);
    assertEquals(3, writer.exitValue(), out);
    assertTrue(out.contains("File too large"), out);
    assertTrue(out.contains("the disk (or the file size limit) is full"), out);
    assertTrue(out.contains("every earlier batch in"), out);
    long committed =
        out.lines()
            .filter(l -> l.startsWith("committed "))
            .mapToLong(l -> Long.parseLong(l.substring("committed ".length())))
            .max()
            .orElse(0);
    assertTrue(committed >= PER_BATCH, "some batches went in before the disk filled: " + out);

    try (Store s = Store.open(store)) {
      long articles = s.articleCount();
      assertTrue(
          articles >= committed && articles % PER_BATCH == 0,
          "every reported batch, and whole batches only: " + articles + " after " + out);
      assertEquals(
          articles,
          ReaderBesideWriterTest.count(s, "SELECT count(DISTINCT article_id) FROM sentences"));
      assertEquals(
          articles,
          ReaderBesideWriterTest.count(
              s, "SELECT count(*) FROM articles WHERE length(text) >= 60000"),
          "no article was cut short");
      // and it still takes writes once there is room again
      s.write(
          List.of(SlowWriter.uncoded(SlowWriter.article("after", 100))),
          99,
          java.time.Instant.EPOCH,
          "test");
      assertEquals(articles + 1, s.articleCount());
    }
  }

  private static void limitFileSize(long pid, long bytes) throws IOException, InterruptedException {
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "prlimit", "--pid", Long.toString(pid), "--fsize=" + bytes + ":" + bytes)
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      Assumptions.abort("prlimit (util-linux) is not installed: " + e.getMessage());
      return;
    }
    String said = new String(p.getInputStream().readAllBytes());
    Assumptions.assumeTrue(
        p.waitFor() == 0, "prlimit could not limit the writer's file size: " + said);
  }
}
