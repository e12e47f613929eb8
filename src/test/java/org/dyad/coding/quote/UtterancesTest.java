package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Which direct quotations are one utterance ({@link Utterances}): the parts a writer splits around
 * one attribution join; parts with attributions of their own, different speakers, or a sentence of
 * the writer's own between them do not.
 */
class UtterancesTest {

  private static List<Quote> direct(String text) {
    return SieveFixture.all(text).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
  }

  private static void oneUtterance(String text) {
    List<Quote> parts = direct(text);
    assertEquals(2, parts.size(), parts.toString());
    assertEquals(parts.get(0).id(), parts.get(0).utterance(), "the first part opens it");
    assertEquals(parts.get(0).id(), parts.get(1).utterance(), "the second part joins it");
  }

  private static void twoUtterances(String text) {
    List<Quote> parts = direct(text);
    assertEquals(2, parts.size(), parts.toString());
    for (Quote q : parts) {
      assertEquals(q.id(), q.utterance(), q.text() + " is an utterance of its own");
    }
  }

  @Test
  void theAttributionBetweenTwoSentencesJoinsThem() {
    // U.continues: the second part takes the speaker from the first.
    oneUtterance(
        "\u201cWe will not give in,\u201d Angela Merkel said. \u201cThe talks go on next"
            + " week.\u201d");
  }

  @Test
  void anAttributionWithAParticipleStillJoins() {
    oneUtterance(
        "\"We remain open to talks,\" John Kerry said, referring to North Korea. \"Sadly, the"
            + " country has chosen a different path.\"");
  }

  @Test
  void oneCueAttributesBothParts() {
    // U.shared-cue: "wrote" gives the first part its speaker (after) and the second (before).
    oneUtterance(
        "\u201cThe number of households led by single mothers has doubled,\u201d Ivanka Trump"
            + " wrote, \u201cand most of these women work in low-paying jobs.\u201d");
  }

  @Test
  void aPartWithItsOwnAttributionStartsAnotherUtterance() {
    twoUtterances(
        "\u201cWe will not give in,\u201d Angela Merkel said. \u201cThe talks go on next"
            + " week,\u201d she added.");
  }

  @Test
  void differentSpeakersAreNeverOneUtterance() {
    List<Quote> parts =
        direct(
            "\u201cWe will not give in,\u201d Angela Merkel said. \u201cNor will we,\u201d"
                + " Emmanuel Macron said.");
    assertEquals(2, parts.size(), parts.toString());
    assertNotEquals(parts.get(0).speaker().name(), parts.get(1).speaker().name());
    twoUtterances(
        "\u201cWe will not give in,\u201d Angela Merkel said. \u201cNor will we,\u201d"
            + " Emmanuel Macron said.");
  }

  @Test
  void aQuotationInTheNextParagraphWithItsOwnAttributionIsAnotherUtterance() {
    twoUtterances(
        "\u201cWe will not give in,\u201d Angela Merkel said.\n\n\u201cThe talks go on next"
            + " week,\u201d Merkel told reporters.");
  }

  @Test
  void aSentenceOfTheWritersOwnBetweenThePartsSeparatesThem() {
    // The second part still continues Merkel's words, but the writer spoke in between.
    twoUtterances(
        "\u201cWe will not give in,\u201d Angela Merkel said. The room fell silent for a long"
            + " time. \u201cThe talks go on next week.\u201d");
  }

  @Test
  void quotationsNobodyIsNamedForAreNotJoined() {
    twoUtterances("\u201cWe will not give in.\u201d \u201cThe talks go on next week.\u201d");
  }
}
