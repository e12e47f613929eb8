package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "killing the job and rerunning it yields the same output with no duplicates": the job
 * runs in a child JVM, is killed with SIGKILL (no shutdown hooks, as {@code kill -9}) once its
 * first commit is published and while it codes the next, and is run again; the output then holds
 * every article once and exactly the single JVM's events and quotes.
 */
class SparkJobKillIT {
  @TempDir Path tmp;

  @Test
  void aJobKilledMidwayAndRunAgainHoldsEveryRowOnce() throws Exception {
    Path input = SparkTests.reutersSample(tmp, 150);
    Path out = tmp.resolve("out");
    Path log = tmp.resolve("child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g",
                "-Dspark.driver.host=127.0.0.1",
                "-Dspark.driver.bindAddress=127.0.0.1",
                "-Dspark.ui.enabled=false",
                "-cp",
                System.getProperty("java.class.path"),
                DyadSparkJob.class.getName(),
                "--master",
                "local[2]",
                "--commit-every",
                "30",
                "-o",
                out.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (parquetFiles(out.resolve("articles")) == 0 && child.isAlive()) {
      assertTrue(System.nanoTime() < deadline, "no commit within 10 minutes; see " + log);
      Thread.sleep(200);
    }
    assertTrue(
        child.isAlive(), "the job ended before it could be killed:\n" + Files.readString(log));
    child.destroyForcibly().waitFor();
    long publishedBeforeKill = SparkTests.sparkRows(out, "articles").size();
    assertTrue(publishedBeforeKill < 150, "killed midway: " + publishedBeforeKill + " published");

    SparkCoding.Report rerun =
        new SparkCoding(
                SparkTests.spark(),
                SparkTests.settings(List.of(input.toString()), out, 30),
                SparkTests.CLOCK)
            .run();
    // A kill while a commit was being moved into place is finished by the rerun, hence >=.
    assertTrue(rerun.unchanged() >= publishedBeforeKill, "the rerun skips what was published");
    assertTrue(rerun.coded() > 0, "the kill left articles to code");

    Map<String, List<List<Object>>> jvm = SparkTests.singleJvmRows(input);
    List<List<Object>> articles = SparkTests.sparkRows(out, "articles");
    assertEquals(jvm.get("articles").size(), articles.size(), "every article once");
    assertEquals(articles.size(), rerun.unchanged() + rerun.coded());
    assertEquals(
        articles.size(), new HashSet<>(articles.stream().map(r -> r.get(0)).toList()).size());
    assertEquals(jvm.get("events"), SparkTests.sparkRows(out, "events"));
    assertEquals(jvm.get("quotes"), SparkTests.sparkRows(out, "quotes"));
    assertEquals(jvm.get("actors"), SparkTests.sparkRows(out, "actors"));
    assertTrue(Files.notExists(out.resolve("_staging").resolve("commit-1")));
  }

  private static long parquetFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).count();
    }
  }
}
