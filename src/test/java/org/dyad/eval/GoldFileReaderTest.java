package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gold file is read whole, and its first problem is reported with the file and line. */
class GoldFileReaderTest {
  @TempDir Path dir;

  private static final String GOOD =
      "{\"corpus\": \"corpora/bbc/x.jsonl\", \"id\": \"a1\", \"date\": \"2005-01-15\","
          + " \"coder\": \"me\", \"events\": [{\"source\": \"GBRGOV\", \"target\": \"USAGOV\","
          + " \"cameo\": \"040\", \"trigger\": \"met\", \"sentence\": \"Blair met\","
          + " \"mode\": \"asserted\"}]}";

  private Path write(String... lines) throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private String problem(String... lines) throws IOException {
    Path f = write(lines);
    return assertThrows(GoldFileException.class, () -> GoldFileReader.read(f))
        .getMessage()
        .replace(f.toString(), "gold.jsonl");
  }

  @Test
  void readsArticlesAndEventsSkippingBlankLines() throws Exception {
    List<GoldArticle> gold = GoldFileReader.read(write(GOOD, "", GOOD.replace("a1", "a2")));
    assertEquals(2, gold.size());
    GoldArticle a = gold.get(1);
    assertEquals("a2", a.id());
    assertEquals(3, a.line());
    assertEquals(LocalDate.of(2005, 1, 15), a.date());
    assertEquals(
        List.of(
            new GoldEvent("GBRGOV", "USAGOV", "040", "met", "Blair met", null, "asserted", null)),
        a.events());
  }

  @Test
  void namesTheLineOfEachKindOfProblem() throws IOException {
    assertEquals(
        "gold.jsonl:2: malformed JSON: Unexpected end-of-input within/between Object entries",
        problem(GOOD, "{\"id\": "));
    assertEquals(
        "gold.jsonl:1: event 1: \"cameo\" must be 2-4 digits: 04x",
        problem(GOOD.replace("\"040\"", "\"04x\"")));
    assertEquals(
        "gold.jsonl:1: \"date\" must be YYYY-MM-DD, found \"15/01/2005\"",
        problem(GOOD.replace("2005-01-15", "15/01/2005")));
    assertEquals(
        "gold.jsonl:1: event 1: unknown event field \"modus\" (known: [cameo, date,"
            + " known_failure, mode, note, sentence, source, target, trigger])",
        problem(GOOD.replace("\"mode\"", "\"modus\"")));
    assertEquals("gold.jsonl:2: article \"a1\" is listed twice", problem(GOOD, GOOD));
    assertEquals(
        "gold.jsonl:1: missing \"corpus\"", problem(GOOD.replace("\"corpus\"", "\"note\"")));
  }

  @Test
  void aFullScopeArticleListsOneSidedEvents() throws Exception {
    String oneSided =
        GOOD.replace("\"coder\"", "\"scope\": \"all\", \"coder\"")
            .replace("\"target\": \"USAGOV\"", "\"target\": null");
    GoldArticle a = GoldFileReader.read(write(oneSided)).get(0);
    assertEquals(GoldArticle.Scope.ALL, a.scope());
    assertEquals(null, a.events().get(0).target());
    assertEquals("GBRGOV 040 - 'met'", a.events().get(0).describe());
    assertEquals(GoldArticle.Scope.DYADIC, GoldFileReader.read(write(GOOD)).get(0).scope());
    assertEquals(
        "gold.jsonl:1: a one-sided event (\"target\": null) needs the article's \"scope\":"
            + " \"all\"",
        problem(GOOD.replace("\"target\": \"USAGOV\"", "\"target\": null")));
    assertEquals(
        "gold.jsonl:1: \"scope\" must be \"dyadic\" or \"all\", found \"some\"",
        problem(GOOD.replace("\"coder\"", "\"scope\": \"some\", \"coder\"")));
  }
}
