package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines of {@code lexicon/quote-sieves.tsv} and the sieve order they become. */
class QuoteSieveOrderLoaderTest {
  private static LexiconFile file(String rows) {
    return LexiconFile.read(
        "s.tsv",
        new ByteArrayInputStream(
            ("#! dyad-lexicon quote-sieves 1\n" + rows).getBytes(StandardCharsets.UTF_8)),
        "quote-sieves",
        4);
  }

  @Test
  void aLineBecomesASieveOfItsStageAndProfiles() {
    QuoteSieveOrder order =
        QuoteSieveOrder.read(
            file(
                "Q.after\tdirect\tdyad|petrarch\tafter the quote\n"
                    + "Q.before\tdirect\tdyad\tbefore it\n"
                    + "Q.indirect-clause\tindirect\tpetrarch\t-\n"));
    assertEquals(
        new QuoteSieveOrder.Row("Q.after", "direct", Set.of("dyad", "petrarch")),
        order.sieves().get(0));
    assertEquals(List.of("Q.after", "Q.before"), order.enabled("direct", "dyad"));
    assertEquals(List.of("Q.after"), order.enabled("direct", "petrarch"));
    assertEquals(List.of("Q.indirect-clause"), order.enabled("indirect", "petrarch"));
  }

  @Test
  void anUnknownStageOrProfileIsRejected() {
    var stage =
        assertThrows(
            LexiconFormatException.class,
            () -> QuoteSieveOrder.read(file("Q.after\tquoted\tdyad\t-\n")));
    assertTrue(
        stage.getMessage().startsWith("s.tsv:2: unknown stage 'quoted'"), stage.getMessage());
    var profile =
        assertThrows(
            LexiconFormatException.class,
            () -> QuoteSieveOrder.read(file("Q.after\tdirect\ttabari\t-\n")));
    assertTrue(profile.getMessage().contains("unknown profile 'tabari'"), profile.getMessage());
  }

  @Test
  void theShippedLexiconCarriesTheOrderWithItsCueWords() {
    AttributionCues cues = LexiconLoader.fromClasspath().load().attributionCues();
    assertEquals("Q.partial-subject", cues.sieves().sieves().get(0).id());
    assertEquals(cues, LexiconLoader.fromClasspath().attributionCues(), "read alone, the same");
    assertTrue(cues.of(AttributionCues.Kind.TIME_WORD).contains("thursday"));
    assertTrue(cues.of(AttributionCues.Kind.INITIAL_CUE).contains("said"));
  }
}
