package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pronoun speakers file loads, its ids are stable and unique, and every entry fits the PolNeAR
 * dev annotation and text it was made from; malformed files fail with the line.
 */
class PronounSpeakerFileTest {
  static final Path FILE = Path.of("eval/polnear-dev-pronoun-speakers.jsonl");

  @TempDir Path dir;

  @Test
  void theDevFileLoads() throws Exception {
    PronounSpeakerFile f = PronounSpeakerFile.read(FILE);
    assertEquals("2026.12.06", f.version());
    assertEquals(PolnearCorpus.Split.dev, f.split());
    assertEquals(103, f.entries().size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < f.entries().size(); i++) {
      PronounAntecedent a = f.entries().get(i);
      assertEquals(String.format("PS.%03d", i + 1), a.id(), "ids follow article order");
      assertTrue(ids.add(a.id()));
      assertTrue(AttributionScorer.isPronoun(a.pronoun()), a.id() + ": " + a.pronoun());
      assertTrue(
          a.antecedentSpan() == null
              || a.antecedentSpan().end() <= a.quote().begin()
              || a.antecedentSpan().end() <= a.pronounSpan().begin(),
          a.id() + ": the antecedent mention comes before the quotation");
    }
    PronounAntecedent grassleyAndLeahy = f.entries().get(30);
    assertEquals(List.of("Charles E. Grassley", "Patrick J. Leahy"), grassleyAndLeahy.names());
    assertNull(f.entries().get(49).antecedentSpan(), "the op-ed's writer is not in the text");
    assertEquals(List.of("McLenney", "McLenny"), f.entries().get(90).aliases());
  }

  @Test
  void everyEntryFitsTheCorpus() throws Exception {
    PolnearCorpus corpus = new PolnearCorpus(TestEngine.shared("corpora/polnear"));
    PronounSpeakerFile f = PronounSpeakerFile.read(FILE);
    List<String> checked = new ArrayList<>();
    for (PolnearCorpus.Entry e : corpus.entries(PolnearCorpus.Split.dev)) {
      if (f.of(e.name()).isEmpty()) {
        continue;
      }
      PolnearCorpus.Document d = PolnearCorpus.load(e);
      String text = d.article().text();
      f.check(e.name(), text, d.attributions());
      for (PronounAntecedent a : f.of(e.name()).values()) {
        checked.add(a.id());
        if (a.antecedentSpan() != null) {
          String at = a.antecedentSpan().of(text);
          assertTrue(a.names().contains(at), a.id() + ": the span reads \"" + at + "\"");
        }
      }
    }
    assertEquals(103, checked.size(), "every entry names a dev article");
  }

  @Test
  void malformedFilesFailWithTheLine() throws Exception {
    String header =
        "{\"version\": \"1\", \"kind\": \"polnear-pronoun-speakers\", \"split\": \"dev\"}\n";
    String entry =
        "{\"id\": \"PS.001\", \"article\": \"a\", \"attribution\": \"E1\", \"quote\": [5, 9],"
            + " \"pronoun\": \"he\", \"pronoun_span\": [10, 12], \"antecedent\": [\"Ann Lee\"],"
            + " \"antecedent_span\": [0, 7]}\n";
    assertEquals(1, read(header + entry).entries().size());
    assertFails(entry, ":1: the first line must be the header");
    assertFails(header + entry + entry, ":3: id PS.001 used twice");
    assertFails(
        header + entry.replace("\"note\"", "x").replace("}\n", ", \"who\": 1}\n"),
        ":2: unknown field who");
    assertFails(header + entry.replace("[5, 9]", "[9, 5]"), ":2: quote must be [begin, end]");
    assertFails(header + entry.replace("[\"Ann Lee\"]", "[]"), ":2: antecedent must be a list");
    assertFails(header + entry.replace("PS.001", "P1"), ":2: id must look like PS.001");
  }

  @Test
  void anEntryThatDoesNotFitTheAnnotationStopsTheRun() throws Exception {
    String text = "Ann Lee. \u201cWe won,\u201d he said.";
    int q = text.indexOf('\u201c');
    int he = text.indexOf("he said");
    PronounSpeakerFile f =
        read(
            "{\"version\": \"1\", \"kind\": \"polnear-pronoun-speakers\", \"split\": \"dev\"}\n"
                + "{\"id\": \"PS.001\", \"article\": \"a\", \"attribution\": \"E1\", \"quote\": ["
                + q
                + ", "
                + (q + 9)
                + "], \"pronoun\": \"he\", \"pronoun_span\": ["
                + he
                + ", "
                + (he + 2)
                + "], \"antecedent\": [\"Ann Lee\"], \"antecedent_span\": [0, 7]}\n");
    org.dyad.model.Span content = new org.dyad.model.Span(q, q + 9);
    org.dyad.model.Span pronoun = new org.dyad.model.Span(he, he + 2);
    GoldAttribution fits =
        new GoldAttribution("E1", List.of(pronoun), List.of(), List.of(content), true);
    f.check("a", text, List.of(fits));
    GoldAttribution moved =
        new GoldAttribution(
            "E1", List.of(pronoun), List.of(), List.of(new org.dyad.model.Span(q, q + 8)), true);
    java.io.IOException e =
        assertThrows(java.io.IOException.class, () -> f.check("a", text, List.of(moved)));
    assertTrue(
        e.getMessage().startsWith("PS.001 (a): the content of E1 is not at"), e.getMessage());
  }

  private PronounSpeakerFile read(String content) throws Exception {
    Path p = dir.resolve("p.jsonl");
    Files.writeString(p, content);
    return PronounSpeakerFile.read(p);
  }

  private void assertFails(String content, String message) {
    GoldFileException e = assertThrows(GoldFileException.class, () -> read(content));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
