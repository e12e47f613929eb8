package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.store.Exporter;
import org.dyad.store.IngestSession;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job on a few hand-made records: bad ones are rejected with the CLI's messages and do not fail
 * the job; the Parquet columns and types are those of {@code dyad export --format parquet}; a bad
 * command line exits 2 before Spark starts.
 */
class SparkJobTest {
  static final String CHINA =
      "China applauded North Korea's recent diplomacy on Tuesday.\\n\\n"
          + "\\\"We support the DPRK,\\\" Foreign Ministry spokesman Geng Shuang told reporters.";

  @TempDir Path tmp;

  @Test
  void badRecordsAreRejectedWithTheirOriginAndTheRestIsCoded() throws Exception {
    Path a = tmp.resolve("a.jsonl");
    Files.writeString(
        a,
        "{\"id\": \"china\", \"date\": \"2018-06-20\", \"title\": \"T\", \"text\": \""
            + CHINA
            + "\"}\n{\"id\": \"broken\", \n{\"id\": \"notext\"}\n");
    Path b = tmp.resolve("b.jsonl");
    Files.writeString(b, "{\"id\": \"china\", \"text\": \"" + CHINA + " Again.\"}\n");
    Path out = tmp.resolve("out");
    SparkCoding.Report r =
        new SparkCoding(
                SparkTests.spark(),
                SparkTests.settings(
                    List.of(a.toString(), b.toString(), tmp.resolve("missing.txt").toString()),
                    out,
                    10),
                SparkTests.CLOCK)
            .run();
    assertEquals(1, r.coded());
    assertEquals(4, r.rejected());
    List<String> rejects = new ArrayList<>();
    for (Row row :
        SparkTests.spark().read().json(out.resolve("rejects").toString()).collectAsList()) {
      rejects.add(row.getAs("origin") + ": " + row.getAs("message"));
    }
    rejects.sort(null);
    String file = "file:" + tmp;
    assertEquals(
        List.of(
            tmp.resolve("missing.txt") + ": no such file or folder",
            file
                + "/a.jsonl:2: malformed JSON: Unexpected end-of-input within/between Object"
                + " entries",
            file + "/a.jsonl:3: record has no \"text\" string field",
            file
                + "/b.jsonl:1: duplicate article id \"china\" (first read at "
                + file
                + "/a.jsonl:1); skipped"),
        rejects);
    assertTrue(Files.isDirectory(out.resolve("events").resolve("article_date=2018-06-20")));
  }

  @Test
  void theParquetColumnsAndTypesAreThoseOfDyadExport() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in, "{\"id\": \"china\", \"date\": \"2018-06-20\", \"text\": \"" + CHINA + "\"}\n");
    Path out = tmp.resolve("out");
    new SparkCoding(
            SparkTests.spark(),
            SparkTests.settings(List.of(in.toString()), out, 10),
            SparkTests.CLOCK)
        .run();
    Path export = tmp.resolve("export");
    try (Store store = Store.open(tmp.resolve("store"));
        IngestSession session =
            new IngestSession(
                store,
                List.of(in.toString()),
                "test",
                SparkTests.CLOCK,
                1,
                java.time.Duration.ofSeconds(1),
                m -> {})) {
      session.accept(
          ExecutorCoder.get(null)
              .code(
                  new org.dyad.model.Article(
                      "china",
                      java.time.LocalDate.of(2018, 6, 20),
                      "",
                      CHINA.replace("\\n", "\n").replace("\\\"", "\""),
                      null,
                      null,
                      "x")));
      session.flush();
      new Exporter(store).export(Exporter.Format.parquet, export);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : Exporter.TABLE_COLUMNS.keySet()) {
        assertEquals(
            describe(db, table, "'" + export.resolve(table + ".parquet") + "'"),
            describe(
                db, table, "'" + out.resolve(table) + "/*/*.parquet', hive_partitioning = false"),
            table);
      }
    }
  }

  @Test
  void aBadCommandLineExitsTwoBeforeSparkStarts() {
    StringWriter err = new StringWriter();
    int status =
        new CommandLine(new DyadSparkJob())
            .setErr(new PrintWriter(err))
            .execute("--tables", "events,sentences", "-o", tmp.toString(), "in.jsonl");
    assertEquals(2, status);
    assertTrue(
        err.toString()
            .startsWith(
                "--tables: unknown table \"sentences\"; the tables are [articles, actors, events,"
                    + " quotes]"),
        err.toString());
  }

  /**
   * The contract columns of {@code table} in {@code source}, with their types (Dyad's export adds
   * the story columns the store computes, which the job does not write).
   */
  private static List<String> describe(Connection db, String table, String source)
      throws Exception {
    List<String> columns = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "DESCRIBE SELECT "
                    + String.join(", ", Exporter.TABLE_COLUMNS.get(table))
                    + " FROM read_parquet("
                    + source
                    + ")")) {
      while (r.next()) {
        columns.add(r.getString(1) + " " + r.getString(2));
      }
    }
    return columns;
  }
}
