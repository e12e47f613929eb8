package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code dyad quotes} on a small article, compared exactly with the expected listing: speakers in
 * order of first quotation, an agency's report and the statement it carries (with the agency as its
 * channel), an anonymous speaker.
 */
class QuotesCommandIT {
  static final Path DIR = Path.of("src/test/resources/cli");

  private static String run(String... args) {
    CommandLine cli = DyadCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    assertEquals(0, status, err.toString());
    assertEquals("", err.toString());
    return out.toString();
  }

  @Test
  void listsQuotationsBySpeakerAsTableAndJsonLines() throws Exception {
    String article = DIR.resolve("quotes-article.txt").toString();
    assertEquals(
        Files.readString(DIR.resolve("quotes-expected.txt")),
        run("quotes", "--threads", "1", "--date", "2018-06-20", article));
    assertEquals(
        Files.readString(DIR.resolve("quotes-expected.jsonl")),
        run("quotes", "--threads", "1", "--format", "jsonl", "--date", "2018-06-20", article));
  }
}
