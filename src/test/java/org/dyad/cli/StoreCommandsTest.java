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
}
