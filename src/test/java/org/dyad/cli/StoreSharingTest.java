package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;
import org.dyad.store.SlowWriter;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14, findings 3 and 8: {@code query} and {@code export} run while another process ingests,
 * {@code export} and a writer run beside {@code serve}, and {@code serve} names a bad {@code
 * --host}. The other processes are child JVMs; no NLP is loaded.
 */
class StoreSharingTest {
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
  void queryAndExportRunWhileAnotherProcessIngests() throws Exception {
    Path store = dir.resolve("store");
    Path log = dir.resolve("writer.log");
    Process writer = SlowWriter.start(log, store.toString(), "25", "4", "120", "500");
    try {
      awaitLine(log, "committed 8", writer);
      Run query = run("query", "--store", store.toString(), "--format", "csv", "--wait", "20");
      assertEquals(0, query.status(), query.err());
      Path out = dir.resolve("out");
      Run export =
          run(
              "export",
              "--store",
              store.toString(),
              "--format",
              "jsonl",
              "-o",
              out.toString(),
              "--wait",
              "20");
      assertEquals(0, export.status(), export.err());
      long exported = Files.readAllLines(out.resolve("articles.jsonl")).size();
      assertTrue(writer.isAlive(), "the export ran while the writer was still at work");
      assertTrue(
          exported >= 8 && exported < 100 && exported % 4 == 0,
          "the export holds whole committed batches: " + exported);
      assertTrue(writer.waitFor(1, TimeUnit.MINUTES));
      assertEquals(0, writer.exitValue(), Files.readString(log));
    } finally {
      writer.destroyForcibly();
    }
  }

  @Test
  void exportAndAWriterRunBesideServe() throws Exception {
    Path store = dir.resolve("store");
    try (Store s = Store.open(store)) {
      s.write(List.of(uncoded("first")), 1, Instant.EPOCH, "test");
    }
    Path log = dir.resolve("serve.log");
    Process serve =
        new ProcessBuilder(
                SlowWriter.javaCommand(
                    DyadCli.class.getName(), "serve", "--store", store.toString(), "--port", "0"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      awaitLine(log, "Ctrl-C stops", serve);
      Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(Files.readString(log));
      assertTrue(m.find(), Files.readString(log));
      String base = "http://127.0.0.1:" + m.group(1);
      assertTrue(stats(base).contains("\"articles\":1"), stats(base));

      Run export =
          run(
              "export",
              "--store",
              store.toString(),
              "--format",
              "csv",
              "-o",
              dir.resolve("out").toString());
      assertEquals(0, export.status(), export.err());

      // A writer gets in between the server's requests, and the server then reads what it wrote.
      try (Store s = Store.open(store, java.time.Duration.ofSeconds(20))) {
        s.write(List.of(uncoded("second")), 2, Instant.EPOCH, "test");
      }
      assertTrue(stats(base).contains("\"articles\":2"), stats(base));
    } finally {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void serveNamesAnImpossibleHost() {
    Run r = run("serve", "--store", dir.toString(), "--host", "256.1.1.1");
    assertEquals(DyadCli.EXIT_USAGE, r.status(), r.err());
    assertTrue(r.err().contains("--host must be an address or name of this machine"), r.err());
    assertTrue(r.err().contains("'256.1.1.1'"), r.err());
  }

  private static String stats(String base) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static CodedArticle uncoded(String id) {
    Article a =
        new Article(id, LocalDate.of(2024, 1, 1), "T " + id, "Text of " + id + ".", null, "W", id);
    return new CodedArticle(
        a, List.of(new Span(0, a.text().length())), List.of(), List.of(), List.of());
  }

  private static void awaitLine(Path log, String line, Process p) throws Exception {
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
}
