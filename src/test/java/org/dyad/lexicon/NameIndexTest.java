package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameIndexTest {
  private final NameIndex index =
      new NameIndex(LexiconLoader.fromDirectory(Path.of("src/test/resources/lexicon-mini")).load());

  @Test
  void longestNameFirstAndOnlyAtTokenEnds() {
    String text = "King Elessar of the Kingdom of Gondor";
    List<NameIndex.Hit> hits = index.match(text, 0, Set.of(4, 12, 15, 19, 27, 30, 37));
    assertEquals(12, hits.get(0).end(), "King Elessar, not a prefix of it");
    assertEquals(DictionaryName.Kind.PERSON, hits.get(0).names().get(0).kind());
    assertTrue(
        index.match("Gondorians", 0, Set.of(10)).isEmpty(), "Gondor must end at a token end");
    assertEquals(37, index.match(text, 20, Set.of(27, 30, 37)).get(0).end());
  }

  @Test
  void capitalsAndAcronymsMustBeWrittenSo() {
    assertTrue(NameIndex.caseMatches("PN", "PN"));
    assertFalse(NameIndex.caseMatches("PN", "Pn"));
    assertFalse(NameIndex.caseMatches("Gondor", "gondor"));
    // Papers write longer acronyms with one capital ("Isis", "Nato"); short ones are words.
    assertTrue(NameIndex.caseMatches("ISIS", "Isis"));
    assertTrue(
        NameIndex.caseMatches(
            "Islamic State of Iraq and Syria", "Islamic State of Iraq and Syria"));
    assertFalse(NameIndex.caseMatches("ISIS", "isis"));
    assertFalse(NameIndex.caseMatches("ISIS", "IsIs"));
    assertFalse(NameIndex.caseMatches("UNO", "Uno"));
    assertTrue(NameIndex.caseMatches("foreign ministry", "Foreign Ministry"));
  }

  @Test
  void foldsCurlyApostrophesDashesAndLineBreaks() {
    assertEquals("kim jong-un's", NameIndex.normalize("Kim\nJong\u2013un\u2019s"));
    assertEquals(13, index.match("Minas\n Tirith", 0, Set.of(13)).get(0).end());
  }

  @Test
  void aPersonsInitialMayBeWrittenWithoutItsFullStop() {
    NameIndex shipped = new NameIndex(LexiconLoader.fromClasspath().load());
    List<NameIndex.Hit> hits = shipped.match("George W Bush met", 0, Set.of(6, 8, 13, 17));
    assertEquals(13, hits.get(0).end());
    assertEquals("P.george-w-bush", hits.get(0).names().get(0).person().id());
  }
}
