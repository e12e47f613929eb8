package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.pipeline.Paragraphs;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text, Paragraphs.of(text)).stream()
        .map(p -> p.content().of(text))
        .toList();
  }

  @Test
  void curlyDoubleAndSingleMarksApostrophesAreNotQuotes() {
    String text =
        "North Korea\u2019s \u201cWe are ready,\u201d he said of the regime\u2019s \u2018socialist cause\u2019.";
    assertEquals(List.of("We are ready,", "socialist cause"), quoted(text));
  }

  @Test
  void straightMarksAndContractions() {
    String text = "\"We don't agree,\" she said. It's a 'new era' for them.";
    assertEquals(List.of("We don't agree,", "new era"), quoted(text));
  }

  @Test
  void aStraightMarkClosesACurlyOneWhereAClosingMarkStands() {
    String text =
        "\u201cDeals should not be a requirement,\" Chaffetz said. \u201cNot at all.\u201d";
    assertEquals(List.of("Deals should not be a requirement,", "Not at all."), quoted(text));
  }

  @Test
  void anInnerSingleQuotationLeftOpenIsClosedWithTheOuterOne() {
    String text =
        "\u201cThey called it \u2018the comeback of the decade,'\u201d the article read. Then \u201cmore.\u201d";
    assertEquals(
        List.of("They called it \u2018the comeback of the decade,'", "more."), quoted(text));
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    String text = "\u201cHe called it \u2018a farce\u2019 today,\u201d she said.";
    assertEquals(List.of("He called it \u2018a farce\u2019 today,"), quoted(text));
  }

  /**
   * The paragraph convention on single line breaks: a quotation left open at a line's end and a
   * line that opens with a mark. The open one ends there; the next is a passage of its own, which
   * may continue it ("added Jim Clyburn" attributes only the second).
   */
  @Test
  void aLineOpeningWithAMarkEndsTheQuotationLeftOpenBeforeIt() {
    String text =
        "\u201cIt is a dog whistle,\u201d Gwen Moore said. \u201cHow can you feel good about"
            + " yourself.\n\u201cI have been thinking,\u201d added Jim Clyburn. \u201cThese are"
            + " howls.\u201d";
    var passages = QuoteMarks.find(text, Paragraphs.of(text));
    assertEquals(
        List.of(
            "It is a dog whistle,",
            "How can you feel good about yourself.",
            "I have been thinking,",
            "These are howls."),
        passages.stream().map(p -> p.content().of(text)).toList());
    assertFalse(passages.get(1).closed());
    assertTrue(passages.get(2).continues());
    assertFalse(passages.get(3).continues());
  }

  @Test
  void quotationContinuesIntoTheNextParagraph() {
    String text = "\u201cFirst part of it.\n\n\u201cSecond part,\u201d he said.";
    var passages = QuoteMarks.find(text, Paragraphs.of(text));
    assertEquals(2, passages.size());
    assertFalse(passages.get(0).closed());
    assertTrue(passages.get(1).continues());
  }

  @Test
  void guillemets() {
    assertEquals(
        List.of("Nous sommes pr\u00eats"), quoted("He said \u00abNous sommes pr\u00eats\u00bb."));
  }

  /**
   * Regression: an unclosed straight quote in BBC text swallowed the next quotation and the prose
   * between.
   */
  @Test
  void anUnclosedStraightQuoteEndsWhereTheNextOneOpens() {
    String text =
        "He said: \"This is three-party politics. \"In southern seats, it differs.\" The Lib Dems "
            + "accuse him of a \"touchy-feely\" speech.";
    assertEquals(
        List.of("This is three-party politics.", "In southern seats, it differs.", "touchy-feely"),
        quoted(text));
  }
}
