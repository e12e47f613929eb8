package org.dyad.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.ContentHash;
import org.dyad.store.ExportRows;
import org.dyad.store.Exporter;
import org.junit.jupiter.api.Assumptions;

/**
 * What the Spark tests share: a local[2] session (driver bound to 127.0.0.1, no web UI), the
 * Reuters sample, the single-JVM rows to compare with, and reading the job's tables back.
 */
final class SparkTests {
  static final Path REUTERS = Path.of("../../shared/corpora/reuters/reuters-21578.jsonl.gz");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private static SparkSession session;

  private SparkTests() {}

  /** One session for the test JVM: Spark allows one SparkContext per JVM. */
  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("dyad-test")
              .master("local[2]")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.datetime.java8API.enabled", "true")
              .getOrCreate();
    }
    return session;
  }

  /**
   * The first {@code n} Reuters records as a JSON Lines file; skips the test without the corpus.
   */
  static Path reutersSample(Path dir, int n) throws IOException {
    Assumptions.assumeTrue(
        Files.exists(REUTERS), "skipped: " + REUTERS + " (the shared Reuters corpus) is absent");
    Path file = dir.resolve("reuters-" + n + ".jsonl");
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(REUTERS)), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(file)) {
      String line;
      for (int i = 0; i < n && (line = in.readLine()) != null; i++) {
        out.write(line);
        out.write('\n');
      }
    }
    return file;
  }

  static SparkCoding.Settings settings(List<String> inputs, Path out, int commitEvery) {
    return new SparkCoding.Settings(
        inputs,
        out.toUri().toString(),
        0,
        Set.copyOf(SparkCoding.TABLES),
        null,
        null,
        commitEvery,
        "dyad-spark test");
  }

  /**
   * The rows of every table the single-JVM path gives for {@code input}: Dyad's reader and coder on
   * two threads, rows from {@link ExportRows}, events numbered from 1 in input order as {@code dyad
   * ingest} numbers them in a fresh store.
   */
  static Map<String, List<List<Object>>> singleJvmRows(Path input) throws Exception {
    List<Article> articles = new ArrayList<>();
    new ArticleReader(null, System.in)
        .read(
            List.of(input.toString()),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                articles.add(ok.article());
              }
            });
    ArticleCoder coder = ExecutorCoder.get(null);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Map<String, List<List<Object>>>>> coded = new ArrayList<>();
    LocalDateTime at = LocalDateTime.now(CLOCK);
    for (Article a : articles) {
      coded.add(
          pool.submit(
              () ->
                  ExportRows.of(
                      coder.code(a), new ExportRows.Provenance(ContentHash.of(a), 1, at, "x"), 1)));
    }
    Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
    long globalId = 1;
    for (var f : coded) {
      for (var t : f.get().entrySet()) {
        for (List<Object> row : t.getValue()) {
          List<Object> r = new ArrayList<>(row);
          if (t.getKey().equals("events")) {
            r.set(0, globalId++);
          }
          tables.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    pool.shutdown();
    tables.replaceAll((t, rows) -> sorted(rows));
    return tables;
  }

  /** The contract columns of {@code table} as the job wrote them. */
  static List<List<Object>> sparkRows(Path out, String table) {
    List<String> columns = Exporter.TABLE_COLUMNS.get(table);
    List<List<Object>> rows = new ArrayList<>();
    for (Row r :
        spark()
            .read()
            .parquet(out.resolve(table).toString())
            .selectExpr(columns.toArray(new String[0]))
            .collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        values.add(r.get(i));
      }
      rows.add(values);
    }
    return sorted(rows);
  }

  /** Rows in a fixed order (their text), so lists compare as multisets. */
  static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Object::toString));
    return copy;
  }
}
