package org.dyad.coding.quote;

import static org.dyad.coding.quote.SieveFixture.first;
import static org.dyad.coding.quote.SieveFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.junit.jupiter.api.Test;

/** Each passage sieve alone on a sentence written for it: what it finds and the id it records. */
class PassageSievesTest {

  private static Quote direct(String text, QuoteSieve... sieves) {
    return first(only(text, sieves), Quote.Kind.DIRECT);
  }

  @Test
  void insideClosingMark() {
    Quote q =
        direct(
            "\u201cWe want peace with our neighbours, said Modi.\u201d",
            QuoteSieve.INSIDE_CLOSING_MARK);
    assertEquals(QuoteSieve.INSIDE_CLOSING_MARK, q.sieve());
    assertEquals("inside-close", q.rule());
    assertEquals("Narendra Modi", q.speaker().name());
    assertEquals("We want peace with our neighbours", q.text());
  }

  @Test
  void beforeTakesTheParticiplesSubjectWhenTheParseLeftTheVerbNone() {
    // The parser gives "Protesters" to "marching" and "chanted" no subject.
    Quote q =
        direct(
            "Protesters marching through the streets chanted \"What curfew?\" and kept going.",
            QuoteSieve.BEFORE);
    assertEquals("Protesters", q.speaker().name().substring(0, 10));
  }

  @Test
  void beforeTakesThePersonTheFootageShows() {
    // The parser makes "footage" the subject of "asking": the question is Clinton's.
    Quote q =
        direct(
            "The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points"
                + " ahead, you might ask?\u201d",
            QuoteSieve.BEFORE);
    assertEquals("Hillary Clinton", q.speaker().name());
  }

  @Test
  void after() {
    Quote q =
        direct(
            "\"We will not give in,\" Angela Merkel told reporters in Berlin.", QuoteSieve.AFTER);
    assertEquals(QuoteSieve.AFTER, q.sieve());
    assertEquals("Angela Merkel", q.speaker().name());
    assertEquals("reporters", q.audience());
  }

  @Test
  void leadInIsLabelledBeforeButKnownApart() {
    Quote q =
        direct(
            "David Davis spoke first. He went on to say: \"If we do not get the amendments, we"
                + " will vote against the bill.\" In the Commons, Mr Howard said it was wrong.",
            QuoteSieve.LEAD_IN);
    assertEquals(QuoteSieve.LEAD_IN, q.sieve());
    assertEquals("before", q.rule());
    assertEquals("David Davis", q.speaker().name());
  }

  @Test
  void afterSentence() {
    Quote q =
        direct(
            "Lindsey Graham spoke on Tuesday. \"Does anybody know what our platform is?\" Graham"
                + " asked.",
            QuoteSieve.AFTER_SENTENCE);
    assertEquals(QuoteSieve.AFTER_SENTENCE, q.sieve());
    assertEquals("Lindsey Graham", q.speaker().name());
  }

  @Test
  void before() {
    Quote q = direct("Vladimir Putin said: \"Russia is ready for dialogue.\"", QuoteSieve.BEFORE);
    assertEquals(QuoteSieve.BEFORE, q.sieve());
    assertEquals("Vladimir Putin", q.speaker().name());
  }

  @Test
  void colonLabel() {
    Quote q =
        direct(
            "Republican pollster Daron Shaw: \"They are not going to win this state.\"",
            QuoteSieve.COLON_LABEL);
    assertEquals(QuoteSieve.COLON_LABEL, q.sieve());
    assertEquals("label", q.rule());
    assertTrue(q.speaker().name().endsWith("Shaw"), q.speaker().name());
  }

  @Test
  void accordingTo() {
    Quote q =
        direct(
            "According to Limbaugh, \"if it was left up to her, she would not say anything.\"",
            QuoteSieve.ACCORDING_TO);
    assertEquals(QuoteSieve.ACCORDING_TO, q.sieve());
    assertTrue(q.speaker().name().endsWith("Limbaugh"), q.speaker().name());
  }

  @Test
  void dashSignature() {
    Quote q =
        direct(
            "\u201cWe must never give up.\u201d\u2015 Pamela Padilla", QuoteSieve.DASH_SIGNATURE);
    assertEquals(QuoteSieve.DASH_SIGNATURE, q.sieve());
    assertEquals("Pamela Padilla", q.speaker().name());
  }

  @Test
  void transcriptLabel() {
    Quote q =
        direct("WALLACE: \"Will you accept the result of the vote?\"", QuoteSieve.TRANSCRIPT_LABEL);
    assertEquals(QuoteSieve.TRANSCRIPT_LABEL, q.sieve());
    assertEquals("WALLACE", q.speaker().name());
  }

  @Test
  void colonBefore() {
    Quote q =
        direct(
            "Pat Caddell continued:\n\n\"The voters are angry and they want change now.\"",
            QuoteSieve.COLON_BEFORE);
    assertEquals(QuoteSieve.COLON_BEFORE, q.sieve());
    assertTrue(q.speaker().name().endsWith("Caddell"), q.speaker().name());
  }

  @Test
  void continuesThePreviousSpeaker() {
    List<Quote> qs =
        only(
            "\"This is a good day,\" Emmanuel Macron said. \"We have waited a long time.\"",
            QuoteSieve.AFTER,
            QuoteSieve.CONTINUES);
    assertEquals(QuoteSieve.CONTINUES, qs.get(1).sieve());
    assertEquals("continues:after", qs.get(1).rule());
    assertEquals("Emmanuel Macron", qs.get(1).speaker().name());
  }

  @Test
  void topicBefore() {
    List<Quote> qs =
        only(
            "\"This is a good day,\" Emmanuel Macron said. Angela Merkel disagreed with him."
                + " \"We have waited too long.\"",
            QuoteSieve.AFTER,
            QuoteSieve.TOPIC_BEFORE);
    assertEquals(QuoteSieve.TOPIC_BEFORE, qs.get(1).sieve());
    assertEquals("Angela Merkel", qs.get(1).speaker().name());
  }

  @Test
  void reportedBeforeGoesOnWithTheReportedSpeech() {
    String text =
        "The minister announced the plan on Monday. Angela Merkel said the plan was a"
            + " \"shambles\". \"This announcement is a further humiliating retreat by the"
            + " government.\"";
    Quote q = first(only(text, QuoteSieve.REPORTED_BEFORE), Quote.Kind.DIRECT);
    assertEquals(QuoteSieve.REPORTED_BEFORE, q.sieve());
    assertEquals("reported-before", q.rule());
    assertEquals("Angela Merkel", q.speaker().name());
    assertNull(first(only(text), Quote.Kind.DIRECT).speaker(), "no speaker with the sieve off");
  }

  @Test
  void reportedBeforeLeavesAQuotationWithALeadOfItsOwn() {
    // "Critics call it" leads into the quotation: the sentence before is not what it goes on with.
    Quote q =
        first(
            only(
                "Angela Merkel said the plan was fair. Critics call it \"a further humiliating"
                    + " retreat by the government and a betrayal of its promises.\"",
                QuoteSieve.REPORTED_BEFORE),
            Quote.Kind.DIRECT);
    assertNull(q.speaker());
  }

  @Test
  void withoutAnySieveAQuotationIsKnownByItsMarks() {
    Quote q = first(only("\"We will not give in,\" Angela Merkel said."), Quote.Kind.DIRECT);
    assertEquals(QuoteSieve.MARKS, q.sieve());
    assertEquals("marks", q.rule());
    assertNull(q.speaker());
  }

  @Test
  void partialSubject() {
    Quote q =
        first(
            only(
                "Tony Blair criticised nations taking a \"spectator\" role.",
                QuoteSieve.PARTIAL_SUBJECT),
            Quote.Kind.PARTIAL);
    assertEquals(QuoteSieve.PARTIAL_SUBJECT, q.sieve());
    assertEquals("partial:subject-of-criticised", q.rule());
    assertEquals("Tony Blair", q.speaker().name());
  }

  @Test
  void partialSubjectOfAVerbThatLikensToAPhrase() {
    Quote q =
        first(
            only(
                "Another critic, Laurence H. Tribe, likened the rules to \"burning the"
                    + " Constitution\" last year.",
                QuoteSieve.PARTIAL_SUBJECT),
            Quote.Kind.PARTIAL);
    assertEquals("Laurence H. Tribe", q.speaker().name());
  }

  @Test
  void partialClaimOwner() {
    Quote q =
        first(
            only(
                "Donald Trump's claim that there have been \"thousands of shootings\" was false.",
                QuoteSieve.PARTIAL_CLAIM_OWNER),
            Quote.Kind.PARTIAL);
    assertEquals(QuoteSieve.PARTIAL_CLAIM_OWNER, q.sieve());
    assertEquals("Donald Trump", q.speaker().name());
  }
}
