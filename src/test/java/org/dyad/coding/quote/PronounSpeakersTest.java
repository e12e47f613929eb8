package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Each step of resolving a direct quotation's "he" or "she" ({@link PronounSpeakers}), alone on a
 * passage written for it, with every passage sieve of the shipped order on.
 */
class PronounSpeakersTest {

  /** The shipped order with only the pronoun steps {@code steps} on. */
  private static QuoteSieveOrder withSteps(String... steps) {
    List<QuoteSieveOrder.Row> rows = new ArrayList<>();
    for (QuoteSieveOrder.Row r : SieveFixture.shipped().sieves()) {
      if (!r.stage().equals("pronoun")) {
        rows.add(r);
      }
    }
    for (String id : steps) {
      rows.add(new QuoteSieveOrder.Row(id, "pronoun", Set.of("dyad")));
    }
    return new QuoteSieveOrder(rows);
  }

  /** The speaker of the last direct quotation of {@code text}. */
  private static String lastSpeaker(String text, String... steps) {
    List<Quote> direct =
        SieveFixture.run(text, withSteps(steps)).stream()
            .filter(q -> q.kind() == Quote.Kind.DIRECT)
            .toList();
    Quote.Speaker s = direct.get(direct.size() - 1).speaker();
    return s == null ? null : s.name();
  }

  @Test
  void shippedOrderHasTheStepsOn() {
    assertEquals(
        List.of(
            "Q.pronoun.newcomer",
            "Q.pronoun.excerpt-subject",
            "Q.pronoun.previous-speaker",
            "Q.pronoun.topic",
            "Q.pronoun.named-before"),
        SieveFixture.shipped().enabled("pronoun", "dyad"));
  }

  @Test
  void newcomerIntroducedByNameAndRoleSpeaksNext() {
    // Crespo is no clause's subject, so the previous speaker would keep the quotation.
    String text =
        "\u201cA lot of it comes across as pandering,\u201d said Bryan Anderson, a voter.\n\n"
            + "Nobody writes songs for her campaign, which is something that concerns Henry Crespo,"
            + " president of the Florida Democratic Black Caucus.\n\n"
            + "\u201cNo one is writing songs for Hillary,\u201d he said.";
    assertEquals(
        "Henry Crespo", lastSpeaker(text, "Q.pronoun.newcomer", "Q.pronoun.previous-speaker"));
    assertEquals("Bryan Anderson", lastSpeaker(text, "Q.pronoun.previous-speaker"));
  }

  @Test
  void newcomerGivesWayToTheSamePronounBeforeThem() {
    // "He praised Joe Biden": the man who spoke before is still the one spoken of, whom the
    // topic step finds behind the sentence about "he".
    String text =
        "\u201cWe will win this state,\u201d said Barack Obama.\n\n"
            + "He praised Joe Biden, who campaigned in Ohio this week.\n\n"
            + "\u201cThe middle class built this country,\u201d he said.";
    assertEquals(
        "Barack Obama",
        lastSpeaker(text, "Q.pronoun.newcomer", "Q.pronoun.previous-speaker", "Q.pronoun.topic"));
  }

  @Test
  void afterAnExcerptOfNarrativeAboutSomeoneSheIsThatPerson() {
    // The reporter's excerpt calls Melanie "she"; the reporter never calls herself so.
    String text =
        "The Post sent its reporter Stephanie McCrummen to Pennsylvania. McCrummen reports:\n\n"
            + "\u201cMelanie Austin thought the whole thing was outrageous. She was anxious, sure."
            + " She was not in need of a hospital stay.\u201d\n\n"
            + "\u201cIt never crossed my mind that I was losing it,\u201d she said.";
    assertEquals(
        "Melanie Austin",
        lastSpeaker(text, "Q.pronoun.excerpt-subject", "Q.pronoun.previous-speaker"));
    assertEquals("Stephanie McCrummen", lastSpeaker(text, "Q.pronoun.previous-speaker"));
    // Speech about someone has its speaker's "we": the speaker goes on.
    String speech =
        "\u201cHillary Clinton has failed us. She ignored the warnings. She lied to us,\u201d said"
            + " Sarah Palin.\n\n\u201cWe deserve better,\u201d she said.";
    assertEquals(
        "Sarah Palin",
        lastSpeaker(speech, "Q.pronoun.excerpt-subject", "Q.pronoun.previous-speaker"));
  }

  @Test
  void topicTakesThePersonNamedBeforeTheSamePronounInItsSentence() {
    // The parser makes "he won't be ready" the main clause; Scott, named before it, is "he".
    String text =
        "Bobby Scott is running for the Senate.\n\n"
            + "\u201cHe has not shown an ambition for higher office,\u201d said Quentin Kidd, a"
            + " political scientist.\n\n"
            + "Scott bristles at the suggestion he won't be ready. \u201cI have raised all the"
            + " money I needed,\u201d he said.";
    assertEquals("Bobby Scott", lastSpeaker(text, "Q.pronoun.topic"));
  }

  @Test
  void aFirstNameOfBothGendersRulesNobodyOut() {
    // "Terry" is listed as a man's and a woman's name: it says nothing against "she".
    String text =
        "\u201cThe rationales for the veto don't hold weight,\u201d said 9/11 widow Terry"
            + " Strada.\n\nShe continued, \u201cAll we are asking for is an opportunity to have"
            + " our case heard.\u201d";
    assertEquals("Terry Strada", lastSpeaker(text, "Q.pronoun.previous-speaker"));
  }

  @Test
  void aVerbInsideItsClauseTakesAnObjectNotAnInvertedSubject() {
    // "accusing Alicia Machado": Machado is accused, not the speaker of what follows.
    String text =
        "Hillary Clinton answered Donald Trump on Friday. She says Trump's early-morning tweets"
            + " accusing Alicia Machado of having a criminal record are \u201clies and conspiracy"
            + " theories.\u201d";
    assertEquals("Hillary Clinton", lastSpeaker(text, "Q.pronoun.topic"));
  }

  @Test
  void previousSpeakerInARunOfQuotations() {
    // Nobody is named in the three sentences before "he": the previous quotation's speaker is.
    String text =
        "\u201cWe will win this state,\u201d said Bill Clinton.\n\nThe crowd cheered. The rally"
            + " ran late. Organizers were pleased. Tickets sold out.\n\n\u201cIt is the craziest"
            + " thing in the world,\u201d he said.";
    assertEquals("Bill Clinton", lastSpeaker(text, "Q.pronoun.previous-speaker"));
  }

  @Test
  void previousSpeakerGivesWayToANewSubject() {
    String text =
        "\u201cWe will win this state,\u201d said Bill Clinton. Joe Biden spoke next."
            + " \u201cThe middle class built this country,\u201d he said.";
    assertEquals("Joe Biden", lastSpeaker(text, "Q.pronoun.previous-speaker", "Q.pronoun.topic"));
  }

  @Test
  void topicReachesBackThroughTheSamePronoun() {
    // Clinton is four sentences back, Trump is named only inside the quotation.
    String text =
        "Hillary Clinton spoke in Ohio on Monday. She talked about jobs. She praised the workers"
            + " at the plant. She visited a school. \u201cWhy won't Donald Trump release his tax"
            + " returns?\u201d she said.";
    assertEquals("Hillary Clinton", lastSpeaker(text, "Q.pronoun.topic"));
  }

  @Test
  void topicPrefersASpeechVerbsSubject() {
    // "Clinton" borrows "recover" as subject; Fowler is the one who said it.
    String text =
        "Don Fowler said he expects Hillary Clinton to recover soon.\n\n\u201cIt is something you"
            + " would be a fool not to prepare for,\u201d he said.";
    assertEquals("Don Fowler", lastSpeaker(text, "Q.pronoun.topic"));
  }

  @Test
  void namedBeforeSkipsPersonsNamedOnlyInsideQuotationMarks() {
    String text =
        "The crowd waited for Joe Biden at the rally. \u201cDonald Trump is not ready to lead,"
            + "\u201d he said.";
    assertEquals("Joe Biden", lastSpeaker(text, "Q.pronoun.named-before"));
  }

  @Test
  void genderRulesOutThePreviousSpeaker() {
    String text =
        "\u201cWe will win,\u201d said Hillary Clinton at the rally with Tim Kaine.\n\n\u201cWe"
            + " will,\u201d he said.";
    assertEquals(
        "Tim Kaine",
        lastSpeaker(
            text, "Q.pronoun.previous-speaker", "Q.pronoun.topic", "Q.pronoun.named-before"));
  }
}
