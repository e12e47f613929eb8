package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.lexicon.WordLists;
import org.junit.jupiter.api.Test;

/** The coder reads its word lists from the lexicon and refuses to start without them. */
class EventWordsTest {
  @Test
  void theShippedListsAreTheCodersLists() {
    EventWords w = EventWords.from(LexiconLoader.fromClasspath().wordLists());
    assertTrue(w.negators().contains("n't"));
    assertTrue(w.judgingVerbs().contains("condemn"));
    assertTrue(w.executiveSectors().contains("GOV"));
    assertTrue(EventWords.startsWithAny(w.impliedTargetRoots(), "0311"));
  }

  @Test
  void aListAsksAboutNothingWithoutFailing() {
    // A state coded with no sector ("IRN") asks whether its sector opposes: no, not an exception
    // (it once stopped a whole run on a BBC story).
    EventWords w = EventWords.from(LexiconLoader.fromClasspath().wordLists());
    assertTrue(!w.opposingSectors().contains(null));
    assertTrue(!w.executiveSectors().contains(null));
  }

  @Test
  void aLexiconWithoutAListStopsTheCoderNamingTheList() {
    var none = assertThrows(IllegalArgumentException.class, () -> EventWords.from(WordLists.NONE));
    assertTrue(none.getMessage().contains("list 'negator'"), none.getMessage());
    var mini =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new EventCoder(
                    LexiconLoader.fromDirectory(Path.of("src/test/resources/lexicon-mini"))
                        .load()));
    assertEquals(
        "the lexicon gives no words for the event coder's list 'negator'"
            + " (lexicon/event-words.tsv; docs/lexicon-formats.md)",
        mini.getMessage());
  }
}
