package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * {@code Q.woven-quotation} ({@link WovenQuotations}): a reported clause runs on through a
 * quotation of the same speaker woven into it, and still stops before one with a cue of its own.
 */
class WovenQuotationsTest {

  private static String reported(String text) {
    List<Quote> quotes = SieveFixture.all(text);
    return SieveFixture.first(quotes, Quote.Kind.INDIRECT).text();
  }

  @Test
  void aClauseRunsThroughTheSpeakersQuotedWords() {
    assertEquals(
        "the comment by Dr. Paul Song \u201cwas inappropriate and insensitive.\u201d",
        reported(
            "Sanders said that the comment by Dr. Paul Song \u201cwas inappropriate and"
                + " insensitive.\u201d"));
  }

  @Test
  void aComplementRunsThroughTheSpeakersQuotedWords() {
    assertEquals(
        "the political system as \u201crotten to the core.\u201d",
        reported("Ben Carson described the political system as \u201crotten to the core.\u201d"));
  }

  /** After "that" alone the quoted words are the clause's, which runs on past them. */
  @Test
  void aClauseRunsThroughQuotedWordsRightAfterThat() {
    assertEquals(
        "that, \u201cOf course Mr. Trump is going to defend himself\u201d against what the campaign"
            + " sees as a coordinated attack",
        reported(
            "Spokeswoman Jessica Ditto said via email that, \u201cOf course Mr. Trump is going to"
                + " defend himself\u201d against what the campaign sees as a coordinated attack."));
  }

  /**
   * Quoted words no sieve attributes, after the clause's first words, are the clause's: a title
   * ending on a comma is no quotation with an attribution of its own.
   */
  @Test
  void aClauseRunsThroughAnUnattributedQuotation() {
    assertEquals(
        "As a reality TV boss on \u201cThe Apprentice,\u201d Donald Trump repeatedly demeaned"
            + " women with sexist language",
        reported(
            "As a reality TV boss on \u201cThe Apprentice,\u201d Donald Trump repeatedly demeaned"
                + " women with sexist language, according to show insiders."));
  }

  @Test
  void aQuotationWithACueOfItsOwnStillEndsTheClause() {
    assertEquals(
        "he paid nothing \u2015 Trump boasted",
        reported(
            "Trump noted that he paid nothing \u2015 Trump boasted, \u201cThat makes me"
                + " smart.\u201d"));
  }
}
