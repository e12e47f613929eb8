package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] and the single JVM code the first 1,000 Reuters stories into exactly
 * the same event and quotation rows, every column (global event ids included); a second run into
 * the same output codes nothing and adds no row.
 */
class SparkVsSingleJvmIT {
  @TempDir Path tmp;

  @Test
  void sparkAndSingleJvmGiveTheSameEventsAndQuotesOn1000ReutersStories() throws Exception {
    Path input = SparkTests.reutersSample(tmp, 1000);
    Path out = tmp.resolve("out");
    long started = System.nanoTime();
    SparkCoding.Report first =
        new SparkCoding(
                SparkTests.spark(),
                SparkTests.settings(List.of(input.toString()), out, 400),
                SparkTests.CLOCK)
            .run();
    double sparkSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    Map<String, List<List<Object>>> jvm = SparkTests.singleJvmRows(input);
    double jvmSeconds = (System.nanoTime() - started) / 1e9;
    List<List<Object>> jvmEvents = jvm.get("events");
    List<List<Object>> jvmQuotes = jvm.get("quotes");
    System.err.printf(
        "SparkVsSingleJvmIT: Spark local[2] coded %d articles in %.1f s (%.1f/s, model load"
            + " included); the single JVM on 2 threads in %.1f s (%.1f/s)%n",
        first.coded(),
        sparkSeconds,
        first.coded() / sparkSeconds,
        jvmSeconds,
        first.coded() / jvmSeconds);

    List<List<Object>> sparkEvents = SparkTests.sparkRows(out, "events");
    List<List<Object>> sparkQuotes = SparkTests.sparkRows(out, "quotes");
    assertEquals(jvmEvents.size(), sparkEvents.size(), "event rows");
    assertEquals(jvmEvents, sparkEvents);
    assertEquals(jvmQuotes.size(), sparkQuotes.size(), "quote rows");
    assertEquals(jvmQuotes, sparkQuotes);
    assertEquals(jvm.get("articles").size(), first.coded(), "the same articles are coded");

    SparkCoding.Report second =
        new SparkCoding(
                SparkTests.spark(),
                SparkTests.settings(List.of(input.toString()), out, 400),
                SparkTests.CLOCK)
            .run();
    assertEquals(0, second.coded(), "the rerun codes nothing");
    assertEquals(first.coded(), second.unchanged(), "the rerun skips every coded article");
    assertEquals(sparkEvents, SparkTests.sparkRows(out, "events"), "no event row twice");
    assertEquals(sparkQuotes, SparkTests.sparkRows(out, "quotes"), "no quote row twice");
    assertEquals(first.coded(), SparkTests.sparkRows(out, "articles").size(), "one row each");
  }
}
