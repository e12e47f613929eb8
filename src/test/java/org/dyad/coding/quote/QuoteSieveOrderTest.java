package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.QuoteSieve;
import org.junit.jupiter.api.Test;

/** The sieve order is data: every sieve is in the shipped file, and a wrong id fails early. */
class QuoteSieveOrderTest {

  @Test
  void theShippedFileListsEverySieveOnceForBothProfiles() {
    QuoteSieveOrder order = SieveFixture.shipped();
    Set<QuoteSieve> listed = EnumSet.noneOf(QuoteSieve.class);
    Set<PronounSpeakers.Step> steps = EnumSet.noneOf(PronounSpeakers.Step.class);
    Set<UnspokenPhrases.Rule> unspoken = EnumSet.noneOf(UnspokenPhrases.Rule.class);
    Set<String> speakerRules = new java.util.HashSet<>();
    for (QuoteSieveOrder.Row r : order.sieves()) {
      if (r.stage().equals("pronoun")) {
        steps.add(PronounSpeakers.Step.ofId(r.id()));
      } else if (r.stage().equals("unspoken")) {
        unspoken.add(UnspokenPhrases.Rule.ofId(r.id()));
      } else if (r.stage().equals("span")) {
        assertTrue(QuoteSieves.SPAN_RULES.contains(r.id()), r.id());
      } else if (r.stage().equals("speaker")) {
        speakerRules.add(r.id());
      } else if (r.stage().equals("utterance")) {
        assertEquals(QuotationFinder.SAME_SENTENCE, r.id());
      } else {
        listed.add(QuoteSieve.ofId(r.id()));
      }
      assertEquals(Set.of("dyad", "petrarch"), r.profiles(), r.id());
    }
    assertEquals(EnumSet.allOf(PronounSpeakers.Step.class), steps);
    assertEquals(EnumSet.allOf(UnspokenPhrases.Rule.class), unspoken);
    assertEquals(Speakers.RULES, speakerRules);
    assertThrows(
        IllegalArgumentException.class, () -> UnspokenPhrases.Rule.ofId("Q.unspoken.nothing"));
    assertThrows(
        IllegalArgumentException.class, () -> PronounSpeakers.Step.ofId("Q.pronoun.nobody"));
    assertEquals(
        EnumSet.complementOf(EnumSet.of(QuoteSieve.MARKS, QuoteSieve.PARTIAL_MARKS)), listed);
    assertEquals(
        List.of("Q.inside-closing-mark", "Q.after", "Q.lead-in"),
        order.enabled("direct", "dyad").subList(0, 3));
  }

  @Test
  void aProfileRunsOnlyTheSievesItHasOn() {
    QuoteSieveOrder order =
        new QuoteSieveOrder(
            List.of(
                new QuoteSieveOrder.Row("Q.after", "direct", Set.of("dyad")),
                new QuoteSieveOrder.Row("Q.before", "direct", Set.of("dyad", "petrarch"))));
    assertEquals(List.of("Q.after", "Q.before"), order.enabled("direct", "dyad"));
    assertEquals(List.of("Q.before"), order.enabled("direct", "petrarch"));
  }

  @Test
  void anUnknownIdOrAWrongStageIsRejected() {
    QuoteWords words =
        QuoteWords.of(
            org.dyad.lexicon.AttributionCues.NONE, org.dyad.lexicon.WordLists.NONE, Set.of());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new QuotationFinder(
                    words,
                    new QuoteSieveOrder(
                        List.of(new QuoteSieveOrder.Row("Q.aftr", "direct", Set.of("dyad")))),
                    "dyad"));
    assertTrue(e.getMessage().contains("Q.aftr"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuotationFinder(
                words,
                new QuoteSieveOrder(
                    List.of(new QuoteSieveOrder.Row("Q.after", "indirect", Set.of("dyad")))),
                "dyad"));
  }

  @Test
  void aSieveSwitchedOffLeavesTheQuotationToTheNext() {
    String text = "Vladimir Putin said: \"Russia is ready for dialogue.\"";
    assertEquals(
        QuoteSieve.LEAD_IN,
        SieveFixture.first(SieveFixture.all(text), org.dyad.model.Quote.Kind.DIRECT).sieve());
    List<QuoteSieveOrder.Row> rows =
        SieveFixture.shipped().sieves().stream().filter(r -> !r.id().equals("Q.lead-in")).toList();
    assertEquals(
        QuoteSieve.BEFORE,
        SieveFixture.first(
                SieveFixture.run(text, new QuoteSieveOrder(rows)), org.dyad.model.Quote.Kind.DIRECT)
            .sieve());
  }
}
