package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad ingest}, {@code query} and {@code export} end to end on the example article: the
 * issue's "Done when" for query and export, idempotent ingest, and exit statuses for bad use.
 */
class StoreCommandsTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = DyadCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void ingestQueryAndExportTheExampleArticle() throws Exception {
    String example = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl").toString();
    String store = dir.resolve("store").toString();
    Run first = run("ingest", "--store", store, "--progress", "none", example);
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("stored 1 articles (0 already stored, 0 failed)"), first.err());
    Run again = run("ingest", "--store", store, "--progress", "none", example);
    assertEquals(0, again.status(), again.err());
    assertTrue(again.err().contains("stored 0 articles (1 already stored"), again.err());

    Run query = run("query", "--store", store, "--dyad", "CHN,PRK", "--format", "csv");
    assertEquals(0, query.status(), query.err());
    List<String> lines = query.out().lines().toList();
    assertTrue(lines.get(0).startsWith("global_event_id,article_id,event_id,"), lines.get(0));
    assertTrue(lines.size() > 3, query.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(",applauded,")), query.out());
    Run table = run("query", "--store", store, "--dyad", "CHN,PRK");
    assertTrue(table.out().lines().findFirst().orElseThrow().startsWith("date "), table.out());

    Path out = dir.resolve("gdelt");
    Run export = run("export", "--store", store, "--format", "gdelt", "-o", out.toString());
    assertEquals(0, export.status(), export.err());
    for (String line : Files.readAllLines(out.resolve("events.gdelt.tsv"))) {
      assertEquals(61, line.split("\t", -1).length);
    }
  }

  @Test
  void badUseGetsTheDocumentedExitStatus() {
    String missing = dir.resolve("nothing-here").toString();
    Run noStore = run("query", "--store", missing, "--actor", "CHN");
    assertEquals(DyadCli.EXIT_SETUP, noStore.status());
    assertTrue(noStore.err().contains("no store in"), noStore.err());
    assertEquals(DyadCli.EXIT_USAGE, run("query", "--store", missing, "--dyad", "CHN").status());
    assertEquals(DyadCli.EXIT_USAGE, run("query", "--store", missing, "--quad", "7").status());
    assertEquals(DyadCli.EXIT_USAGE, run("export", "--store", missing).status());
    assertEquals(DyadCli.EXIT_USAGE, run("export", "--store", missing, "--format", "xml").status());
    assertEquals(
        DyadCli.EXIT_USAGE, run("ingest", "--progress", "loud", "--store", missing, "x").status());
    Run neither = run("ingest", "--store", missing);
    assertEquals(DyadCli.EXIT_USAGE, neither.status());
    assertTrue(
        neither.err().startsWith("give INPUT files or folders, or --parquet DIR, not both"),
        neither.err());
    assertEquals(
        DyadCli.EXIT_USAGE, run("ingest", "--store", missing, "--parquet", missing, "x").status());
    Run notSpark = run("ingest", "--store", dir.resolve("s").toString(), "--parquet", missing);
    assertEquals(DyadCli.EXIT_SETUP, notSpark.status());
    assertTrue(notSpark.err().contains("holds no articles/ folder"), notSpark.err());
  }

  /**
   * Issue 14, findings 2 and 4: rerunning ingest without {@code --date} recoded the articles and
   * set their dates to null, a different date replaced them without a word, and an ingest whose
   * inputs partly failed said "0 failed" and recorded 0 in {@code runs}.
   */
  @Test
  void reingestReplacesOnlyWhenAskedAndCountsWhatFailed() throws Exception {
    String txt = TestEngine.shared("examples/china-dprk-socialist-cause.txt").toString();
    String store = dir.resolve("store").toString();
    Run first = run("ingest", "--store", store, "--progress", "none", "--date", "2018-06-20", txt);
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("stored 1 articles (0 already stored, 0 failed)"), first.err());

    Run noDate = run("ingest", "--store", store, "--progress", "none", txt);
    assertEquals(0, noDate.status(), noDate.err());
    assertTrue(
        noDate.err().contains("stored 0 articles (1 already stored, 0 failed)"), noDate.err());

    for (String[] settings :
        List.of(
            new String[] {"--date", "2019-01-01"},
            new String[] {"--date", "2018-06-20", "--home-country", "GBR"})) {
      List<String> args =
          new java.util.ArrayList<>(List.of("ingest", "--store", store, "--progress", "none"));
      args.addAll(List.of(settings));
      args.add(txt);
      Run other = run(args.toArray(String[]::new));
      assertEquals(0, other.status(), other.err());
      assertTrue(
          other.err().contains("stored 0 articles (0 already stored, 1 differ and were kept, 0"),
          other.err());
      assertTrue(other.err().contains("rerun with --replace"), other.err());
    }
    assertEquals("2018-06-20", storedDates(store));

    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"x\"}\nnot json\n");
    Run partly =
        run(
            "ingest",
            "--store",
            store,
            "--progress",
            "none",
            txt,
            bad.toString(),
            dir.resolve("missing.txt").toString());
    assertEquals(DyadCli.EXIT_INPUT_ERRORS, partly.status(), partly.err());
    assertTrue(partly.err().contains("(1 already stored, 3 failed)"), partly.err());
    assertEquals("3", query(store, "SELECT failed FROM runs ORDER BY run_id DESC LIMIT 1"));

    Run replaced =
        run(
            "ingest",
            "--store",
            store,
            "--progress",
            "none",
            "--date",
            "2019-01-01",
            "--replace",
            txt);
    assertEquals(0, replaced.status(), replaced.err());
    assertTrue(
        replaced.err().contains("stored 1 articles (replaced 1, 0 already stored, 0 failed)"),
        replaced.err());
    assertEquals("2019-01-01", storedDates(store));
  }

  private static String storedDates(String store) throws java.sql.SQLException {
    return query(store, "SELECT string_agg(CAST(date AS VARCHAR), ',') FROM articles");
  }

  /** The first column of the first row of {@code sql}, read with DuckDB directly. */
  private static String query(String store, String sql) throws java.sql.SQLException {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("duckdb.read_only", "true");
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:duckdb:" + Path.of(store, "dyad.duckdb").toAbsolutePath(), props);
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * Issue 14, findings 8 and 9: a query with no result printed nothing at all, lower-case actor
   * codes found nothing, an unknown PLOVER type was no error, and the store had no statistics.
   */
  @Test
  void queryAnswersEveryAskAndStatsDescribeTheStore() {
    String example = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl").toString();
    String store = dir.resolve("store").toString();
    assertEquals(0, run("ingest", "--store", store, "--progress", "none", example).status());

    Run upper = run("query", "--store", store, "--dyad", "CHN,PRK", "--format", "csv");
    Run lower = run("query", "--store", store, "--dyad", "chn,prk", "--format", "csv");
    assertTrue(upper.out().lines().count() > 1, upper.out());
    assertEquals(upper.out(), lower.out());
    Run israel = run("query", "--store", store, "--actor", "korea", "--format", "csv");
    assertTrue(israel.out().lines().count() > 1, "a name is still a name: " + israel.out());

    Run none = run("query", "--store", store, "--actor", "XYZ");
    assertEquals(0, none.status());
    assertTrue(none.out().startsWith("date "), "a table header: " + none.out());
    assertEquals("dyad: 0 events match\n", none.err());
    Run noneCsv = run("query", "--store", store, "--actor", "XYZ", "--format", "csv");
    assertTrue(noneCsv.out().startsWith("global_event_id,article_id,"), noneCsv.out());

    // Story events: one article, so each story has one article; --stories lists each once.
    Run stories = run("query", "--store", store, "--dyad", "CHN,PRK", "--stories");
    assertEquals(0, stories.status(), stories.err());
    List<String> storyLines = stories.out().lines().toList();
    assertTrue(storyLines.get(0).startsWith("first_date  story_id "), stories.out());
    assertTrue(
        storyLines.size() > 1 && storyLines.size() <= upper.out().lines().count(), stories.out());
    Run storyCsv = run("query", "--store", store, "--stories", "--format", "csv");
    assertTrue(storyCsv.out().startsWith("story_id,first_date,last_date,"), storyCsv.out());
    Run noStory = run("query", "--store", store, "--actor", "XYZ", "--stories");
    assertEquals("dyad: 0 story events match\n", noStory.err());
    assertTrue(
        upper
            .out()
            .lines()
            .findFirst()
            .orElseThrow()
            .endsWith(",story_id,story_articles,story_sources,story_mentions"),
        upper.out());

    Run plover = run("query", "--store", store, "--plover", "consult", "--format", "csv");
    assertTrue(plover.out().lines().count() > 1, plover.out());
    Run unknown = run("query", "--store", store, "--plover", "MEET");
    assertEquals(DyadCli.EXIT_USAGE, unknown.status());
    assertTrue(
        unknown.err().startsWith("no PLOVER event type \"MEET\"; the types are AGREE, CONSULT,"),
        unknown.err());

    Run stats = run("stats", "--store", store);
    assertEquals(0, stats.status(), stats.err());
    assertTrue(stats.out().contains("articles    1, dated 2018-06-20 to 2018-06-20"), stats.out());
    assertTrue(stats.out().contains("runs        1; the last, #1,"), stats.out());
    assertTrue(stats.out().lines().anyMatch(l -> l.matches("events +[1-9][0-9]*")), stats.out());
    assertTrue(stats.out().contains("\nsize "), stats.out());
  }
}
