package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help texts are compared exactly; exit statuses are the documented ones. */
class DyadCliTest {
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
  void aHomeCountryMustBeAnIsoCode() {
    Run r = run("code", "--home-country", "uk", "x.txt");
    assertEquals(2, r.status());
    assertTrue(
        r.err().contains("--home-country must be an ISO 3166 alpha-3 code such as GBR"), r.err());
  }

  @Test
  void helpTextsAreExactlyTheDocumentedOnes() throws IOException {
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/dyad-help.txt")), run("--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/code-help.txt")),
        run("code", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/validate-help.txt")),
        run("validate", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/eval-help.txt")),
        run("eval", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/explain-help.txt")),
        run("explain", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/quotes-help.txt")),
        run("quotes", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/serve-help.txt")),
        run("serve", "--help").out());
    assertEquals(
        Files.readString(Path.of("src/test/resources/cli/lexicon-suggest-help.txt")),
        run("lexicon", "suggest", "--help").out());
  }

  @Test
  void anUnknownRuleIdToSwitchOffIsABadCommandLine() {
    Run r = run("code", "--rules-off", "R.refine.future-meeting,R.refine.no-such-rule", "x.txt");
    assertEquals(DyadCli.EXIT_USAGE, r.status());
    assertTrue(r.err().contains("--rules-off: unknown rule id R.refine.no-such-rule"), r.err());
  }

  @Test
  void suggestRejectsABadRootWithTwo() {
    Run r = run("lexicon", "suggest", "--root", "21");
    assertEquals(DyadCli.EXIT_USAGE, r.status());
    assertTrue(r.err().contains("--root must be a CAMEO root class 01-20: 21"), r.err());
    assertEquals(DyadCli.EXIT_USAGE, run("lexicon").status(), "a subcommand is required");
  }

  @Test
  void validateRejectsMissingAndMalformedSuitesWithTwo() throws IOException {
    assertEquals(DyadCli.EXIT_USAGE, run("validate").status(), "--petrarch is required");
    Run missing = run("validate", "--petrarch", dir.resolve("none.xml").toString());
    assertEquals(DyadCli.EXIT_USAGE, missing.status());
    assertEquals("dyad: validate: " + dir.resolve("none.xml") + ": no such file\n", missing.err());
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<Validation><Sentences>");
    Run bad = run("validate", "--petrarch", broken.toString());
    assertEquals(DyadCli.EXIT_USAGE, bad.status());
    assertTrue(
        bad.err().startsWith("dyad: validate: " + broken + ": not well-formed XML"), bad.err());
    Path noEnvironment = dir.resolve("empty.xml");
    Files.writeString(noEnvironment, "<Validation><Sentences/></Validation>");
    assertEquals(
        "dyad: validate: " + noEnvironment + ": no <Environment> naming the dictionaries\n",
        run("validate", "--petrarch", noEnvironment.toString()).err());
  }

  @Test
  void evalNeedsExactlyOneOfGoldAndAttribution() {
    assertEquals(DyadCli.EXIT_USAGE, run("eval").status());
    Run both = run("eval", "--gold", "g.jsonl", "--attribution", "dir");
    assertEquals(DyadCli.EXIT_USAGE, both.status());
    assertTrue(both.err().contains("are mutually exclusive"), both.err());
  }

  @Test
  void aBadGoldFileExitsWithTwoNamingTheLine() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"corpus\": \"corpora/bbc/bbc-2004-2005.jsonl\", \"id\": \"bbc-business-074\","
            + " \"date\": \"2005-01-15\", \"events\": []}\n"
            + "{\"corpus\": \"corpora/bbc/bbc-2004-2005.jsonl\", \"id\": \"x\", \"events\": []}\n");
    Run r = run("eval", "--gold", gold.toString());
    assertEquals(DyadCli.EXIT_USAGE, r.status());
    assertEquals("dyad: " + gold + ":2: missing \"date\"\n", r.err());
    Files.writeString(
        gold,
        "{\"corpus\": \"corpora/none.jsonl\", \"id\": \"a\", \"date\": \"2005-01-15\","
            + " \"events\": []}\n");
    Run missing = run("eval", "--gold", gold.toString(), "--shared", dir.toString());
    assertEquals(DyadCli.EXIT_USAGE, missing.status());
    assertEquals(
        "dyad: " + gold + ":1: corpus " + dir.resolve("corpora/none.jsonl") + " does not exist\n",
        missing.err());
  }

  /**
   * Issue 14, findings 8 and 9: a bad --from printed the parser's exception and the whole usage;
   * there was no "dyad version".
   */
  @Test
  void aBadDateIsOneClearLineOnEveryCommandAndVersionIsACommand() {
    for (String[] args :
        List.of(
            new String[] {"query", "--from", "2018-13-01"},
            new String[] {"query", "--to", "yesterday"},
            new String[] {"code", "--date", "20-06-2018", "x.txt"},
            new String[] {"ingest", "--date", "2018-02-30", "x.txt"})) {
      Run r = run(args);
      assertEquals(DyadCli.EXIT_USAGE, r.status(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(
          r.err().contains("is not a date: write YYYY-MM-DD, e.g. 2018-06-20 (see dyad "), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    Run progress = run("code", "--progress", "bar", "x.txt");
    assertEquals(DyadCli.EXIT_USAGE, progress.status());
    assertTrue(progress.err().startsWith("--progress must be auto, lines or none"), progress.err());
    Run version = run("version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("dyad "), version.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(DyadCli.EXIT_USAGE, run().status());
    assertEquals(DyadCli.EXIT_USAGE, run("code").status(), "an input is required");
    Run badDate = run("code", "--date", "20-06-2018", "x.txt");
    assertEquals(DyadCli.EXIT_USAGE, badDate.status());
    assertTrue(badDate.err().contains("Invalid value for option '--date'"), badDate.err());
    assertEquals(DyadCli.EXIT_USAGE, run("code", "--format", "xml", "x.txt").status());
  }

  @Test
  void unreadableInputsAreNamedAndExitWithOne() throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    Run r =
        run(
            "code",
            "-o",
            dir.resolve("out.jsonl").toString(),
            dir.resolve("missing.txt").toString(),
            empty.toString());
    assertEquals(DyadCli.EXIT_INPUT_ERRORS, r.status());
    assertEquals(
        "dyad: "
            + dir.resolve("missing.txt")
            + ": no such file or folder\n"
            + "dyad: "
            + empty
            + ": empty file\n",
        r.err());
    assertEquals(
        "", Files.readString(dir.resolve("out.jsonl")), "nothing to code, nothing written");
  }

  @Test
  void explainShowsThePatternThatFiredAndWhy() {
    Run r =
        run(
            "explain",
            "--date",
            "2018-06-20",
            "If North Korea takes bold action, the United States is prepared to work with North"
                + " Korea.");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("V.03.0038  030   A prepared >work with +"), r.out());
    assertTrue(r.out().contains("FIRED"), r.out());
    assertTrue(
        r.out().contains("dropped: part of V.03.0038"), "the consumed complement is explained");
    assertTrue(r.out().contains("USA 030 PRK  'prepared'  hypothetical"), r.out());
    assertTrue(r.out().contains("entry C.USA"), r.out());
    assertTrue(r.out().contains("sieve dictionary"), "each actor names its sieve: " + r.out());
  }
}
